import { seededPosition } from "../layout/seededPosition.ts";
import type { ActorKind } from "../model/actor.ts";
import type { Assertion } from "../model/assertion.ts";
import { RELATION_LABELS, type Relation } from "../model/relations.ts";
import { inferKind } from "./inferKind.ts";
import { recomputeEdgeStats, recomputeNodeStats } from "./recomputeStats.ts";
import { type DiploGraph, type EdgeAttributes, type Evidence, edgeKey } from "./schema.ts";

export interface MergeOptions {
  /**
   * Kind of an actor the assertion does not type (no `sourceKind`), e.g. from
   * the lexicon. Falls back to `inferKind` (3 upper-case letters = state).
   */
  resolveKind?: (id: string) => ActorKind | undefined;
  /** Articles that were read, recorded even when they stated no position. */
  articleIds?: Iterable<string>;
}

export interface MergeReport {
  /** Evidence sentences added. */
  added: number;
  /** Assertions already in the graph (same article, offsets and triple), skipped. */
  duplicates: number;
  nodesAdded: number;
  edgesAdded: number;
}

/** Drawing attributes before `applyAppearance` runs: neutral, so a missing step shows. */
const UNSTYLED_COLOR = "#999999";

/** Dedupe key of one piece of evidence inside its edge (the edge key holds the triple and negation). */
function evidenceId(article: string, start: number, end: number): string {
  return `${article}\u0000${start}\u0000${end}`;
}

/** Human wording of an edge: "condemns", negated "not condemns". */
export function edgeLabel(relation: Relation, negated: boolean): string {
  return negated ? `not ${RELATION_LABELS[relation]}` : RELATION_LABELS[relation];
}

function toEvidence(a: Assertion): Evidence {
  const evidence: Evidence = {
    article: a.article,
    date: a.date,
    sentence: a.sentence,
    start: a.start,
    end: a.end,
    confidence: a.confidence,
  };
  if (a.speaker) evidence.speaker = a.speaker;
  if (a.condition) evidence.condition = a.condition;
  return evidence;
}

function ensureNode(
  graph: DiploGraph,
  id: string,
  label: string,
  kind: ActorKind | undefined,
  options: MergeOptions,
): boolean {
  if (graph.hasNode(id)) {
    // An explicit kind beats the guess made when the node was first seen.
    if (kind && graph.getNodeAttribute(id, "kind") !== kind) graph.setNodeAttribute(id, "kind", kind);
    if (label && graph.getNodeAttribute(id, "label") === id && label !== id) {
      graph.setNodeAttribute(id, "label", label);
    }
    return false;
  }
  const { x, y } = seededPosition(id, 0, 100);
  graph.addNode(id, {
    label: label || id,
    kind: kind ?? options.resolveKind?.(id) ?? inferKind(id),
    mentions: 0,
    articles: 0,
    x,
    y,
    size: 1,
    color: UNSTYLED_COLOR,
  });
  return true;
}

function emptyEdge(relation: Relation, negated: boolean): EdgeAttributes {
  return {
    relation,
    label: edgeLabel(relation, negated),
    negated,
    weight: 0,
    articles: 0,
    firstSeen: null,
    lastSeen: null,
    conditions: [],
    speakers: [],
    evidence: [],
    size: 1,
    color: UNSTYLED_COLOR,
  };
}

/**
 * Adds assertions to the graph in place: one node per actor, one edge per
 * (source, relation, target, negated), every assertion as evidence on its edge.
 * Evidence is deduplicated by (article, start, end) within its edge, so
 * re-adding an article changes nothing, and kept sorted (date, article,
 * offset), so adding articles one at a time gives the same attributes as
 * adding them all at once, in any order. Counts (weight, mentions, articles,
 * first/last seen) are recomputed from the evidence of what was touched.
 * Sizes and colours are left to `applyAppearance`.
 */
export function mergeAssertions(
  graph: DiploGraph,
  assertions: Iterable<Assertion>,
  options: MergeOptions = {},
): MergeReport {
  const report: MergeReport = { added: 0, duplicates: 0, nodesAdded: 0, edgesAdded: 0 };
  const articleIds = new Set(graph.getAttribute("articleIds") ?? []);
  for (const id of options.articleIds ?? []) articleIds.add(id);
  // Evidence ids of each edge touched in this call, built from its stored evidence on first touch.
  const touchedEdges = new Map<string, Set<string>>();
  const touchedNodes = new Set<string>();

  for (const a of assertions) {
    articleIds.add(a.article);
    if (ensureNode(graph, a.source, a.sourceLabel, a.sourceKind, options)) report.nodesAdded++;
    if (ensureNode(graph, a.target, a.targetLabel, a.targetKind, options)) report.nodesAdded++;
    const key = edgeKey(a.source, a.relation, a.target, a.negated);
    if (!graph.hasEdge(key)) {
      graph.addDirectedEdgeWithKey(key, a.source, a.target, emptyEdge(a.relation, a.negated));
      report.edgesAdded++;
    }
    const evidence = graph.getEdgeAttribute(key, "evidence");
    let seen = touchedEdges.get(key);
    if (!seen) {
      seen = new Set(evidence.map((e) => evidenceId(e.article, e.start, e.end)));
      touchedEdges.set(key, seen);
    }
    const id = evidenceId(a.article, a.start, a.end);
    if (seen.has(id)) {
      report.duplicates++;
      continue;
    }
    seen.add(id);
    // Pushed in place; recomputeEdgeStats below re-sets the attributes, which emits graphology's update event.
    evidence.push(toEvidence(a));
    touchedNodes.add(a.source);
    touchedNodes.add(a.target);
    report.added++;
  }

  for (const key of touchedEdges.keys()) recomputeEdgeStats(graph, key);
  for (const node of touchedNodes) recomputeNodeStats(graph, node);
  graph.setAttribute("articleIds", [...articleIds].sort());
  return report;
}
