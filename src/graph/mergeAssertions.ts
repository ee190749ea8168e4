import { seededPosition } from "../layout/seededPosition.ts";
import type { ActorKind } from "../model/actor.ts";
import type { Assertion } from "../model/assertion.ts";
import { RELATION_LABELS, type Relation } from "../model/relations.ts";
import { inferKind } from "./inferKind.ts";
import { type EdgeIndex, edgeIndex, evidenceId, type NodeIndex, nodeIndex } from "./mergeIndex.ts";
import { compareEvidence, distinctSorted } from "./recomputeStats.ts";
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

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Adds new evidence to an edge: keeps evidence sorted and updates counts from the new items only. */
function addEvidence(graph: DiploGraph, key: string, index: EdgeIndex, added: Evidence[]): void {
  if (added.length === 0) return;
  const a = graph.getEdgeAttributes(key);
  added.sort(compareEvidence);
  const evidence = a.evidence;
  const last = evidence[evidence.length - 1];
  const first = added[0];
  // The ids are already in index.ids (added while reading, to catch duplicates within the batch).
  for (const e of added) {
    evidence.push(e);
    index.articles.add(e.article);
  }
  // Mostly appended in date order: only re-sort when the new items interleave.
  if (last && first && compareEvidence(last, first) > 0) evidence.sort(compareEvidence);
  let { firstSeen, lastSeen } = a;
  for (const e of added) {
    if (e.date === null) continue;
    if (firstSeen === null || e.date < firstSeen) firstSeen = e.date;
    if (lastSeen === null || e.date > lastSeen) lastSeen = e.date;
  }
  const conditions = added.some((e) => e.condition)
    ? distinctSorted([...a.conditions, ...added.map((e) => e.condition)])
    : a.conditions;
  const speakers = added.some((e) => e.speaker)
    ? distinctSorted([...a.speakers, ...added.map((e) => e.speaker)])
    : a.speakers;
  // Re-setting `evidence` (same array) emits graphology's update event for listeners such as sigma.
  graph.mergeEdgeAttributes(key, {
    weight: evidence.length,
    articles: index.articles.size,
    firstSeen,
    lastSeen,
    conditions,
    speakers,
    evidence,
  });
}

/** Adds a node's new evidence (its articles) to its counts. */
function addMentions(graph: DiploGraph, node: string, index: NodeIndex, articles: string[]): void {
  for (const article of articles) index.articles.set(article, (index.articles.get(article) ?? 0) + 1);
  index.mentions += articles.length;
  graph.mergeNodeAttributes(node, { mentions: index.mentions, articles: index.articles.size });
}

/**
 * Adds assertions to the graph in place: one node per actor, one edge per
 * (source, relation, target, negated), every assertion as evidence on its edge.
 * Evidence is deduplicated by (article, start, end) within its edge, so
 * re-adding an article changes nothing, and kept sorted (date, article,
 * offset), with conditions and speakers in code-unit order, so adding articles
 * one at a time gives the same attributes as adding them all at once, in any
 * order. Counts are updated from the new evidence only (see mergeIndex.ts), so
 * a batch costs time in proportion to its size, not to the graph's.
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
  // New evidence per edge (with the edge's index, already holding the new ids) and new articles per node.
  const addedByEdge = new Map<string, { index: EdgeIndex; added: Evidence[] }>();
  const addedByNode = new Map<string, string[]>();

  for (const a of assertions) {
    articleIds.add(a.article);
    if (ensureNode(graph, a.source, a.sourceLabel, a.sourceKind, options)) report.nodesAdded++;
    if (ensureNode(graph, a.target, a.targetLabel, a.targetKind, options)) report.nodesAdded++;
    const key = edgeKey(a.source, a.relation, a.target, a.negated);
    let pending = addedByEdge.get(key);
    if (!pending) {
      if (!graph.hasEdge(key)) {
        graph.addDirectedEdgeWithKey(key, a.source, a.target, emptyEdge(a.relation, a.negated));
        report.edgesAdded++;
      }
      pending = { index: edgeIndex(graph, key), added: [] };
      addedByEdge.set(key, pending);
    }
    const id = evidenceId(a);
    if (pending.index.ids.has(id)) {
      report.duplicates++;
      continue;
    }
    pending.index.ids.add(id);
    pending.added.push(toEvidence(a));
    push(addedByNode, a.source, a.article);
    // A self-loop ("X condemns X") is one mention of X, not two.
    if (a.target !== a.source) push(addedByNode, a.target, a.article);
    report.added++;
  }

  // Node indexes are read (or rebuilt from the edges) before the edges get their new evidence.
  const nodeIndexes = new Map([...addedByNode.keys()].map((node) => [node, nodeIndex(graph, node)]));
  for (const [key, { index, added }] of addedByEdge) addEvidence(graph, key, index, added);
  for (const [node, articles] of addedByNode) {
    const index = nodeIndexes.get(node);
    if (index) addMentions(graph, node, index, articles);
  }
  graph.setAttribute("articleIds", [...articleIds].sort());
  return report;
}
