import type { DiploGraph, Evidence } from "./schema.ts";

/**
 * What mergeAssertions needs to add evidence in time proportional to the new
 * evidence, not to the whole graph: per edge the ids of its evidence (for
 * dedupe) and its articles; per node its articles with evidence counts. Kept
 * beside the graph (never in it: the JSON stays lean) and checked against the
 * graph before use, so an index left stale by outside edits is rebuilt.
 */
export interface EdgeIndex {
  /** The evidence array the index was built from; a replaced array invalidates it. */
  evidence: Evidence[];
  ids: Set<string>;
  articles: Set<string>;
}

export interface NodeIndex {
  mentions: number;
  /** Article -> evidence sentences of this node's edges from it. */
  articles: Map<string, number>;
}

interface GraphIndex {
  edges: Map<string, EdgeIndex>;
  nodes: Map<string, NodeIndex>;
}

const indexes = new WeakMap<DiploGraph, GraphIndex>();

/** Dedupe key of one piece of evidence inside its edge (the edge key holds the triple and negation). */
export function evidenceId(e: Pick<Evidence, "article" | "start" | "end">): string {
  return `${e.article}\u0000${e.start}\u0000${e.end}`;
}

function graphIndex(graph: DiploGraph): GraphIndex {
  let index = indexes.get(graph);
  if (!index) {
    index = { edges: new Map(), nodes: new Map() };
    indexes.set(graph, index);
  }
  return index;
}

export function edgeIndex(graph: DiploGraph, key: string): EdgeIndex {
  const index = graphIndex(graph);
  const evidence = graph.getEdgeAttribute(key, "evidence");
  const cached = index.edges.get(key);
  if (cached && cached.evidence === evidence && cached.ids.size === evidence.length) return cached;
  const fresh: EdgeIndex = {
    evidence,
    ids: new Set(evidence.map(evidenceId)),
    articles: new Set(evidence.map((e) => e.article)),
  };
  index.edges.set(key, fresh);
  return fresh;
}

export function nodeIndex(graph: DiploGraph, node: string): NodeIndex {
  const index = graphIndex(graph);
  const attributes = graph.getNodeAttributes(node);
  const cached = index.nodes.get(node);
  if (cached && cached.mentions === attributes.mentions && cached.articles.size === attributes.articles) {
    return cached;
  }
  const fresh: NodeIndex = { mentions: 0, articles: new Map() };
  graph.forEachEdge(node, (_edge, a) => {
    fresh.mentions += a.evidence.length;
    for (const e of a.evidence) fresh.articles.set(e.article, (fresh.articles.get(e.article) ?? 0) + 1);
  });
  index.nodes.set(node, fresh);
  return fresh;
}
