import type { DiploGraph, Evidence } from "./schema.ts";

/** Evidence order: dated first by date, then article, then offset; undated last. */
export function compareEvidence(a: Evidence, b: Evidence): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  if (a.article !== b.article) return a.article < b.article ? -1 : 1;
  return a.start - b.start || a.end - b.end;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Distinct non-empty values in code-unit order: an order that does not depend
 * on which article came first, so incremental and one-shot merges agree.
 */
export function distinctSorted(values: Iterable<string | undefined>): string[] {
  const out = new Set<string>();
  for (const v of values) if (v) out.add(v);
  return [...out].sort(byCodeUnit);
}

/** Re-derives an edge's counts, dates, conditions and speakers from its evidence (sorted in place). */
export function recomputeEdgeStats(graph: DiploGraph, key: string): void {
  const evidence = graph.getEdgeAttribute(key, "evidence").sort(compareEvidence);
  let firstSeen: string | null = null;
  let lastSeen: string | null = null;
  const articles = new Set<string>();
  for (const e of evidence) {
    articles.add(e.article);
    if (e.date !== null) {
      if (firstSeen === null || e.date < firstSeen) firstSeen = e.date;
      if (lastSeen === null || e.date > lastSeen) lastSeen = e.date;
    }
  }
  graph.mergeEdgeAttributes(key, {
    weight: evidence.length,
    articles: articles.size,
    firstSeen,
    lastSeen,
    conditions: distinctSorted(evidence.map((e) => e.condition)),
    speakers: distinctSorted(evidence.map((e) => e.speaker)),
    evidence,
  });
}

/** Re-derives a node's mentions and article count from the evidence of its edges. */
export function recomputeNodeStats(graph: DiploGraph, node: string): void {
  let mentions = 0;
  const articles = new Set<string>();
  graph.forEachEdge(node, (_edge, attributes) => {
    mentions += attributes.evidence.length;
    for (const e of attributes.evidence) articles.add(e.article);
  });
  graph.mergeNodeAttributes(node, { mentions, articles: articles.size });
}

/** Recomputes every edge and node: after loading or filtering a graph whose counts may be stale. */
export function recomputeAllStats(graph: DiploGraph): void {
  graph.forEachEdge((key) => recomputeEdgeStats(graph, key));
  graph.forEachNode((node) => recomputeNodeStats(graph, node));
}
