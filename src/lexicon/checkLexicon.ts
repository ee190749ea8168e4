import { LexiconError } from "./LexiconError.ts";
import type { Lexicon } from "./types.ts";

/**
 * Cross-file checks that single-file readers cannot make: unique ids, people and
 * terms pointing at known actors, one actor per surface form, no outlet as an alias.
 * `file` names where the data came from, for the one-line error.
 */
export function checkLexicon(lexicon: Lexicon, file: string): void {
  const ids = new Set<string>();
  for (const actor of lexicon.actors) {
    if (ids.has(actor.id)) throw new LexiconError(file, `duplicate actor id: ${actor.id}`);
    ids.add(actor.id);
  }

  const owner = new Map<string, string>();
  const nonActors = new Set(lexicon.nonActors);
  for (const actor of lexicon.actors) {
    for (const form of [...actor.aliases, ...actor.demonyms, ...actor.metonyms]) {
      if (nonActors.has(form))
        throw new LexiconError(file, `${actor.id}: "${form}" is a news outlet, not an actor name`);
      const previous = owner.get(form);
      if (previous !== undefined && previous !== actor.id) {
        throw new LexiconError(file, `"${form}" names both ${previous} and ${actor.id}`);
      }
      owner.set(form, actor.id);
    }
  }

  for (const person of lexicon.people) {
    if (!ids.has(person.actor)) throw new LexiconError(file, `${person.name}: unknown actor ${person.actor}`);
    for (const term of person.terms) {
      if (!ids.has(term.actor))
        throw new LexiconError(file, `${person.name}: term for unknown actor ${term.actor}`);
      if (term.to !== null && term.to < term.from) {
        throw new LexiconError(
          file,
          `${person.name}: term ends (${term.to}) before it starts (${term.from})`,
        );
      }
    }
  }
}
