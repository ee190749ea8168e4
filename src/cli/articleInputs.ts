import {
  type ArticleFileEvent,
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
      yield* readArticleLines(process.stdin, options.date === undefined ? {} : { date: options.date });
    } else {
      yield* readArticleFiles([path], options);
    }
  }
}
