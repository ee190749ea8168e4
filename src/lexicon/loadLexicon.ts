// PLACEHOLDER (being written by the lexicon engineer): signature only.
import type { Lexicon } from "./types.ts";

/** User-supplied actors and aliases (the --actors file); format documented in README. */
export interface ExtraActorsFile {
  actors?: unknown[];
  aliases?: Record<string, string[]>;
}

/** Loads the built-in gazetteer, merged with the user's extra actors when given. */
export function loadLexicon(_extra?: ExtraActorsFile): Lexicon {
  return { actors: [], people: [], roleWords: {}, nonActors: [] };
}
