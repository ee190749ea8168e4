import { spawn, spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const repoRoot = resolve(import.meta.dirname, "../..");
const bin = join(repoRoot, "bin/diplograph.mjs");
let dir: string;

function diplograph(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: repoRoot,
    encoding: "utf8",
    env: { ...process.env, DIPLOGRAPH_DEBUG: "" },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function stderrLines(stderr: string): string[] {
  return stderr.split("\n").filter((line) => line !== "");
}

/** Every stdout line is one JSON object (NDJSON). */
function expectNdjson(stdout: string): unknown[] {
  const lines = stdout.split("\n");
  expect(lines.pop()).toBe("");
  return lines.map((line) => {
    const record: unknown = JSON.parse(line);
    expect(typeof record === "object" && record !== null && !Array.isArray(record)).toBe(true);
    return record;
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "diplograph-cli-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("diplograph extract", () => {
  it("reads the sample articles, prints NDJSON and a summary, exits 0", () => {
    const { status, stdout, stderr } = diplograph("extract", "graph-data/articles");
    const sampleCount = readdirSync(join(repoRoot, "graph-data/articles")).filter((name) =>
      name.endsWith(".txt"),
    ).length;
    expect(status).toBe(0);
    const records = expectNdjson(stdout);
    expect(stderrLines(stderr)).toEqual([
      `diplograph extract: extracted ${records.length} assertions from ${sampleCount} articles; 0 skipped, 0 errors`,
    ]);
  });

  it("reads the dev corpus, counting the gold files as skipped", () => {
    const { status, stdout, stderr } = diplograph("extract", "tests/fixtures/corpus/dev");
    expect(status).toBe(0);
    expectNdjson(stdout);
    expect(stderr).toMatch(
      /^diplograph extract: extracted \d+ assertions from (\d+) articles; \1 skipped, 0 errors\n$/,
    );
  });

  it("reports each bad input on one line without a stack trace and still processes the rest (exit 1)", async () => {
    const folder = join(dir, "mixed");
    await mkdir(folder);
    await writeFile(join(folder, "good.txt"), "The Kremlin rejected the conditions.");
    await writeFile(join(folder, "empty.txt"), "");
    await writeFile(join(folder, "binary.txt"), new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01]));
    await writeFile(join(folder, "latin1.txt"), new Uint8Array([0x43, 0x61, 0x66, 0xe9]));
    await writeFile(join(folder, "bad-front.md"), "---\ndate: 2022-02-31\n---\nBody");
    await writeFile(join(folder, "photo.jpg"), "jpg");
    const { status, stderr } = diplograph(
      "extract",
      folder,
      join(dir, "missing.txt"),
      "--date",
      "2022-12-02",
    );
    expect(status).toBe(1);
    expect(stderr).not.toContain("    at ");
    const lines = stderrLines(stderr);
    expect(lines).toEqual([
      `diplograph extract: ${join(folder, "bad-front.md")}: invalid front matter date: "2022-02-31" (expected a real date YYYY-MM-DD)`,
      `diplograph extract: ${join(folder, "binary.txt")}: binary file (NUL byte at offset 4), not text`,
      `diplograph extract: ${join(folder, "empty.txt")}: empty file`,
      `diplograph extract: ${join(folder, "latin1.txt")}: not valid UTF-8 (first bad byte at offset 3; save it as UTF-8)`,
      `diplograph extract: ${join(dir, "missing.txt")}: no such file or directory`,
      expect.stringMatching(/extracted \d+ assertions from 1 articles; 1 skipped, 5 errors$/),
    ]);
  });

  it("exits 2 when nothing could be read, and leaves no -o file", async () => {
    const out = join(dir, "nothing.jsonl");
    const { status, stderr } = diplograph("extract", join(dir, "nope"), "-o", out);
    expect(status).toBe(2);
    expect(stderr).not.toContain("    at ");
    expect(stderrLines(stderr)).toEqual([
      `diplograph extract: ${join(dir, "nope")}: no such file or directory`,
      expect.stringMatching(/^diplograph extract: no article could be read in /),
    ]);
    expect((await readdir(dir)).filter((name) => name.includes("nothing"))).toEqual([]);
  });

  it("writes -o atomically: the complete file, no temporary file beside it", async () => {
    const outDir = join(dir, "out");
    await mkdir(outDir);
    const out = join(outDir, "assertions.jsonl");
    const { status, stdout } = diplograph("extract", "graph-data/articles", "-o", out, "--quiet");
    expect(status).toBe(0);
    expect(stdout).toBe("");
    expect(await readdir(outDir)).toEqual(["assertions.jsonl"]);
  });

  it("names an -o path it cannot write", () => {
    const out = join(dir, "no-such-folder", "a.jsonl");
    const { status, stderr } = diplograph("extract", "graph-data/articles", "-o", out);
    expect(status).toBe(2);
    expect(stderr).toBe(`diplograph extract: cannot write ${out}: no such file or directory\n`);
  });

  it("skips articles over --max-size with a message giving both sizes", async () => {
    const big = join(dir, "big.txt");
    await writeFile(big, "a".repeat(300_000));
    const { status, stderr } = diplograph("extract", big, "--max-size", "0.1");
    expect(status).toBe(2);
    expect(stderrLines(stderr)[0]).toBe(`diplograph extract: ${big}: skipped, too large (0.3 MB > 0.1 MB)`);
  });

  it("names the --actors file when it cannot be read or parsed", async () => {
    const missing = join(dir, "no-actors.json");
    const first = diplograph("extract", "graph-data/articles", "--actors", missing);
    expect(first.status).toBe(2);
    expect(stderrLines(first.stderr)).toEqual([expect.stringContaining(missing)]);

    const broken = join(dir, "broken-actors.json");
    await writeFile(broken, '{"actors": [');
    const second = diplograph("extract", "graph-data/articles", "--actors", broken);
    expect(second.status).toBe(2);
    expect(second.stderr).not.toContain("    at ");
    expect(stderrLines(second.stderr)).toEqual([expect.stringContaining(broken)]);
  });

  it("rejects an --actors file that redefines an actor on one line, leaving no output file behind", async () => {
    const clash = join(dir, "clash-actors.json");
    await writeFile(clash, JSON.stringify({ actors: [{ id: "RUS", label: "Russia again", kind: "state" }] }));
    const outDir = join(dir, "clash-out");
    await mkdir(outDir);
    for (const jobs of ["1", "2"]) {
      const run = diplograph(
        "extract",
        "graph-data/articles",
        "--actors",
        clash,
        "--jobs",
        jobs,
        "-o",
        join(outDir, "a.jsonl"),
      );
      expect(run.status).toBe(2);
      expect(stderrLines(run.stderr)).toEqual([
        `diplograph extract: ${clash}: actor RUS already exists; add names under "aliases" instead`,
      ]);
      // Neither the output nor its temporary file: the run stopped before writing anything.
      expect(await readdir(outDir)).toEqual([]);
    }
  });

  it.each([
    [["extract", "graph-data/articles", "--foo"], "diplograph extract: unknown option --foo"],
    [
      ["extract", "graph-data/articles", "--date", "2023-02-29"],
      "diplograph extract: invalid --date: 2023-02-29",
    ],
    [
      ["extract", "graph-data/articles", "--max-size", "lots"],
      "diplograph extract: invalid --max-size: lots",
    ],
    [["extract"], "diplograph extract: missing <file-or-folder>..."],
    [["frobnicate"], "diplograph: unknown command frobnicate"],
  ])("exits 2 on the usage error %j with one line", (args, start) => {
    const { status, stdout, stderr } = diplograph(...args);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderrLines(stderr)).toEqual([
      expect.stringMatching(new RegExp(`^${start.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`)),
    ]);
  });

  it("stops quietly when the reader of stdout goes away (| head)", async () => {
    const folder = join(dir, "copies");
    await mkdir(folder);
    const sample = join(repoRoot, "graph-data/articles/seed-kremlin-rejects-biden-conditions.txt");
    await Promise.all(Array.from({ length: 300 }, (_, i) => copyFile(sample, join(folder, `copy-${i}.txt`))));
    const child = spawn(process.execPath, [bin, "extract", folder], { cwd: repoRoot });
    let stderr = "";
    let received = 0;
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.on("data", (chunk: Buffer) => {
      received += chunk.length;
      child.stdout.destroy();
    });
    const status = await new Promise<number | null>((done) => child.on("close", done));
    expect(received).toBeGreaterThan(0);
    expect(status).toBe(0);
    expect(stderr).not.toContain("EPIPE");
    expect(stderr).not.toContain("    at ");
  });

  it("prints help with the default size cap", () => {
    const { status, stdout } = diplograph("extract", "--help");
    expect(status).toBe(0);
    expect(stdout).toContain("usage: diplograph extract <file-or-folder>...");
    expect(stdout).toContain("default 20 MB");
  });
});
