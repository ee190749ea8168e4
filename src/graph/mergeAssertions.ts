import type { ActorKind } from "../model/actor.ts";
import type { Assertion } from "../model/assertion.ts";
import { EDGE_RELATION_LABELS, type EdgeRelation, type Relation } from "../model/relations.ts";
import { inferKind } from "./inferKind.ts";
import { evidenceId, knownArticles, recordArticles, stringPool } from "./mergeIndex.ts";
import { compareEvidence, distinctSorted, recomputeNodeStats } from "./recomputeStats.ts";
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

/** Human wording of an edge: "condemns", negated "not condemns". */
export function edgeLabel(relation: EdgeRelation, negated: boolean): string {
  return negated ? `not ${EDGE_RELATION_LABELS[relation]}` : EDGE_RELATION_LABELS[relation];
}

/** One string pool per evidence field (see `stringPool`). */
interface SharedStrings {
  article: (value: string) => string;
  date: (value: string) => string;
  speaker: (value: string) => string;
  condition: (value: string) => string;
}

/** The assertion as evidence, with repeated strings (article, date, speaker, condition) shared. */
function toEvidence(a: Assertion, share: SharedStrings): Evidence {
  const evidence: Evidence = {
    article: share.article(a.article),
    date: a.date === null ? null : share.date(a.date),
    sentence: a.sentence,
    start: a.start,
    end: a.end,
    confidence: a.confidence,
  };
  if (a.speaker) evidence.speaker = share.speaker(a.speaker);
  if (a.condition) evidence.condition = share.condition(a.condition);
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
  // Placed by the layout stage (src/layout), which always follows a merge in the pipeline.
  graph.addNode(id, {
    label: label || id,
    kind: kind ?? options.resolveKind?.(id) ?? inferKind(id),
    mentions: 0,
    articles: 0,
    x: 0,
    y: 0,
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
  };
}

/** New evidence for one edge in this batch. */
interface PendingEdge {
  key: string;
  source: string;
  target: string;
  added: Evidence[];
  /**
   * Needs the exact dedupe: some evidence comes from an article merged
   * before, or from an article seen with two dates in this batch. Otherwise
   * duplicates can only be within the batch and sit side by side once sorted.
   */
  exact: boolean;
}

const sameSentence = (a: Evidence, b: Evidence) =>
  a.article === b.article && a.start === b.start && a.end === b.end;

/**
 * Removes duplicates from `pending.added` (first seen wins) and returns how
 * many distinct articles it adds to the edge. Sorts `added`.
 */
function dedupe(graph: DiploGraph, pending: PendingEdge, report: MergeReport): number {
  const { added } = pending;
  if (!pending.exact) {
    // Stable sort: of two equal sentences the first seen stays first; same (date, article) runs are contiguous.
    added.sort(compareEvidence);
    let kept = 0;
    let articles = 0;
    for (let i = 0; i < added.length; i++) {
      const e = added[i];
      if (e === undefined) continue;
      const previous = kept > 0 ? added[kept - 1] : undefined;
      if (previous && sameSentence(previous, e)) {
        report.duplicates++;
        continue;
      }
      if (!previous || previous.article !== e.article) articles++;
      added[kept++] = e;
    }
    added.length = kept;
    return articles;
  }
  const evidence = graph.getEdgeAttribute(pending.key, "evidence");
  const ids = new Set(evidence.map(evidenceId));
  const articles = new Set(evidence.map((e) => e.article));
  const before = articles.size;
  const unique: Evidence[] = [];
  for (const e of added) {
    const id = evidenceId(e);
    if (ids.has(id)) {
      report.duplicates++;
      continue;
    }
    ids.add(id);
    articles.add(e.article);
    unique.push(e);
  }
  unique.sort(compareEvidence);
  pending.added = unique;
  return articles.size - before;
}

/** Adds an edge's new (deduplicated, sorted) evidence: counts are updated from the new items only. */
function addEvidence(graph: DiploGraph, key: string, added: Evidence[], newArticles: number): void {
  if (added.length === 0) return;
  const a = graph.getEdgeAttributes(key);
  const evidence = a.evidence;
  const last = evidence[evidence.length - 1];
  const first = added[0];
  for (const e of added) evidence.push(e);
  // Two sorted runs: appended in date order needs nothing, interleaved ones TimSort merges in linear time.
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
    articles: a.articles + newArticles,
    firstSeen,
    lastSeen,
    conditions,
    speakers,
    evidence,
  });
}

/** A node's new mentions and the distinct articles they come from (all new to the node: see `dirtyNodes`). */
interface PendingNode {
  mentions: number;
  articles: Set<string>;
}

