/**
 * Word classes: the word lists that rules test on every token ("a speech verb?",
 * "may a reference start here?"), as bits of one number that each token carries.
 * tokenize looks a word up once; a rule then tests a bit instead of probing its
 * own list. Each pass over a sentence probed a list for every token, and those
 * probes together cost more than the tests that follow a hit.
 *
 * A class is made when its module loads (or, for a dictionary's words, when the
 * dictionary is built), before any text is read. A bit says the word may be in
 * the list: rules whose list belongs to one dictionary or cue lexicon still look
 * the word up there, but only for the few words whose bit is set.
 */
const classesByWord = new Map<string, number>();
let nextBit = 1;

/** A new class holding `words` (in lower case, as tokens' `lower`); returns its bit. */
export function wordClass(words: Iterable<string>): number {
  // Bits stay within a small integer, so a token's classes are never a heap number.
  if (nextBit > 1 << 29) throw new Error("too many word classes");
  const bit = nextBit;
  nextBit <<= 1;
  addToWordClass(bit, words);
  return bit;
}

/** Adds words to a class made by wordClass. */
export function addToWordClass(bit: number, words: Iterable<string>): void {
  for (const word of words) classesByWord.set(word, (classesByWord.get(word) ?? 0) | bit);
}

/** The classes of a word in lower case: 0 for most words. */
export function classesOf(lower: string): number {
  return classesByWord.get(lower) ?? 0;
}
