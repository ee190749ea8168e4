/**
 * The relations diplograph extracts. The first four are the core relations of
 * ANNOTATION.md (scored); the rest are shown in the graph but not scored.
 */
export const CORE_RELATIONS = ["condemns", "supports", "rejects", "conditions_talks_on"] as const;

export const RELATIONS = [
  ...CORE_RELATIONS,
  "calls_on",
  "threatens",
  "sanctions",
  "attacks",
  "offers_talks",
  "meets",
  "allied_with",
  "proxy_of",
] as const;

export type Relation = (typeof RELATIONS)[number];
export type CoreRelation = (typeof CORE_RELATIONS)[number];

/** Human wording of each relation, as shown on edges and in legends. */
export const RELATION_LABELS: Record<Relation, string> = {
  condemns: "condemns",
  supports: "supports",
  rejects: "rejects",
  conditions_talks_on: "conditions talks on",
  calls_on: "calls on",
  threatens: "threatens",
  sanctions: "sanctions",
  attacks: "attacks",
  offers_talks: "offers talks to",
  meets: "meets",
  allied_with: "allied with",
  proxy_of: "proxy of",
};

const RELATION_SET: ReadonlySet<string> = new Set(RELATIONS);

export function isRelation(value: unknown): value is Relation {
  return typeof value === "string" && RELATION_SET.has(value);
}

export function isCoreRelation(value: Relation): value is CoreRelation {
  return (CORE_RELATIONS as readonly string[]).includes(value);
}

/**
 * The relation of an edge diplograph did not extract: an edge of a foreign
 * GEXF file ("Valjean - Javert", weight 17). It keeps its own label and
 * weight; the extractor never produces it.
 */
export const GENERIC_RELATION = "related";
export type GenericRelation = typeof GENERIC_RELATION;

/** What an edge of a graph can carry: an extracted relation or the generic one. */
export const EDGE_RELATIONS = [...RELATIONS, GENERIC_RELATION] as const;
export type EdgeRelation = (typeof EDGE_RELATIONS)[number];

export const EDGE_RELATION_LABELS: Record<EdgeRelation, string> = {
  ...RELATION_LABELS,
  related: "related to",
};

const EDGE_RELATION_SET: ReadonlySet<string> = new Set(EDGE_RELATIONS);

export function isEdgeRelation(value: unknown): value is EdgeRelation {
  return typeof value === "string" && EDGE_RELATION_SET.has(value);
}
