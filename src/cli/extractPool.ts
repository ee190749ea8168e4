/**
 * Extraction over `--jobs N` worker threads. Inputs are handed out as they
 * come and each result is a promise; callers keep them in input order (see
 * OrderedQueue), so the output is the same, byte for byte, as with one job.
 * With one job (or one article) the extractor runs on the calling thread and
 * no worker is started.
 */
import { createExtractor } from "../extract/createExtractor.ts";
import type { ExtraActorsFile } from "../lexicon/extraActors.ts";
import type { Lexicon } from "../lexicon/types.ts";
import type { ArticleExtraction } from "./articleExtraction.ts";
import { cliLexicon } from "./builtinLexicon.ts";
import { type ExtractInputOptions, extractInput } from "./extractInput.ts";
import { extractInWorkers } from "./extractWorkers.ts";
import { DEFAULT_JOBS } from "./specs.ts";

/**
 * Input per thread that the default --jobs asks for. Each thread warms its JIT
 * up on its own: on copies of the dev articles a second thread was slower than
 * one at 1.2 and 4.3 MB, as fast at 8.6 MB and 1.3x faster at 20 MB (README,
 * Performance).
 */
const BYTES_PER_THREAD = 6 * 1024 * 1024;

/** Threads when --jobs is not given: one per core, fewer for a small input (`inputBytes`, unknown on stdin). */
export function defaultJobs(inputBytes: number | undefined): number {
  if (inputBytes === undefined) return DEFAULT_JOBS;
  return Math.max(1, Math.min(DEFAULT_JOBS, Math.floor(inputBytes / BYTES_PER_THREAD)));
}

/** The extractor on this thread, behind the same interface as the pool. */
export function extractInThread(lexicon: Lexicon, options: ExtractInputOptions): ArticleExtraction {
  const extractor = createExtractor(lexicon);
  return {
    extract: async (input) => extractInput(extractor, input, options),
    close: async () => undefined,
  };
}

/** How many threads to start: no more than there are articles, none for a single one. */
export async function openExtraction(
  jobs: number,
  articleCount: number | undefined,
  extra: ExtraActorsFile | undefined,
  options: ExtractInputOptions,
): Promise<ArticleExtraction> {
  const threads = articleCount === undefined ? jobs : Math.min(jobs, articleCount);
  if (threads <= 1) return extractInThread(await cliLexicon(extra), options);
  // A bad --actors file is reported here, on one line, rather than as a thread's failure.
  if (extra !== undefined) await cliLexicon(extra);
  return extractInWorkers(threads, { extra, options });
}
