import {
  type ArticleFileEvent,
  type ArticleFileListing,
  listArticleFiles,
  type ReadArticleFilesOptions,
  readArticleFiles,
} from "../io/readArticleFiles.ts";
import { readArticleLines } from "../io/readArticleLines.ts";

/** "-" on the command line: standard input (NDJSON articles for extract, assertions for build). */
export const STDIN = "-";

/** Every article of the inputs in command-line order; "-" reads NDJSON articles from standard input. */
export async function* articleInputs(
  paths: readonly string[],
  options: ReadArticleFilesOptions,
): AsyncGenerator<ArticleFileEvent> {
  for (const path of paths) {
    if (path === STDIN) {
      yield* stdinArticles(options);
    } else {
      yield* readArticleFiles([path], options);
    }
  }
}

/** An article file found (not read yet), an article read from standard input, or a skip or error. */
export type ArticleInput = ArticleFileListing | Extract<ArticleFileEvent, { type: "article" }>;

/**
 * Like articleInputs, but files are listed, not read: they are read by the
 * thread that extracts them (`extract --jobs`). Standard input is read here.
 */
export async function* listArticleInputs(
  paths: readonly string[],
  options: ReadArticleFilesOptions,
): AsyncGenerator<ArticleInput> {
  for (const path of paths) {
    if (path === STDIN) {
      yield* stdinArticles(options);
    } else {
      yield* listArticleFiles([path]);
    }
  }
}

function stdinArticles(options: ReadArticleFilesOptions): AsyncGenerator<ArticleFileEvent> {
  return readArticleLines(process.stdin, options.date === undefined ? {} : { date: options.date });
}
