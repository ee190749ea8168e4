import lists from "./data/words.json" with { type: "json" };
import type { Token } from "./tokenize.ts";

type ListName = Exclude<keyof typeof lists, "_comment" | "descriptionHeads">;

/** A closed-class word list of src/extract/text/data/words.json, as a Set. */
export function wordSet(name: ListName): ReadonlySet<string> {
  return new Set(lists[name]);
}

/** Head nouns of descriptions ("the bloc", "the junta") and the kind of actor each describes. */
export function descriptionHeads(): ReadonlyMap<string, "organization" | "state" | "armed_group"> {
  const out = new Map<string, "organization" | "state" | "armed_group">();
  for (const kind of ["organization", "state", "armed_group"] as const)
    for (const word of lists.descriptionHeads[kind]) out.set(word, kind);
  return out;
}

/** Whether the tokens from `at` on are `words` (lower case), one token each. */
export function hasWordsAt(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[at + k]?.lower !== words[k]) return false;
  return true;
}
