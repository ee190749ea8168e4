import type { DiploGraph, EdgeAttributes, Evidence } from "../../../src/graph/schema.ts";

/** The time filter's inclusive ISO dates; null = unbounded. */
export interface TimeWindow {
  from: string | null;
  to: string | null;
}

/**
 * Counts inside the time window: only the elements whose count differs from
 * the whole graph's are stored, so the reducers look up a map entry and
 * otherwise read the attribute.
 */
export interface WindowCounts {
  /** Evidence sentences of an edge inside the window. */
  edgeWeights: Map<string, number>;
  /** An actor's mentions inside the window: its mentions minus those of its edges' evidence outside. */
  nodeMentions: Map<string, number>;
}

export const isWindowed = (w: TimeWindow): boolean => w.from !== null || w.to !== null;

export function inWindow(evidence: Evidence, w: TimeWindow): boolean {
  const date = evidence.date;
  return date !== null && (w.from === null || date >= w.from) && (w.to === null || date <= w.to);
}

/**
 * An edge none of whose evidence is dated (or a file's edge without evidence)
 * cannot be placed in time: it keeps its whole weight and stays visible.
 */
const undatable = (attrs: EdgeAttributes): boolean => attrs.firstSeen === null && attrs.lastSeen === null;

/** An edge's weight in the window: its evidence sentences dated inside it. */
export function windowWeight(attrs: EdgeAttributes, w: TimeWindow): number {
  if (!isWindowed(w) || undatable(attrs)) return attrs.weight;
  // A file's edge dated by its time span but without sentences: all of its weight, if the span meets the window.
  if (attrs.evidence.length === 0) {
    const before = w.to !== null && attrs.firstSeen !== null && attrs.firstSeen > w.to;
    const after = w.from !== null && attrs.lastSeen !== null && attrs.lastSeen < w.from;
    return before || after ? 0 : attrs.weight;
  }
  let count = 0;
  for (const e of attrs.evidence) if (inWindow(e, w)) count++;
  return count;
}

export function windowEvidence(attrs: EdgeAttributes, w: TimeWindow): Evidence[] {
  return !isWindowed(w) || undatable(attrs) ? attrs.evidence : attrs.evidence.filter((e) => inWindow(e, w));
}

/** Recounts edge weights and actor mentions to the evidence inside the window; null when there is no window. */
export function countWindow(graph: DiploGraph, w: TimeWindow): WindowCounts | null {
  if (!isWindowed(w)) return null;
  const edgeWeights = new Map<string, number>();
  const outside = new Map<string, number>();
  graph.forEachEdge((edge, attrs, source, target) => {
    const weight = windowWeight(attrs, w);
    if (weight === attrs.weight) return;
    edgeWeights.set(edge, weight);
    const lost = attrs.weight - weight;
    outside.set(source, (outside.get(source) ?? 0) + lost);
    outside.set(target, (outside.get(target) ?? 0) + lost);
  });
  const nodeMentions = new Map<string, number>();
  for (const [node, lost] of outside) {
    nodeMentions.set(node, Math.max(0, graph.getNodeAttribute(node, "mentions") - lost));
  }
  return { edgeWeights, nodeMentions };
}
