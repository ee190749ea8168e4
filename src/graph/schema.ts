import type { default as Graph } from "graphology-types";
import type { NodeKind } from "../model/actor.ts";
import type { EdgeRelation } from "../model/relations.ts";

/** One piece of evidence behind an edge: the sentence and where it came from. */
export interface Evidence {
  article: string;
  date: string | null;
  sentence: string;
  start: number;
  end: number;
  speaker?: string;
  condition?: string;
  confidence: number;
}

/**
 * Attributes of a foreign file that diplograph has no field for (a Gephi
 * graph's "modularity_class", a viz:color), kept as read and shown in the
 * details panel; written back on GEXF export.
 */
export type ExtraAttributes = Record<string, string | number | boolean>;

export interface NodeAttributes {
  label: string;
  /** "other" for a node of a foreign file. */
  kind: NodeKind;
  /** Assertions the actor takes part in, as source or target. */
  mentions: number;
  /** Distinct articles the actor appears in. */
  articles: number;
  x: number;
  y: number;
  extra?: ExtraAttributes;
}

export interface EdgeAttributes {
  /** GENERIC_RELATION ("related") for an edge of a foreign file. */
  relation: EdgeRelation;
  /** Human wording: "conditions talks on". */
  label: string;
  negated: boolean;
  /** Number of evidence sentences (mentions). */
  weight: number;
  /** Distinct articles. */
  articles: number;
  firstSeen: string | null;
  lastSeen: string | null;
  conditions: string[];
  speakers: string[];
  evidence: Evidence[];
  extra?: ExtraAttributes;
}

export interface GraphAttributes {
  name?: string;
  /** Ids of the articles merged into the graph, so re-adding one is a no-op. */
  articleIds: string[];
}

/**
 * Multi-graph: parallel edges with different relations between the same pair
 * are kept. What diplograph builds is directed (createGraph); a file it
 * reads keeps its own type, so an undirected or mixed Gephi graph stays so.
 * Size and colour are not attributes: see src/appearance.
 */
export type DiploGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Stable edge key: "USA>condemns>RUS", negated edges "USA>!condemns>RUS". */
export function edgeKey(source: string, relation: EdgeRelation, target: string, negated: boolean): string {
  return `${source}>${negated ? "!" : ""}${relation}>${target}`;
}
