import forceAtlas2, { type ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import type { DiploGraph } from "../graph/schema.ts";
import { seededPosition, startRadius } from "./seededPosition.ts";
import { BARNES_HUT_THRESHOLD, defaultIterations } from "./settings.ts";

/** Bad layout options, named at the boundary. */
export class LayoutError extends Error {
  override name = "LayoutError";
}

export interface LayoutOptions {
  /** ForceAtlas2 iterations; default grows down with size (see `defaultIterations`). */
  iterations?: number;
  /** Changes the starting positions; same seed + same graph = same picture. */
  seed?: number;
  /** Overrides on top of the settings inferred from the graph size. */
  settings?: ForceAtlas2Settings;
}

/** Settings `layoutGraph` uses for a graph of `order` nodes (before user overrides). */
export function layoutSettingsFor(order: number): ForceAtlas2Settings {
  return {
    ...forceAtlas2.inferSettings(order),
    barnesHutOptimize: order > BARNES_HUT_THRESHOLD,
  };
}

/**
 * Lays the graph out in place with ForceAtlas2: every node starts at a
 * position hashed from its key and the seed (never Math.random), so the same
 * graph gives the same picture. Edge weight (evidence count) pulls harder.
 * Non-finite results (which GEXF readers reject) fall back to the start position.
 */
export function layoutGraph(graph: DiploGraph, options: LayoutOptions = {}): void {
  const order = graph.order;
  if (order === 0) return;
  const iterations = options.iterations ?? defaultIterations(order);
  if (!Number.isInteger(iterations) || iterations < 0) {
    throw new LayoutError(`invalid iterations: ${iterations} (expected a whole number >= 0)`);
  }
  const seed = options.seed ?? 1;
  const radius = startRadius(order);
  graph.updateEachNodeAttributes((key, a) => ({ ...a, ...seededPosition(key, seed, radius) }), {
    attributes: ["x", "y"],
  });
  if (iterations > 0 && graph.size > 0) {
    forceAtlas2.assign(graph, {
      iterations,
      settings: { ...layoutSettingsFor(order), ...options.settings },
      getEdgeWeight: "weight",
    });
  }
  graph.updateEachNodeAttributes(
    (key, a) =>
      Number.isFinite(a.x) && Number.isFinite(a.y) ? a : { ...a, ...seededPosition(key, seed, radius) },
    { attributes: ["x", "y"] },
  );
}
