import type { Lexicon, Person } from "./types.ts";

/** How a surface form names an actor. */
export type SurfaceKind = "alias" | "demonym" | "metonym" | "person";

export interface SurfaceHit {
  actor: string;
  kind: SurfaceKind;
  /** Set when kind is "person": "Peskov" -> Dmitry Peskov. */
  person?: Person;
}

const indexes = new WeakMap<Lexicon, Map<string, SurfaceHit[]>>();

/**
 * Every surface form of the lexicon, case-sensitive ("China" the state, not "china"),
 * mapped to what it names. Built once per lexicon object.
 */
export function surfaceIndex(lexicon: Lexicon): Map<string, SurfaceHit[]> {
  const cached = indexes.get(lexicon);
  if (cached) return cached;
  const index = new Map<string, SurfaceHit[]>();
  const add = (form: string, hit: SurfaceHit) => {
    const hits = index.get(form) ?? [];
    hits.push(hit);
    index.set(form, hits);
  };
  for (const actor of lexicon.actors) {
    add(actor.label, { actor: actor.id, kind: "alias" });
    for (const form of actor.aliases) add(form, { actor: actor.id, kind: "alias" });
    for (const form of actor.demonyms) add(form, { actor: actor.id, kind: "demonym" });
    for (const form of actor.metonyms) add(form, { actor: actor.id, kind: "metonym" });
  }
  for (const person of lexicon.people) {
    for (const form of [person.name, ...person.aliases])
      add(form, { actor: person.actor, kind: "person", person });
  }
  indexes.set(lexicon, index);
  return index;
}

/** Actor ids a surface form names ("the Kremlin" -> ["RUS"]); people count for their actor. */
export function actorsNamed(lexicon: Lexicon, text: string): string[] {
  const hits = surfaceIndex(lexicon).get(text) ?? [];
  return [...new Set(hits.map((hit) => hit.actor))];
}
