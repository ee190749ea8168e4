import { describe, expect, it } from "vitest";
import { createGraph } from "../../src/graph/createGraph.ts";
import { mergeAssertions } from "../../src/graph/mergeAssertions.ts";
import type { DiploGraph } from "../../src/graph/schema.ts";
import { forceAtlasSteps, layoutGraph } from "../../src/layout/forceAtlas.ts";
import { placeNewNodes } from "../../src/layout/placeNewNodes.ts";
import { placeUnplaced, startingLayout } from "../../src/layout/startingLayout.ts";
import { sampleAssertionsByArticle } from "../fixtures/sampleAssertions.ts";

const assertions = [...(await sampleAssertionsByArticle()).values()].flat();

function sample(): DiploGraph {
  const graph = createGraph();
  mergeAssertions(graph, assertions);
  return graph;
}

const positions = (graph: DiploGraph) => graph.mapNodes((n, a) => [n, a.x, a.y]);

describe("ForceAtlas2 in steps", () => {
  it("in one chunk is exactly layoutGraph, and reports its progress", () => {
    const whole = sample();
    layoutGraph(whole, { iterations: 50 });
    const stepped = sample();
    const progress = [...forceAtlasSteps(stepped, { iterations: 50 })];
    expect(progress).toEqual([{ done: 50, total: 50 }]);
    expect(positions(stepped)).toEqual(positions(whole));
    expect([...forceAtlasSteps(sample(), { iterations: 50, chunk: 20 })].map((p) => p.done)).toEqual([
      20, 40, 50,
    ]);
  });

  it("writes positions back when stopped early (a time budget, Cancel)", () => {
    const graph = sample();
    for (const _ of forceAtlasSteps(graph, { iterations: 100, chunk: 10 })) break;
    expect(new Set(graph.mapNodes((_n, a) => `${a.x},${a.y}`)).size).toBe(graph.order);
  });

  it("stops the starting layout at its time budget", () => {
    let clock = 0;
    const graph = sample();
    placeUnplaced(graph, graph.nodes());
    const steps = [...startingLayout(graph, { budgetMs: 25, iterations: 1000, now: () => (clock += 10) })];
    expect(steps.length).toBeLessThan(5);
    expect(graph.everyNode((_n, a) => Number.isFinite(a.x) && Number.isFinite(a.y))).toBe(true);
  });
});

describe("placing nodes", () => {
  it("puts a graph without positions on a seeded disc, not one point", () => {
    const graph = sample();
    placeUnplaced(graph, graph.nodes());
    expect(new Set(graph.mapNodes((_n, a) => `${a.x},${a.y}`)).size).toBe(graph.order);
  });

  it("places new nodes beside their neighbours without moving the others", () => {
    const graph = sample();
    layoutGraph(graph, { iterations: 20 });
    const before = new Map(graph.mapNodes((n, a) => [n, [a.x, a.y]]));
    const existing = new Set(graph.nodes());
    graph.addNode("NEW", { label: "New", kind: "state", mentions: 1, articles: 1, x: 0, y: 0 });
    graph.addDirectedEdge("NEW", "RUS", graph.getEdgeAttributes(graph.edges()[0] ?? ""));
    placeNewNodes(graph, ["NEW"], existing);
    for (const [n, xy] of before)
      expect([graph.getNodeAttribute(n, "x"), graph.getNodeAttribute(n, "y")]).toEqual(xy);
    const span = Math.max(...[...before.values()].flat().map(Math.abs));
    const [x, y] = [graph.getNodeAttribute("NEW", "x"), graph.getNodeAttribute("NEW", "y")];
    expect(
      Math.hypot(x - graph.getNodeAttribute("RUS", "x"), y - graph.getNodeAttribute("RUS", "y")),
    ).toBeLessThan(span * 0.2);
  });
});
