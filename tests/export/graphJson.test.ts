import { describe, expect, it } from "vitest";
import { GraphFormatError, parseGraphJson, serializeGraph } from "../../src/export/graphJson.ts";
import { applyAppearance } from "../../src/graph/applyAppearance.ts";
import { createGraph } from "../../src/graph/createGraph.ts";
import { mergeAssertions } from "../../src/graph/mergeAssertions.ts";
import { layoutGraph } from "../../src/layout/forceAtlas.ts";
import { sampleAssertionsByArticle } from "../fixtures/sampleAssertions.ts";
import { graphSnapshot } from "../graph/graphSnapshot.ts";

const byArticle = await sampleAssertionsByArticle();
const graph = createGraph("sample");
mergeAssertions(graph, [...byArticle.values()].flat(), { articleIds: byArticle.keys() });
applyAppearance(graph);
layoutGraph(graph);

describe("graph JSON", () => {
  it("reads back into an equal graph: nodes, edges, every attribute and evidence, graph attributes", () => {
    const back = parseGraphJson(serializeGraph(graph));
    expect(graphSnapshot(back)).toEqual(graphSnapshot(graph));
    expect(back.type).toBe("directed");
    expect(back.multi).toBe(true);
  });

  const text = serializeGraph(graph);
  const data = JSON.parse(text);
  const withNode = (attributes: unknown) =>
    JSON.stringify({ ...data, nodes: [{ key: "X", attributes }], edges: [] });
  const bad: Array<[string, string, string]> = [
    ["not JSON", "{nodes:", "invalid JSON: "],
    ["an array", "[1,2]", "not a graph: expected graphology JSON"],
    ["an assertion line", '{"source":"USA"}', "not a graph: expected graphology JSON"],
    [
      "a node without kind",
      withNode({ label: "X", mentions: 1, articles: 1, x: 0, y: 0, size: 1, color: "#000000" }),
      "node X: invalid kind: undefined",
    ],
    [
      "a node with NaN position",
      withNode({
        label: "X",
        kind: "state",
        mentions: 1,
        articles: 1,
        x: null,
        y: 0,
        size: 1,
        color: "#000000",
      }),
      "node X: invalid position: [null,0]",
    ],
    ["an edge to a missing node", JSON.stringify({ ...data, nodes: [] }), "unknown node"],
    [
      "an edge with a bad relation",
      text.replace('"relation":"condemns"', '"relation":"hugs"'),
      'invalid relation: "hugs"',
    ],
  ];
  it.each(bad)("rejects %s with a one-line GraphFormatError", (_name, input, message) => {
    expect(() => parseGraphJson(input)).toThrow(GraphFormatError);
    expect(() => parseGraphJson(input)).toThrow(message);
  });
});
