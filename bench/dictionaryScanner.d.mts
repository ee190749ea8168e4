import type { Lexicon } from "../src/lexicon/types.ts";

/** Returns `scan(text)`: how many lexicon names the text contains. */
export function createScanner(lexicon: Lexicon): (text: string) => number;
