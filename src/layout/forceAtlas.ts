import { MultiDirectedGraph } from "graphology";
import forceAtlas2, { type ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import { appearanceScale, nodeSize } from "../appearance/appearance.ts";
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

type LayoutNode = { x: number; y: number; size: number };
type LayoutEdge = { weight: number };

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The structure ForceAtlas2 needs (positions, sizes, edge weights), with
 * nodes and edges in key order: FA2 sums forces in iteration order, so a graph
 * merged article by article would otherwise end in a (slightly) different
 * place than the same graph merged at once.
 */
function layoutCopy(graph: DiploGraph, seed: number): MultiDirectedGraph<LayoutNode, LayoutEdge> {
  const copy = new MultiDirectedGraph<LayoutNode, LayoutEdge>();
  const radius = startRadius(graph.order);
  // Sizes as drawn: ForceAtlas2's "prevent overlap" (adjustSizes) keeps drawn discs apart.
  const scale = appearanceScale(graph);
  for (const key of graph.nodes().sort(byKey)) {
    const size = nodeSize(graph.getNodeAttribute(key, "mentions"), scale);
    copy.addNode(key, { ...seededPosition(key, seed, radius), size });
  }
  for (const key of graph.edges().sort(byKey)) {
    copy.addDirectedEdgeWithKey(key, graph.source(key), graph.target(key), {
      weight: graph.getEdgeAttribute(key, "weight"),
    });
  }
  return copy;
}

export interface LayoutProgress {
  done: number;
  total: number;
}

function checkIterations(iterations: number): void {
  if (!Number.isInteger(iterations) || iterations < 0) {
    throw new LayoutError(`invalid iterations: ${iterations} (expected a whole number >= 0)`);
  }
}

/** Copies the laid-out positions back; non-finite results (which GEXF readers reject) fall back to the start. */
function writeBack(graph: DiploGraph, copy: MultiDirectedGraph<LayoutNode, LayoutEdge>, seed: number): void {
  const radius = startRadius(graph.order);
  graph.updateEachNodeAttributes(
    (key, a) => {
      const { x, y } = copy.getNodeAttributes(key);
      return Number.isFinite(x) && Number.isFinite(y)
        ? { ...a, x, y }
        : { ...a, ...seededPosition(key, seed, radius) };
    },
    { attributes: ["x", "y"] },
  );
}

/**
 * ForceAtlas2 run in chunks of `chunk` iterations, yielding progress after
 * each, so a caller can report it or stop (a time budget, a Cancel button):
 * positions are written back when the generator ends, however it ends.
 * Every node starts at a position hashed from its key and the seed (never
 * Math.random), and runs in key order, so the same graph gives the same
 * picture however it was built. Edge weight (evidence count) pulls harder.
 * With one chunk it is exactly `layoutGraph`; FA2 restarts its speeds each
 * chunk, so chunked runs end slightly elsewhere.
 */
export function* forceAtlasSteps(
  graph: DiploGraph,
  options: LayoutOptions & { chunk?: number } = {},
): Generator<LayoutProgress> {
  const order = graph.order;
  if (order === 0) return;
  const total = options.iterations ?? defaultIterations(order);
  checkIterations(total);
  const seed = options.seed ?? 1;
  const copy = layoutCopy(graph, seed);
  const settings = { ...layoutSettingsFor(order), ...options.settings };
  const chunk = Math.max(1, options.chunk ?? total);
  try {
    for (let done = 0; done < total && copy.size > 0; ) {
      const iterations = Math.min(chunk, total - done);
      forceAtlas2.assign(copy, { iterations, settings, getEdgeWeight: "weight" });
      done += iterations;
      yield { done, total };
    }
  } finally {
    writeBack(graph, copy, seed);
  }
}

/** Lays the graph out in place with ForceAtlas2, in one run (see `forceAtlasSteps`). */
export function layoutGraph(graph: DiploGraph, options: LayoutOptions = {}): void {
  for (const _ of forceAtlasSteps(graph, options)) {
    // one chunk: the whole run
  }
}
