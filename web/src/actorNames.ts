import type { Lexicon } from "../../src/lexicon/types.ts";

/**
 * Every surface form that can name an actor in a sentence: its label, aliases,
 * metonyms ("the Kremlin"), demonyms ("Russian") and the people who speak for
 * it ("Peskov"). Used to mark actors in evidence and to search by alias.
 * Empty until `load` receives the lexicon, which is fetched after the first
 * render so it does not delay the graph.
 */
export interface ActorNames {
  load(lexicon: Lexicon): void;
  /** Aliases for search (names and abbreviations only). */
  aliasesOf(id: string): string[];
  /** All forms to highlight in evidence. */
  surfaceFormsOf(id: string, label: string): string[];
}

export function createActorNames(): ActorNames {
  const aliases = new Map<string, string[]>();
  const forms = new Map<string, string[]>();
  return {
    load(lexicon) {
      for (const actor of lexicon.actors) {
        aliases.set(actor.id, [...actor.aliases]);
        forms.set(actor.id, [actor.label, ...actor.aliases, ...actor.metonyms, ...actor.demonyms]);
      }
      for (const person of lexicon.people) {
        const actorIds = new Set([person.actor, ...person.terms.map((t) => t.actor)]);
        const names = [person.name, ...person.aliases];
        // Last names alone ("Peskov", "Biden") are how news usually refers to people.
        const last = person.name.split(/\s+/).at(-1);
        if (last) names.push(last);
        for (const id of actorIds) {
          const list = forms.get(id) ?? [];
          list.push(...names);
          forms.set(id, list);
        }
      }
    },
    aliasesOf: (id) => aliases.get(id) ?? [],
    surfaceFormsOf: (id, label) => [label, ...(forms.get(id) ?? [])],
  };
}
