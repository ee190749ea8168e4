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
export function articleInputs(
  paths: readonly string[],
  options: ReadArticleFilesOptions,
): AsyncGenerator<ArticleFileEvent> {
  return inputsInOrder(paths, options, (path) => readArticleFiles([path], options));
}

/** An article file found (not read yet), an article read from standard input, or a skip or error. */
export type ArticleInput = ArticleFileListing | Extract<ArticleFileEvent, { type: "article" }>;

/**
 * Like articleInputs, but files are listed, not read: they are read by the
 * thread that extracts them (`extract --jobs`). Standard input is read here.
 */
export function listArticleInputs(
  paths: readonly string[],
  options: ReadArticleFilesOptions,
): AsyncGenerator<ArticleInput> {
  return inputsInOrder(paths, options, (path) => listArticleFiles([path]));
}

/** Each path in turn: "-" as NDJSON articles from standard input, any other through `files`. */
async function* inputsInOrder<T>(
  paths: readonly string[],
  options: ReadArticleFilesOptions,
  files: (path: string) => AsyncIterable<T>,
): AsyncGenerator<T | ArticleFileEvent> {
  for (const path of paths) {
    if (path === STDIN) yield* stdinArticles(options);
    else yield* files(path);
  }
}

function stdinArticles(options: ReadArticleFilesOptions): AsyncGenerator<ArticleFileEvent> {
  return readArticleLines(process.stdin, options.date === undefined ? {} : { date: options.date });
}
