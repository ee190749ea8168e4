import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { MultiDirectedGraph } from "graphology";
import { parse } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { STREAM_ABOVE_EDGES, writeGexf } from "../../src/export/gexf.ts";
import { createGraph } from "../../src/graph/createGraph.ts";
import { mergeAssertions } from "../../src/graph/mergeAssertions.ts";
import { layoutGraph } from "../../src/layout/forceAtlas.ts";
import { readGraphText } from "../../src/read/readGraphText.ts";
import { checkGexfFile } from "../export/checkGexf.ts";
import { articlesDir, repoRoot, sampleAssertionsByArticle } from "../fixtures/sampleAssertions.ts";
import { graphSnapshot } from "../graph/graphSnapshot.ts";
import { writeLargeAssertions } from "./largeAssertions.ts";

const parseGraphJson = (text: string) => readGraphText("json", text).graph;

const dir = mkdtempSync(path.join(tmpdir(), "diplograph-build-"));
const out = (name: string) => path.join(dir, name);

function diplograph(...args: string[]) {
  const run = spawnSync(process.execPath, [path.join(repoRoot, "bin", "diplograph.mjs"), ...args], {
    encoding: "utf8",
    cwd: repoRoot,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const sample = [...(await sampleAssertionsByArticle()).values()].flat();
const ndjson = out("sample.jsonl");
writeFileSync(ndjson, sample.map((a) => JSON.stringify(a)).join("\n"));

// Each test spawns the CLI a few times (compiled; start-up well under 1 s), slower under a parallel test run.
describe("diplograph build", { timeout: 60_000 }, () => {
  it("builds JSON, GEXF and CSV from assertion files, equal to building in-process", () => {
    const run = diplograph(
      "build",
      ndjson,
      "-o",
      out("g.json"),
      "--gexf",
      out("g.gexf"),
      "--csv",
      out("csv"),
    );
    const expected = createGraph();
    mergeAssertions(expected, sample);
    layoutGraph(expected);
    expect(run.stderr).toContain(
      `diplograph build: ${expected.order} actors, ${expected.size} edges from ${sample.length} assertions`,
    );
    expect(run.status).toBe(0);
    expect(graphSnapshot(parseGraphJson(readFileSync(out("g.json"), "utf8")))).toEqual(
      graphSnapshot(expected),
    );
    expect(checkGexfFile(out("g.gexf"), { nodes: expected.order, edges: expected.size }).status).toBe(0);
    expect(readFileSync(out("csv/edges.csv"), "utf8").split("\r\n").length - 2).toBe(expected.size);
  });

  it("reports bad lines as file:line: problem, builds from the rest and exits 1", () => {
    const mixed = out("mixed.ndjson");
    writeFileSync(
      mixed,
      `${JSON.stringify(sample[0])}\n{"relation":"foo"}\n${JSON.stringify({ ...sample[1], relation: "hugs" })}\n`,
    );
    const run = diplograph("build", mixed, "-o", out("mixed.json"));
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split("\n");
    expect(lines[0]).toBe(`diplograph build: ${mixed}:2: invalid source: undefined`);
    expect(lines[1]).toBe(`diplograph build: ${mixed}:3: invalid relation: hugs`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(parseGraphJson(readFileSync(out("mixed.json"), "utf8")).size).toBe(1);
  });

  it("filters by --since/--until and --min-weight", () => {
    const run = diplograph(
      "build",
      ndjson,
      "-o",
      out("f.json"),
      "--since",
      "2019-01-01",
      "--until",
      "2024-12-31",
    );
    expect(run.status).toBe(0);
    const dated = parseGraphJson(readFileSync(out("f.json"), "utf8"));
    const inRange = sample.filter((a) => a.date !== null && a.date >= "2019-01-01" && a.date <= "2024-12-31");
    expect(inRange.length).toBeLessThan(sample.length);
    expect(dated.nodes().sort()).toEqual([...new Set(inRange.flatMap((a) => [a.source, a.target]))].sort());
    expect(diplograph("build", ndjson, "-o", out("w.json"), "--min-weight", "2").status).toBe(0);
    const heavy = parseGraphJson(readFileSync(out("w.json"), "utf8"));
    expect(heavy.size).toBeGreaterThan(0);
    heavy.forEachEdge((_e, a) => expect(a.weight).toBeGreaterThanOrEqual(2));
  });

  it("leaves an existing output untouched when the build fails, with a one-line error", () => {
    writeFileSync(out("keep.json"), "previous");
    const run = diplograph("build", out("missing.jsonl"), "-o", out("keep.json"));
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split("\n").at(-1)).toMatch(/^diplograph build: nothing to build from in /);
    expect(readFileSync(out("keep.json"), "utf8")).toBe("previous");
    const unwritable = diplograph("build", ndjson, "-o", out("no/such/dir/g.json"));
    expect(unwritable.status).toBe(2);
    expect(unwritable.stderr).toBe(
      `diplograph build: cannot write ${out("no/such/dir/g.json")}: no such file or directory\n`,
    );
    expect(diplograph("build", ndjson, "-o", out("x.json"), "--min-weight", "0").stderr).toContain(
      "invalid --min-weight: 0",
    );
  });

  it("builds the bundled sample articles through the extractor into valid JSON and GEXF", () => {
    const run = diplograph("build", articlesDir, "-o", out("articles.json"), "--gexf", out("articles.gexf"));
    expect(run.status).toBe(0);
    const graph = parseGraphJson(readFileSync(out("articles.json"), "utf8"));
    expect(graph.getAttribute("articleIds")).toHaveLength(
      readdirSync(articlesDir).filter((name) => name.endsWith(".txt")).length,
    );
    expect(checkGexfFile(out("articles.gexf"), { nodes: graph.order, edges: graph.size }).status).toBe(0);
  });
});

describe("diplograph export", { timeout: 60_000 }, () => {
  it("converts a built graph to GEXF, JSON and CSV", () => {
    expect(diplograph("build", ndjson, "-o", out("e.json"), "-q").status).toBe(0);
    const graph = parseGraphJson(readFileSync(out("e.json"), "utf8"));
    const gexf = diplograph("export", out("e.json"), "--format", "gexf", "--gexf-evidence", "full");
    expect(gexf.status).toBe(0);
    writeFileSync(out("e.gexf"), gexf.stdout);
    expect(checkGexfFile(out("e.gexf"), { nodes: graph.order, edges: graph.size }).status).toBe(0);
    expect(diplograph("export", out("e.json"), "--format", "json", "-o", out("e2.json")).status).toBe(0);
    expect(graphSnapshot(parseGraphJson(readFileSync(out("e2.json"), "utf8")))).toEqual(graphSnapshot(graph));
    expect(diplograph("export", out("e.json"), "--format", "csv", "-o", out("e-csv")).status).toBe(0);
    expect(existsSync(out("e-csv/nodes.csv")) && existsSync(out("e-csv/edges.csv"))).toBe(true);
  });

  it("rejects a file that is not a graph with one line naming it", () => {
    writeFileSync(out("not-graph.json"), '{"nodes": 3}');
    const run = diplograph("export", out("not-graph.json"), "--format", "gexf");
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `diplograph export: ${out("not-graph.json")}: not a graph: expected graphology JSON with \`nodes\` and \`edges\` arrays\n`,
    );
    const broken = diplograph("export", ndjson, "--format", "json");
    expect(broken.stderr).toMatch(
      new RegExp(`^diplograph export: ${ndjson.replace(/[.]/g, "\\.")}: invalid JSON: [^\\n]*\\n$`),
    );
    expect(diplograph("export", out("e.json"), "--format", "xml").stderr).toContain("invalid --format: xml");
  });
});

describe("diplograph build, large graph", { timeout: 120_000 }, () => {
  it("streams the GEXF of a graph above the library's size limit into a file check-gexf accepts", () => {
    const generated = out("large.jsonl");
    writeLargeAssertions(generated);
    const run = diplograph(
      "build",
      generated,
      "-o",
      out("large.json"),
      "--gexf",
      out("large.gexf"),
      "--iterations",
      "5",
    );
    expect(run.stderr).toContain(`1500 actors, ${STREAM_ABOVE_EDGES + 500} edges from 20000 assertions`);
    expect(run.status).toBe(0);
    const check = checkGexfFile(out("large.gexf"), { nodes: 1500, edges: STREAM_ABOVE_EDGES + 500 });
    expect(check.output).toContain("gexf ok");
    expect(check.status).toBe(0);
    // Same graph as the library writer gives for the graph the JSON holds.
    const built = parseGraphJson(readFileSync(out("large.json"), "utf8"));
    const streamed = parse(MultiDirectedGraph, readFileSync(out("large.gexf"), "utf8"));
    const library = parse(MultiDirectedGraph, writeGexf(built, { writer: "library" }));
    expect(graphSnapshot(streamed)).toEqual(graphSnapshot(library));
  });
});
