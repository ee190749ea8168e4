import { MultiDirectedGraph } from "graphology";
import { parse } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { generateAssertions } from "../../bench/generateAssertions.ts";
import { GexfExportError, sampleEvidence, writeGexf } from "../../src/export/gexf.ts";
import { sanitizeText } from "../../src/export/sanitizeText.ts";
import { createGraph } from "../../src/graph/createGraph.ts";
import { mergeAssertions } from "../../src/graph/mergeAssertions.ts";
import type { DiploGraph, Evidence, ExtraAttributes } from "../../src/graph/schema.ts";
import { layoutGraph } from "../../src/layout/forceAtlas.ts";
import type { Assertion } from "../../src/model/assertion.ts";
import { readGraphText } from "../../src/read/readGraphText.ts";
import { sampleAssertionsByArticle } from "../fixtures/sampleAssertions.ts";
import { graphSnapshot } from "../graph/graphSnapshot.ts";
import { checkGexf } from "./checkGexf.ts";
import { hostileGraph, styledGraph } from "./hostileGraph.ts";

const sampleList = [...(await sampleAssertionsByArticle()).values()].flat();
const sample = styledGraph(sampleList);

/** The summary a GEXF edge carries in place of its evidence; read back as attributes of the file (`extra`). */
function summaryAttributes(evidence: Evidence[]): ExtraAttributes | undefined {
  const sample = sampleEvidence(evidence);
  if (!sample) return undefined;
  const extra: ExtraAttributes = {
    sampleSentence: sanitizeText(sample.sentence),
    sampleArticle: sanitizeText(sample.article),
  };
  if (sample.date !== null) extra.sampleDate = sample.date;
  return extra;
}

/**
 * What a GEXF written with evidence "summary" carries of `graph`: everything
 * except the evidence list and graph attributes, with text as sanitised, and
 * the sample sentence as an attribute.
 */
function expectedAfterGexf(graph: DiploGraph, keepEvidence: boolean) {
  const copy = graph.copy();
  copy.replaceAttributes({ articleIds: [] });
  copy.updateEachNodeAttributes((_n, a) => ({ ...a, label: sanitizeText(a.label) }));
  copy.updateEachEdgeAttributes((_e, a) => {
    const extra = summaryAttributes(a.evidence);
    return {
      ...a,
      label: sanitizeText(a.label),
      conditions: a.conditions.map(sanitizeText),
      speakers: a.speakers.map(sanitizeText),
      evidence: keepEvidence ? structuredClone(a.evidence) : [],
      ...(extra ? { extra } : {}),
    };
  });
  return graphSnapshot(copy);
}

/** Back through the one GEXF reader (src/read), as the CLI and the explorer read it. */
function readBack(xml: string): DiploGraph {
  const { graph, warnings } = readGraphText("gexf", xml);
  expect(warnings).toEqual([]);
  return graph;
}

describe("writeGexf", () => {
  it("writes the sample corpus graph as valid, dynamic GEXF 1.3 that NetworkX reads", () => {
    const xml = writeGexf(sample);
    const check = checkGexf("sample.gexf", xml, { nodes: sample.order, edges: sample.size });
    expect(check.output).toContain("gexf ok: version 1.3");
    expect(check.status).toBe(0);
    expect(xml).toMatch(/<graph mode="dynamic" timeformat="date" /);
    const dated = sample.filterEdges((_e, a) => a.firstSeen !== null).length;
    expect(dated).toBeGreaterThan(0);
    // Edges with dates carry start/end; actors start at their first dated edge.
    expect(xml).toContain(`<edge start="2024-04-14" end="2024-04-14" id="USA>condemns>IRN"`);
    expect(xml).toContain(`<node start="2002-01-07" id="PAK"`);
    expect(xml).toMatch(/<attribute id="conditions" title="conditions" type="liststring"\/>/);
  });

  it("reads back (graphology-gexf) into the same graph, minus the evidence list it summarises", () => {
    const xml = writeGexf(sample);
    const back = readBack(xml);
    expect(graphSnapshot(back)).toEqual(expectedAfterGexf(sample, false));
    const parsed = parse(MultiDirectedGraph, xml);
    sample.forEachEdge((key, a) => {
      expect(parsed.getEdgeAttribute(key, "sampleSentence")).toBe(sampleEvidence(a.evidence)?.sentence);
    });
  });

  it("keeps every evidence sentence with --gexf-evidence full", () => {
    const xml = writeGexf(sample, { evidence: "full" });
    expect(checkGexf("sample-full.gexf", xml, { nodes: sample.order, edges: sample.size }).status).toBe(0);
    expect(graphSnapshot(readBack(xml))).toEqual(expectedAfterGexf(sample, true));
  });

  it("survives quotes, &, <, >, emoji, Cyrillic, commas in lists and control characters", () => {
    const graph = hostileGraph({ source: "RUS", target: "UKR" });
    for (const evidence of ["summary", "full"] as const) {
      const xml = writeGexf(graph, { evidence });
      const check = checkGexf(`nasty-${evidence}.gexf`, xml, { nodes: graph.order, edges: graph.size });
      expect(check.output).toContain("gexf ok");
      // biome-ignore lint/suspicious/noControlCharactersInRegex: checking that no control character got through.
      expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
      const back = readBack(xml);
      expect(graphSnapshot(back).edges.map((e) => e[3].conditions)).toEqual(
        graphSnapshot(graph).edges.map((e) => (e[3].conditions as string[]).map(sanitizeText)),
      );
      if (evidence === "summary") expect(graphSnapshot(back)).toEqual(expectedAfterGexf(graph, false));
    }
    const rus = readBack(writeGexf(graph)).getNodeAttribute("RUS", "label");
    expect(rus).toBe(`Россия "RF" & <Kremlin> 🐻`);
  });

  it("writes a static graph when nothing is dated, and refuses ids XML cannot hold", () => {
    const undated = styledGraph(sampleList.map((a) => ({ ...a, date: null })));
    const xml = writeGexf(undated);
    expect(xml).not.toContain("mode=");
    expect(checkGexf("static.gexf", xml, { nodes: undated.order, edges: undated.size }).status).toBe(0);
    const bad = createGraph();
    mergeAssertions(bad, [{ ...(sampleList[0] as Assertion), source: "BAD\u0001ID" }]);
    expect(() => writeGexf(bad)).toThrow(GexfExportError);
  });

  it("writes a large generated graph (2,000 actors, 10,000 edges) that passes check-gexf", () => {
    const graph = createGraph();
    mergeAssertions(graph, generateAssertions({ nodes: 2000, edges: 10000, assertions: 30000 }));
    layoutGraph(graph, { iterations: 20 });
    expect([graph.order, graph.size]).toEqual([2000, 10000]);
    // Compact XML, as written by default above 10,000 edges (the smaller graphs above are indented).
    const xml = writeGexf(graph, { pretty: false });
    const check = checkGexf("large.gexf", xml, { nodes: 2000, edges: 10000 });
    expect(check.output).toContain("gexf ok");
    expect(check.status).toBe(0);
  }, 120_000);
});
