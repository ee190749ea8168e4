import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { appearanceScale, nodeColor, nodeSize } from "../../src/appearance/appearance.ts";
import { edgesCsv, nodesCsv } from "../../src/export/csv.ts";
import { createGraph } from "../../src/graph/createGraph.ts";
import { mergeAssertions } from "../../src/graph/mergeAssertions.ts";
import type { Assertion } from "../../src/model/assertion.ts";
import { sampleAssertionsByArticle } from "../fixtures/sampleAssertions.ts";

/** Parses CSV with Python's csv module (a real reader, strict about RFC 4180 quoting). */
function pythonCsv(text: string): string[][] {
  const run = spawnSync(
    "python3",
    ["-c", "import csv,sys,json; print(json.dumps(list(csv.reader(sys.stdin, strict=True))))"],
    { input: text, encoding: "utf8" },
  );
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

const sample = [...(await sampleAssertionsByArticle()).values()].flat();
const graph = createGraph();
const nasty = `He said "no, never" & <b>Россия</b> 🇺🇦\nsecond line`;
mergeAssertions(graph, [
  ...sample,
  {
    ...(sample[0] as Assertion),
    article: "x",
    sentence: nasty,
    sourceLabel: "=cmd|' /C calc'!A0",
    source: "EVL",
  },
]);

describe("CSV export", () => {
  it("writes one node row per actor that a strict RFC 4180 reader splits back into the same fields", () => {
    const rows = pythonCsv(nodesCsv(graph));
    expect(rows[0]).toEqual(["id", "label", "kind", "mentions", "articles", "x", "y", "size", "color"]);
    expect(rows.length - 1).toBe(graph.order);
    const usa = rows.find((r) => r[0] === "USA");
    const a = graph.getNodeAttributes("USA");
    expect(usa).toEqual([
      "USA",
      a.label,
      a.kind,
      String(a.mentions),
      String(a.articles),
      String(a.x),
      String(a.y),
      String(nodeSize(a.mentions, appearanceScale(graph))),
      nodeColor(a.kind),
    ]);
  });

  it("keeps commas and quotes inside fields, flattens line breaks, and defuses spreadsheet formulas", () => {
    expect(nodesCsv(graph)).toContain("\r\n");
    const edges = pythonCsv(edgesCsv(graph));
    expect(edges.length - 1).toBe(graph.size);
    const header = edges[0] ?? [];
    const row = edges.find((r) => r[1] === "EVL") ?? [];
    expect(row[header.indexOf("sampleSentence")]).toBe(nasty.replace("\n", " "));
    const nodes = pythonCsv(nodesCsv(graph));
    expect(nodes.find((r) => r[0] === "EVL")?.[1]).toBe("'=cmd|' /C calc'!A0");
    const talks = edges.find((r) => r[0] === "IND>conditions_talks_on>PAK") ?? [];
    expect(talks[header.indexOf("conditions")]).toBe(
      "until that country changes its attitude toward, what New Delhi calls, cross border terrorism",
    );
  });
});
