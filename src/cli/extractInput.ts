import type { Extractor } from "../extract/createExtractor.ts";
import {
  type ArticleFileEvent,
  type ReadArticleFilesOptions,
  readArticleFile,
} from "../io/readArticleFiles.ts";
import type { Article, Assertion } from "../model/assertion.ts";
import type { SentenceExplanation } from "../model/explanation.ts";
import { ndjsonLines } from "./ndjsonLines.ts";

/** What is extracted: an article file, read by the thread that extracts it, or an article read already (stdin). */
export type ExtractInput = { path: string } | { article: Article };

/** What became of an input: an article (its text left behind on the thread that read it), or why not. */
export type ExtractOutcome =
  | { type: "article"; path: string }
  | Exclude<ArticleFileEvent, { type: "article" }>;

/** One input's result: `assertions` for `build` (it merges them), their NDJSON text for `extract`. */
export interface Extracted {
  outcome: ExtractOutcome;
  /** How many assertions the article gave. */
  count: number;
  assertions?: Assertion[];
  /** UTF-8 bytes when it came from a worker thread (one transferred buffer for a batch). */
  ndjson?: string | Uint8Array;
}

export interface ExtractInputOptions {
  /** "ndjson": the assertions as text, made where they were extracted, so only a string crosses threads. */
  output: "ndjson" | "assertions";
  read: ReadArticleFilesOptions;
}

/**
 * One input through reading (for a path) and the extractor, the same on the
 * main thread (--jobs 1) and on a worker thread.
 */
export function extractInput(
  extractor: Extractor,
  input: ExtractInput,
  options: ExtractInputOptions,
  explain?: (e: SentenceExplanation) => void,
): Extracted {
  let article: Article;
  let path = "";
  if ("path" in input) {
    const event = readArticleFile(input.path, options.read);
    if (event.type !== "article") return { outcome: event, count: 0 };
    ({ article, path } = event);
  } else {
    article = input.article;
  }
  // The caller counts and (for build) filters by date; here the article is only extracted.
  const assertions = extractor.extract(article, explain);
  const outcome: ExtractOutcome = { type: "article", path };
  return options.output === "ndjson"
    ? { outcome, count: assertions.length, ndjson: ndjsonLines(assertions) }
    : { outcome, count: assertions.length, assertions };
}
