import type { DiploGraph } from "../graph/schema.ts";
import { forceAtlasSteps, type LayoutProgress } from "./forceAtlas.ts";
import { placeNewNodes } from "./placeNewNodes.ts";
import { seededPosition, startRadius } from "./seededPosition.ts";

/**
 * Positions for nodes a file gave none: when no node has one, the seeded
 * start disc ForceAtlas2 starts from (see seededPosition.ts), spread over an
 * area that grows with the graph, not one circle; when some have one, each
 * new node beside its placed neighbours.
 */
export function placeUnplaced(graph: DiploGraph, unplaced: string[], seed = 1): void {
  if (unplaced.length === 0) return;
  if (unplaced.length < graph.order) {
    const missing = new Set(unplaced);
    placeNewNodes(graph, unplaced, new Set(graph.filterNodes((n) => !missing.has(n))), seed);
    return;
  }
  const radius = startRadius(graph.order);
  for (const node of unplaced) graph.mergeNodeAttributes(node, seededPosition(node, seed, radius));
}

export interface StartingLayoutOptions {
  /** Stop after this long even if the iterations are not done (a first picture matters more). */
  budgetMs: number;
  iterations?: number;
  now?: () => number;
}

/**
 * The layout a graph without positions gets when it is opened: ForceAtlas2
 * from the seeded start, in chunks sized so progress shows about every
 * tenth of a second, stopped at the time budget.
 */
export function* startingLayout(
  graph: DiploGraph,
  options: StartingLayoutOptions,
): Generator<LayoutProgress> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  // Bigger graphs: fewer iterations per chunk (each costs ~ nodes log nodes with Barnes-Hut).
  const chunk = Math.max(1, Math.floor(20_000 / Math.max(graph.order + graph.size, 1)));
  const steps = forceAtlasSteps(graph, {
    chunk,
    ...(options.iterations === undefined ? {} : { iterations: options.iterations }),
  });
  for (const progress of steps) {
    yield progress;
    if (now() - started > options.budgetMs) return;
  }
}
