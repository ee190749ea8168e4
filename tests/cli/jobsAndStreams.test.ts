import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { OrderedQueue } from "../../src/cli/orderedQueue.ts";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const bin = path.join(repoRoot, "bin", "diplograph.mjs");
const devCorpus = "tests/fixtures/corpus/dev";
const dir = mkdtempSync(path.join(tmpdir(), "diplograph-jobs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function diplograph(args: string[], input?: string) {
  const run = spawnSync(process.execPath, [bin, ...args], {
    cwd: repoRoot,
    encoding: "utf8",
    env: { ...process.env, DIPLOGRAPH_DEBUG: "" },
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
    ...(input === undefined ? {} : { input }),
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The dev articles as `extract -` reads them: one {"article","date","text"} a line. */
function devArticlesNdjson(): string {
  const folder = path.join(repoRoot, devCorpus);
  return readdirSync(folder)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => {
      const text = readFileSync(path.join(folder, name), "utf8");
      return `${JSON.stringify({ article: name.slice(0, -4), date: null, text })}\n`;
    })
    .join("");
}

describe("--jobs", { timeout: 180_000 }, () => {
  it("extract gives the same bytes on stdout and stderr with 1, 2 and 3 worker threads", () => {
    const one = diplograph(["extract", devCorpus, "--jobs", "1"]);
    expect(one.status).toBe(0);
    expect(one.stdout.split("\n").length).toBeGreaterThan(50);
    for (const jobs of ["2", "3"]) {
      const many = diplograph(["extract", devCorpus, "--jobs", jobs]);
      expect(many.status).toBe(0);
      expect(many.stdout).toBe(one.stdout);
      expect(many.stderr).toBe(one.stderr);
    }
  });

  it("build writes the same graph with 1 and 2 worker threads", () => {
    const graphs = ["1", "2"].map((jobs) => {
      const out = path.join(dir, `graph-${jobs}.json`);
      const run = diplograph(["build", devCorpus, "-o", out, "--jobs", jobs, "-q"]);
      expect(run.status).toBe(0);
      return readFileSync(out, "utf8");
    });
    expect(graphs[1]).toBe(graphs[0]);
  });

  it("keeps bad-input reports in input order and exit code 1 with several threads", () => {
    const missing = path.join(dir, "missing.txt");
    const one = diplograph(["extract", devCorpus, missing, "graph-data/articles", "--jobs", "1"]);
    const two = diplograph(["extract", devCorpus, missing, "graph-data/articles", "--jobs", "2"]);
    expect(one.status).toBe(1);
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(two.stderr).toContain(`${missing}: no such file or directory`);
  });

  it.each([["0"], ["-1"], ["1.5"], ["65"], ["many"]])("rejects --jobs %s as a usage error", (value) => {
    const run = diplograph(["extract", devCorpus, "--jobs", value]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      `diplograph extract: invalid --jobs: ${value} (must be a whole number from 1 to 64)\n`,
    );
  });
});

describe("standard input", { timeout: 180_000 }, () => {
  it("extract - reads NDJSON articles and prints what extract prints for the files", () => {
    const files = diplograph(["extract", devCorpus, "--jobs", "1", "-q"]);
    const stdin = diplograph(["extract", "-", "-q"], devArticlesNdjson());
    expect(stdin.status).toBe(0);
    expect(stdin.stdout).toBe(files.stdout);
  });

  it("extract - reports each bad line with its line number, goes on, and exits 1", () => {
    const good = JSON.stringify({ article: "a", date: "2024-05-01", text: "France condemned Russia." });
    const input = [
      good,
      "{not json",
      JSON.stringify({ article: "b", text: 3 }),
      JSON.stringify({ article: "", text: "x" }),
      JSON.stringify({ article: "c", date: "2024-13-01", text: "x" }),
      "[1]",
      "",
      good.replace('"a"', '"d"'),
    ].join("\n");
    const run = diplograph(["extract", "-"], input);
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split("\n");
    expect(lines.slice(0, -1)).toEqual([
      expect.stringMatching(/^diplograph extract: stdin:2: invalid JSON: /),
      "diplograph extract: stdin:3: invalid text: expected a string",
      "diplograph extract: stdin:4: invalid article: expected a non-empty string",
      'diplograph extract: stdin:5: invalid date: "2024-13-01" (expected YYYY-MM-DD or null)',
      'diplograph extract: stdin:6: expected an object {"article", "date", "text"}',
    ]);
    expect(lines.at(-1)).toMatch(/from 2 articles; 0 skipped, 5 errors$/);
    const records = run.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(records.map((r) => [r.article, r.date, r.source, r.relation, r.target])).toEqual([
      ["a", "2024-05-01", "FRA", "condemns", "RUS"],
      ["d", "2024-05-01", "FRA", "condemns", "RUS"],
    ]);
  });

  it("extract - | build - gives the graph that build gives from the article files", () => {
    const assertions = diplograph(["extract", "-", "-q"], devArticlesNdjson());
    const piped = path.join(dir, "piped.json");
    const direct = path.join(dir, "direct.json");
    const fromStdin = diplograph(["build", "-", "-o", piped, "-q", "--seed", "3"], assertions.stdout);
    expect(fromStdin.status).toBe(0);
    expect(diplograph(["build", devCorpus, "-o", direct, "-q", "--seed", "3"]).status).toBe(0);
    const nodesAndEdges = (file: string) => {
      const graph = JSON.parse(readFileSync(file, "utf8"));
      return { nodes: graph.nodes.length, edges: graph.edges.map((e: { key: string }) => e.key).sort() };
    };
    expect(nodesAndEdges(piped)).toEqual(nodesAndEdges(direct));
  });

  it("build - reports bad assertion lines as stdin:LINE, like a bad line of a file (exit 1)", () => {
    const run = diplograph(["build", "-", "-o", path.join(dir, "bad.json")], "{}\n");
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^diplograph build: stdin:1: /);
  });
});

describe("OrderedQueue", () => {
  it("hands results back in the order they were pushed, whatever order they settle in", async () => {
    const queue = new OrderedQueue<number>(2);
    const later = (value: number, ms: number) =>
      new Promise<number>((resolve) => setTimeout(() => resolve(value), ms));
    const out: number[] = [];
    out.push(...(await queue.push(later(1, 30))));
    out.push(...(await queue.push(later(2, 1))));
    out.push(...(await queue.push(3)));
    out.push(...(await queue.push(later(4, 10))));
    out.push(...(await queue.drain()));
    expect(out).toEqual([1, 2, 3, 4]);
  });

  it("rethrows a failure when its turn comes", async () => {
    const queue = new OrderedQueue<number>(0);
    await expect(queue.push(Promise.reject(new Error("bad article")))).rejects.toThrow("bad article");
  });
});