function countMentions(nodes: Map<string, PendingNode>, node: string, added: Evidence[]): void {
  let pending = nodes.get(node);
  if (!pending) {
    pending = { mentions: 0, articles: new Set() };
    nodes.set(node, pending);
  }
  pending.mentions += added.length;
  for (const e of added) pending.articles.add(e.article);
}

/**
 * Adds assertions to the graph in place: one node per actor, one edge per
 * (source, relation, target, negated), every assertion as evidence on its edge.
 * Evidence is deduplicated by (article, start, end) within its edge, so
 * re-adding an article changes nothing, and kept sorted (date, article,
 * offset), with conditions and speakers in code-unit order, so adding articles
 * one at a time gives the same attributes as adding them all at once, in any
 * order. Counts are updated from the new evidence only (see mergeIndex.ts), so
 * a batch of new articles costs time in proportion to its size, not to the
 * graph's; an edge or actor that gets evidence from an article merged before
 * is recounted from its own evidence. New actors start at (0, 0): placing
 * them is the layout's job (src/layout), as sizes and colours are src/appearance's.
 */
export function mergeAssertions(
  graph: DiploGraph,
  assertions: Iterable<Assertion>,
  options: MergeOptions = {},
): MergeReport {
  const report: MergeReport = { added: 0, duplicates: 0, nodesAdded: 0, edgesAdded: 0 };
  const known = knownArticles(graph);
  const share: SharedStrings = {
    article: stringPool(graph),
    date: stringPool(graph),
    speaker: stringPool(graph),
    condition: stringPool(graph),
  };
  const newArticles = new Set<string>();
  for (const id of options.articleIds ?? []) if (!known.has(id)) newArticles.add(share.article(id));
  // Label and kind each actor was last ensured with in this batch: repeats skip the graph lookups.
  const ensured = new Map<string, { label: string; kind: ActorKind | undefined }>();
  const ensure = (id: string, label: string, kind: ActorKind | undefined) => {
    const last = ensured.get(id);
    if (last && last.label === label && last.kind === kind) return;
    if (ensureNode(graph, id, label, kind, options)) report.nodesAdded++;
    if (last) {
      last.label = label;
      last.kind = kind;
    } else ensured.set(id, { label, kind });
  };
  /** Date of each new article as first seen in this batch. */
  const articleDates = new Map<string, string | null>();
  const pendingEdges = new Map<string, PendingEdge>();
  /** Actors with evidence from an article merged before: recounted from their edges. */
  const dirtyNodes = new Set<string>();

  for (const a of assertions) {
    ensure(a.source, a.sourceLabel, a.sourceKind);
    ensure(a.target, a.targetLabel, a.targetKind);
    const key = edgeKey(a.source, a.relation, a.target, a.negated);
    let pending = pendingEdges.get(key);
    if (!pending) {
      if (!graph.hasEdge(key)) {
        graph.addDirectedEdgeWithKey(key, a.source, a.target, emptyEdge(a.relation, a.negated));
        report.edgesAdded++;
      }
      pending = { key, source: a.source, target: a.target, added: [], exact: false };
      pendingEdges.set(key, pending);
    }
    const evidence = toEvidence(a, share);
    pending.added.push(evidence);
    if (known.has(evidence.article)) {
      pending.exact = true;
      dirtyNodes.add(a.source);
      dirtyNodes.add(a.target);
      continue;
    }
    newArticles.add(evidence.article);
    const date = articleDates.get(evidence.article);
    if (date === undefined) articleDates.set(evidence.article, evidence.date);
    else if (date !== evidence.date) pending.exact = true;
  }

  const pendingNodes = new Map<string, PendingNode>();
  for (const pending of pendingEdges.values()) {
    const edgeArticles = dedupe(graph, pending, report);
    report.added += pending.added.length;
    addEvidence(graph, pending.key, pending.added, edgeArticles);
    if (pending.added.length === 0) continue;
    if (!dirtyNodes.has(pending.source)) countMentions(pendingNodes, pending.source, pending.added);
    // A self-loop ("X condemns X") is one mention of X, not two.
    if (pending.target !== pending.source && !dirtyNodes.has(pending.target)) {
      countMentions(pendingNodes, pending.target, pending.added);
    }
  }
  for (const [node, { mentions, articles }] of pendingNodes) {
    const a = graph.getNodeAttributes(node);
    graph.mergeNodeAttributes(node, {
      mentions: a.mentions + mentions,
      articles: a.articles + articles.size,
    });
  }
  for (const node of dirtyNodes) recomputeNodeStats(graph, node);
  recordArticles(graph, newArticles);
  return report;
}
