import { DEFAULT_EDGE_CURVATURE, indexParallelEdgesIndex } from "@sigma/edge-curve";
import { MultiDirectedGraph } from "graphology";
import type { DiploGraph } from "../../../src/graph/schema.ts";

interface ParallelIndexAttributes {
  parallelIndex?: number | null;
  parallelMinIndex?: number | null;
  parallelMaxIndex?: number | null;
}

/** Spreads n parallel edges over a bounded fan, as in sigma's parallel-edges example. */
function curvatureOf(index: number, maxIndex: number): number {
  if (maxIndex <= 0) return 0;
  if (index < 0) return -curvatureOf(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}

/**
 * Curvature of each edge that shares its two endpoints with another, so every
 * parallel edge stays visible and clickable. indexParallelEdgesIndex writes
 * its indices as attributes, so it runs on a key-only copy: display data never
 * goes into the data graph (and so never into exports). Edges absent from the
 * map are drawn straight.
 */
export function computeCurvatures(graph: DiploGraph): Map<string, number> {
  // Most pairs have one edge: count pairs first and index only the pairs that share endpoints. Pairs are
  // numbered from node indices: string keys for 50k edges were most of this function's time.
  const index = new Map<string, number>();
  graph.forEachNode((node) => {
    index.set(node, index.size);
  });
  const n = index.size;
  const pairOf = (source: string, target: string) => {
    const a = index.get(source) ?? 0;
    const b = index.get(target) ?? 0;
    return a < b ? a * n + b : b * n + a;
  };
  const pairCount = new Map<number, number>();
  graph.forEachEdge((_edge, _attrs, source, target) => {
    const pair = pairOf(source, target);
    pairCount.set(pair, (pairCount.get(pair) ?? 0) + 1);
  });
  const shadow = new MultiDirectedGraph<Record<string, never>, ParallelIndexAttributes>();
  graph.forEachEdge((edge, _attrs, source, target) => {
    if ((pairCount.get(pairOf(source, target)) ?? 0) < 2) return;
    shadow.mergeNode(source);
    shadow.mergeNode(target);
    shadow.addDirectedEdgeWithKey(edge, source, target);
  });
  indexParallelEdgesIndex(shadow);
  const curvatures = new Map<string, number>();
  shadow.forEachEdge((edge, attrs) => {
    const index = attrs.parallelIndex;
    const max = attrs.parallelMaxIndex;
    if (typeof index === "number" && typeof max === "number" && index !== 0) {
      curvatures.set(edge, curvatureOf(index, max));
    }
  });
  return curvatures;
}

/**
 * The control point of the quadratic curve @sigma/edge-curve draws from `s` to `t`,
 * in screen space: the focus overlay draws the same curve, edge picking measures it.
 */
export function curveAnchor(
  s: { x: number; y: number },
  t: { x: number; y: number },
  curvature: number,
): { x: number; y: number } {
  return { x: (s.x + t.x) / 2 + (t.y - s.y) * curvature, y: (s.y + t.y) / 2 - (t.x - s.x) * curvature };
}
