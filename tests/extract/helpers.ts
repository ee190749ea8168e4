import { createExtractor } from "../../src/extract/createExtractor.ts";
import { parseArticle } from "../../src/ingest/parseArticle.ts";
import { loadLexicon } from "../../src/lexicon/loadLexicon.ts";
import type { Assertion } from "../../src/model/assertion.ts";

// One extractor for all tests: building the lexicon index is the slow part.
export const extractor = createExtractor(loadLexicon());

/** Every assertion of `body`, read as a text article; `date` goes in front matter. */
export function extractText(body: string, date?: string): Assertion[] {
  const text = date === undefined ? body : `---\ndate: ${date}\n---\n${body}`;
  return extractor.extract(parseArticle("test", text, { format: "text" }));
}

/** "SRC relation TGT" for each assertion, "!" marking negated ones, sorted and deduplicated. */
export function triples(body: string, date?: string): string[] {
  return [...new Set(extractText(body, date).map(tripleOf))].sort();
}

const CORE = new Set(["condemns", "supports", "rejects", "conditions_talks_on"]);

/** Like `triples`, restricted to the four scored relations. */
export function coreTriples(body: string, date?: string): string[] {
  return [
    ...new Set(
      extractText(body, date)
        .filter((a) => CORE.has(a.relation))
        .map(tripleOf),
    ),
  ].sort();
}

export function tripleOf(a: Assertion): string {
  return `${a.negated ? "!" : ""}${a.source} ${a.relation} ${a.target}`;
}
