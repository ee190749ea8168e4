import forceAtlas2 from "graphology-layout-forceatlas2";
import { describe, expect, it } from "vitest";
import { createGraph } from "../../src/graph/createGraph.ts";
import { mergeAssertions } from "../../src/graph/mergeAssertions.ts";
import type { DiploGraph } from "../../src/graph/schema.ts";
import { LayoutError, layoutGraph, layoutSettingsFor } from "../../src/layout/forceAtlas.ts";
import { BARNES_HUT_THRESHOLD, FORCE_ATLAS_2_SETTINGS } from "../../src/layout/settings.ts";
import type { Assertion } from "../../src/model/assertion.ts";
import { sampleAssertionsByArticle } from "../fixtures/sampleAssertions.ts";

const assertions = [...(await sampleAssertionsByArticle()).values()].flat();

function build(list: Assertion[]): DiploGraph {
  const graph = createGraph();
  mergeAssertions(graph, list);
  return graph;
}

function positions(graph: DiploGraph): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  graph.forEachNode((key, a) => {
    out[key] = [a.x, a.y];
  });
  return out;
}

describe("layoutGraph", () => {
  it("gives identical positions for the same input, whatever order it was merged in", () => {
    const a = build(assertions);
    const b = build([...assertions].reverse());
    const c = build(assertions);
    layoutGraph(a);
    layoutGraph(b);
    layoutGraph(c);
    expect(positions(c)).toEqual(positions(a));
    expect(positions(b)).toEqual(positions(a));
  });

  it("changes the picture with the seed, and spreads nodes apart with finite positions", () => {
    const a = build(assertions);
    const b = build(assertions);
    layoutGraph(a, { seed: 1 });
    layoutGraph(b, { seed: 2 });
    expect(positions(b)).not.toEqual(positions(a));
    const points = Object.values(positions(a));
    for (const [x, y] of points) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    const distinct = new Set(points.map(([x, y]) => `${x.toFixed(3)},${y.toFixed(3)}`));
    expect(distinct.size).toBe(points.length);
  });

  it("pulls actors linked by many statements closer than unrelated ones", () => {
    const graph = build(assertions);
    layoutGraph(graph);
    const p = positions(graph);
    const dist = (u: string, v: string) =>
      Math.hypot((p[u]?.[0] ?? 0) - (p[v]?.[0] ?? 0), (p[u]?.[1] ?? 0) - (p[v]?.[1] ?? 0));
    // USA-RUS share 7 statements; RUS and PAK none (different components).
    expect(dist("USA", "RUS")).toBeLessThan(dist("RUS", "PAK"));
  });

  it("turns Barnes-Hut on above the documented size and rejects bad iterations", () => {
    expect(layoutSettingsFor(BARNES_HUT_THRESHOLD).barnesHutOptimize).toBe(false);
    expect(layoutSettingsFor(BARNES_HUT_THRESHOLD + 1).barnesHutOptimize).toBe(true);
    expect(() => layoutGraph(build(assertions), { iterations: -1 })).toThrow(LayoutError);
  });
});

describe("FORCE_ATLAS_2_SETTINGS", () => {
  it("declares real ForceAtlas2 settings with defaults inside their bounds", () => {
    const inferred = forceAtlas2.inferSettings(50);
    for (const setting of FORCE_ATLAS_2_SETTINGS) {
      expect([
        "gravity",
        "scalingRatio",
        "slowDown",
        "edgeWeightInfluence",
        "barnesHutTheta",
        "strongGravityMode",
        "linLogMode",
        "outboundAttractionDistribution",
        "adjustSizes",
        "barnesHutOptimize",
      ]).toContain(setting.id);
      if (setting.type === "number") {
        expect(setting.default).toBeGreaterThanOrEqual(setting.min);
        if (setting.max !== undefined) expect(setting.default).toBeLessThanOrEqual(setting.max);
        expect(setting.step).toBeGreaterThan(0);
      }
      const value = inferred[setting.id];
      if (value !== undefined && setting.id !== "slowDown" && setting.id !== "barnesHutOptimize") {
        expect(setting.default).toBe(value);
      }
    }
    expect(new Set(FORCE_ATLAS_2_SETTINGS.map((s) => s.id)).size).toBe(FORCE_ATLAS_2_SETTINGS.length);
  });
});
