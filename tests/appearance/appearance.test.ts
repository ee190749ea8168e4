import { describe, expect, it } from "vitest";
import {
  appearanceScale,
  EDGE_THICKNESS,
  edgeColor,
  edgeThickness,
  NODE_SIZES,
  nodeColor,
  nodeSize,
} from "../../src/appearance/appearance.ts";
import { KIND_COLORS, NEGATED_COLOR, RELATION_COLORS } from "../../src/appearance/palette.ts";
import { createGraph } from "../../src/graph/createGraph.ts";
import { mergeAssertions } from "../../src/graph/mergeAssertions.ts";
import { NODE_KINDS } from "../../src/model/actor.ts";
import { EDGE_RELATIONS } from "../../src/model/relations.ts";
import { sampleAssertionsByArticle } from "../fixtures/sampleAssertions.ts";

const graph = createGraph();
mergeAssertions(graph, [...(await sampleAssertionsByArticle()).values()].flat());
const scale = appearanceScale(graph);

describe("appearance (decided where drawn, never stored)", () => {
  it("leaves no size or colour in the data graph", () => {
    graph.forEachNode((_n, a) => expect(Object.keys(a)).not.toContain("color"));
    graph.forEachEdge((_e, a) => expect(Object.keys(a)).not.toContain("size"));
  });

  it("colours every node kind and edge relation from the palette; negated edges grey; a file's own colour wins", () => {
    for (const kind of NODE_KINDS) expect(nodeColor(kind)).toBe(KIND_COLORS[kind]);
    for (const relation of EDGE_RELATIONS) expect(edgeColor(relation, false)).toBe(RELATION_COLORS[relation]);
    expect(edgeColor("condemns", true)).toBe(NEGATED_COLOR);
    expect(nodeColor("other", { color: "rgb(1,2,3)" })).toBe("rgb(1,2,3)");
  });

  it("sizes on a clamped log scale: the most mentioned actor largest, counts of 1 smallest", () => {
    const sizes = graph.mapNodes((_n, a) => nodeSize(a.mentions, scale));
    expect(Math.max(...sizes)).toBe(NODE_SIZES.max);
    expect(nodeSize(1, scale)).toBe(NODE_SIZES.min);
    expect(nodeSize(10 ** 9, scale)).toBe(NODE_SIZES.max);
    graph.forEachEdge((_e, a) => {
      expect(edgeThickness(a.weight, scale)).toBeGreaterThanOrEqual(EDGE_THICKNESS.min);
      expect(edgeThickness(a.weight, scale)).toBeLessThanOrEqual(EDGE_THICKNESS.max);
    });
  });
});
