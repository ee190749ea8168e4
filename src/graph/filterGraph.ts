import type { Assertion } from "../model/assertion.ts";
import { recomputeNodeStats } from "./recomputeStats.ts";
import type { DiploGraph } from "./schema.ts";

export interface DateRange {
  /** ISO date, inclusive. */
  since?: string;
  /** ISO date, inclusive. */
  until?: string;
}

/**
 * Keeps assertions dated within the range. With a bound set, undated
 * assertions are dropped: nothing shows they fall inside it.
 */
export function isInDateRange(a: Pick<Assertion, "date">, range: DateRange): boolean {
  if (range.since === undefined && range.until === undefined) return true;
  if (a.date === null) return false;
  if (range.since !== undefined && a.date < range.since) return false;
  if (range.until !== undefined && a.date > range.until) return false;
  return true;
}

/**
 * Removes edges with fewer than `minWeight` evidence sentences, then the
 * actors left with no edge, and recounts the mentions of the rest.
 * Returns how many edges and nodes were removed.
 */
export function dropLightEdges(graph: DiploGraph, minWeight: number): { edges: number; nodes: number } {
  const light = graph.filterEdges((_e, a) => a.weight < minWeight);
  const touched = new Set<string>();
  for (const edge of light) {
    touched.add(graph.source(edge));
    touched.add(graph.target(edge));
    graph.dropEdge(edge);
  }
  let nodes = 0;
  for (const node of touched) {
    if (graph.degree(node) === 0) {
      graph.dropNode(node);
      nodes++;
    } else {
      recomputeNodeStats(graph, node);
    }
  }
  return { edges: light.length, nodes };
}
