// The reference work of the extraction benchmarks: every word of a text looked up in one Map of the
// lexicon's names (keyed by their first word, longer names checked on a hit). Plain JavaScript, so
// that bench/dictionaryScan.mjs runs it without a TypeScript loader.
const WORD_RE = /[\p{L}\p{N}]+/gu;

/** Returns `scan(text)`: how many lexicon names the text contains. */
export function createScanner(lexicon) {
  const byFirst = new Map();
  const add = (name) => {
    const [first, ...rest] = name.match(WORD_RE) ?? [];
    if (first) byFirst.set(first, [...(byFirst.get(first) ?? []), rest]);
  };
  for (const actor of lexicon.actors) {
    for (const name of [actor.label, ...actor.aliases, ...actor.metonyms]) add(name);
  }
  for (const person of lexicon.people) for (const name of [person.name, ...person.aliases]) add(name);

  return (text) => {
    const words = text.match(WORD_RE) ?? [];
    let hits = 0;
    for (let i = 0; i < words.length; i++) {
      const rests = byFirst.get(words[i]);
      if (!rests) continue;
      if (rests.some((rest) => rest.every((word, k) => words[i + 1 + k] === word))) hits++;
    }
    return hits;
  };
}
