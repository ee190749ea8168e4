import type { MultiDirectedGraph } from "graphology";
import type { ActorKind } from "../model/actor.ts";
import type { Relation } from "../model/relations.ts";

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

export interface NodeAttributes {
  label: string;
  kind: ActorKind;
  /** Assertions the actor takes part in, as source or target. */
  mentions: number;
  /** Distinct articles the actor appears in. */
  articles: number;
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface EdgeAttributes {
  relation: Relation;
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
  size: number;
  color: string;
}

export interface GraphAttributes {
  name?: string;
  /** Ids of the articles merged into the graph, so re-adding one is a no-op. */
  articleIds: string[];
}

/** Multi-graph: parallel edges with different relations between the same pair are kept. */
export type DiploGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Stable edge key: "USA>condemns>RUS", negated edges "USA>!condemns>RUS". */
export function edgeKey(source: string, relation: Relation, target: string, negated: boolean): string {
  return `${source}>${negated ? "!" : ""}${relation}>${target}`;
}
