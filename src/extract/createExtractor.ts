// PLACEHOLDER (being written by the extraction engineer): signature only.
import type { Lexicon } from "../lexicon/types.ts";
import type { Article, Assertion } from "../model/assertion.ts";

export interface Extractor {
  /** Every assertion the article states, in text order. Pure: no I/O. */
  extract(article: Article): Assertion[];
}

/** Builds the matchers for a lexicon once; the extractor is then reused for many articles. */
export function createExtractor(_lexicon: Lexicon): Extractor {
  return { extract: () => [] };
}
