/** Kinds of actor that hold positions (ANNOTATION.md, "Actors"). */
export const ACTOR_KINDS = ["state", "organization", "armed_group", "political_group"] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** An actor of the gazetteer: a state (ISO alpha-3 id) or an organisation/group (short code). */
export interface Actor {
  id: string;
  label: string;
  kind: ActorKind;
  /** Every surface form that names the actor itself: names, short forms, abbreviations. */
  aliases: string[];
  /** Adjectives and nouns of nationality: "Russian", "French", "Iranians". */
  demonyms: string[];
  /** Capitals, seats of power and ministries used as metonyms: "Moscow", "the Kremlin". */
  metonyms: string[];
}

/**
 * Kinds a graph node can have: the actor kinds, and "other" for a node of a
 * file diplograph did not write (a Gephi graph of characters, proteins...).
 */
export const NODE_KINDS = [...ACTOR_KINDS, "other"] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export function isActorKind(value: unknown): value is ActorKind {
  return typeof value === "string" && (ACTOR_KINDS as readonly string[]).includes(value);
}
