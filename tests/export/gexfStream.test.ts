import { MultiDirectedGraph } from "graphology";
import { parse } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { generateAssertions } from "../../bench/generateAssertions.ts";
import { type GexfOptions, STREAM_ABOVE_EDGES, usesGexfStream, writeGexf } from "../../src/export/gexf.ts";
import { gexfChunks, writeGexfStream } from "../../src/export/gexfStream.ts";
import type { DiploGraph } from "../../src/graph/schema.ts";
import { sampleAssertionsByArticle } from "../fixtures/sampleAssertions.ts";
import { graphSnapshot } from "../graph/graphSnapshot.ts";
import { checkGexf } from "./checkGexf.ts";
import { hostileGraph, styledGraph } from "./hostileGraph.ts";

const sampleList = [...(await sampleAssertionsByArticle()).values()].flat();

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"' };
const decodeEntities = (value: string) => value.replace(/&(?:amp|lt|gt|quot);/g, (e) => ENTITIES[e] ?? e);

/** Per element id, its GEXF time attributes (graphology-gexf's parser does not read them). */
function timeOf(xml: string): Map<string, string> {
  const times = new Map<string, string>();
  // Attribute values are quoted, and the library leaves ">" unescaped in them: read attribute by attribute.
  for (const [, attributes = ""] of xml.matchAll(/<(?:node|edge)((?:\s+[\w:]+="[^"]*")*)\s*\/?>/g)) {
    const values = new Map(
      [...attributes.matchAll(/([\w:]+)="([^"]*)"/g)].map(([, k = "", v = ""]) => [k, v]),
    );
    times.set(
      decodeEntities(values.get("id") ?? ""),
      `${values.get("start") ?? ""}/${values.get("end") ?? ""}`,
    );
  }
  return times;
}

/** Writes `graph` with both writers and checks that readers see the same graph; returns the streamed XML. */
function expectSameGraph(graph: DiploGraph, options: GexfOptions = {}): string {
  const library = writeGexf(graph, { ...options, writer: "library" });
  let streamed = "";
  writeGexfStream(
    graph,
    (chunk) => {
      streamed += chunk;
    },
    options,
  );
  const fromLibrary = parse(MultiDirectedGraph, library);
  const fromStream = parse(MultiDirectedGraph, streamed);
  expect(fromStream.order).toBe(graph.order);
  expect(fromStream.size).toBe(graph.size);
  expect(fromStream.nodes()).toEqual(fromLibrary.nodes());
  expect(fromStream.edges()).toEqual(fromLibrary.edges());
  expect(graphSnapshot(fromStream)).toEqual(graphSnapshot(fromLibrary));
  expect(timeOf(streamed)).toEqual(timeOf(library));
  expect(/<graph [^>]*>/.exec(streamed)?.[0].includes('mode="dynamic"')).toBe(
    library.includes('mode="dynamic"'),
  );
  return streamed;
}

describe("streaming GEXF writer", () => {
  it("writes the sample corpus graph as graphology-gexf does, and check-gexf accepts it", () => {
    const sample = styledGraph(sampleList);
    for (const evidence of ["summary", "full"] as const) {
      const xml = expectSameGraph(sample, { evidence });
      expect(xml).toContain('<graph mode="dynamic" timeformat="date" ');
      const check = checkGexf(`stream-sample-${evidence}.gexf`, xml, {
        nodes: sample.order,
        edges: sample.size,
      });
      expect(check.output).toContain("gexf ok: version 1.3");
      expect(check.status).toBe(0);
    }
  });

  it("escapes markup and quotes in ids, labels, lists and sentences, and drops control characters", () => {
    const graph = hostileGraph();
    for (const evidence of ["summary", "full"] as const) {
      const xml = expectSameGraph(graph, { evidence });
      // biome-ignore lint/suspicious/noControlCharactersInRegex: checking that no control character got through.
      expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]|[\ud800-\udbff](?![\udc00-\udfff])/);
      const check = checkGexf(`stream-hostile-${evidence}.gexf`, xml, {
        nodes: graph.order,
        edges: graph.size,
      });
      expect(check.output).toContain("gexf ok");
      expect(check.status).toBe(0);
    }
    const parsed = parse(MultiDirectedGraph, writeGexf(graph, { writer: "stream" }));
    expect(parsed.getNodeAttribute(`R&U<S>"1"`, "label")).toBe(`Россия "RF" & <Kremlin> 🐻`);
  });

  it("writes a static graph when nothing is dated, or when time is turned off", () => {
    const undated = styledGraph(sampleList.map((a) => ({ ...a, date: null })));
    expect(expectSameGraph(undated)).not.toContain("mode=");
    expect(expectSameGraph(styledGraph(sampleList), { time: false })).not.toContain("start=");
  });

  it("is the writer above the size limit, in bounded chunks, for a large generated graph", () => {
    const graph = styledGraph(generateAssertions({ nodes: 2000, edges: 12000, assertions: 36000 }), 10);
    expect(graph.size).toBeGreaterThan(STREAM_ABOVE_EDGES);
    expect(usesGexfStream(graph)).toBe(true);
    expect(usesGexfStream(styledGraph(sampleList))).toBe(false);
    const chunks = [...gexfChunks(graph)];
    expect(chunks.length).toBeGreaterThan(10);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(256 * 1024);
    const xml = expectSameGraph(graph);
    expect(writeGexf(graph)).toBe(xml);
    const check = checkGexf("stream-large.gexf", xml, { nodes: graph.order, edges: graph.size });
    expect(check.output).toContain("gexf ok");
    expect(check.status).toBe(0);
  }, 120_000);
});
