/**
 * Extraction over `--jobs N` worker threads. Articles are handed out as they
 * come and each result is a promise; callers keep them in input order (see
 * OrderedQueue), so the output is the same, byte for byte, as with one job.
 * With one job (or one article) the extractor runs on the calling thread and
 * no worker is started.
 */
import { Worker } from "node:worker_threads";
import { createExtractor, type Extractor } from "../extract/createExtractor.ts";
import type { ExtraActorsFile } from "../lexicon/extraActors.ts";
import type { Lexicon } from "../lexicon/types.ts";
import type { Article, Assertion } from "../model/assertion.ts";
import { cliLexicon } from "./builtinLexicon.ts";

export interface WorkerSetup {
  extra: ExtraActorsFile | undefined;
}

export interface ExtractRequest {
  id: number;
  article: Article;
}

export type ExtractReply =
  | { id: number; assertions: Assertion[] }
  | { id: number; error: { name: string; message: string; stack: string | undefined } };

export interface ArticleExtraction {
  extract(article: Article): Promise<Assertion[]>;
  /** Stops the threads (waiting for none of their work). */
  close(): Promise<void>;
}

/** The extractor on this thread, behind the same interface as the pool. */
export function extractInThread(lexicon: Lexicon): ArticleExtraction {
  const extractor = createExtractor(lexicon);
  return {
    extract: async (article) => extractor.extract(article),
    close: async () => undefined,
  };
}

/** `jobs` worker threads, each with its own extractor; articles go to the least busy one. */
export function extractInWorkers(jobs: number, extra: ExtraActorsFile | undefined): ArticleExtraction {
  const setup: WorkerSetup = { extra };
  const fromSource = import.meta.url.endsWith(".ts");
  const url = new URL(fromSource ? "./extractWorker.ts" : "./extractWorker.js", import.meta.url);
  const pending = new Map<number, { resolve: (a: Assertion[]) => void; reject: (e: Error) => void }>();
  const load = new Map<Worker, number>();
  let nextId = 0;
  let failure: Error | null = null;

  const fail = (error: Error) => {
    failure ??= error;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  for (let i = 0; i < jobs; i++) {
    // Run from the TypeScript sources (tests, `tsx`), a worker needs tsx's loader too.
    const worker = new Worker(url, { workerData: setup, execArgv: fromSource ? ["--import", "tsx"] : [] });
    load.set(worker, 0);
    worker.on("message", (reply: ExtractReply) => {
      load.set(worker, (load.get(worker) ?? 1) - 1);
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if (!waiting) return;
      if ("assertions" in reply) waiting.resolve(reply.assertions);
      else waiting.reject(rebuildError(reply.error));
    });
    worker.on("error", fail);
    worker.on("exit", (code) => {
      if (code !== 0) fail(new Error(`an extraction thread stopped (exit code ${code})`));
    });
  }

  return {
    extract(article) {
      if (failure) return Promise.reject(failure);
      let chosen: Worker | undefined;
      for (const [worker, busy] of load) if (!chosen || busy < (load.get(chosen) ?? 0)) chosen = worker;
      if (!chosen) return Promise.reject(new Error("no extraction thread"));
      const worker = chosen;
      const id = nextId++;
      load.set(worker, (load.get(worker) ?? 0) + 1);
      return new Promise<Assertion[]>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, article } satisfies ExtractRequest);
      });
    },
    async close() {
      await Promise.all([...load.keys()].map((worker) => worker.terminate()));
    },
  };
}

/** The worker's error with its name kept, so expected errors are still reported on one line. */
function rebuildError(error: { name: string; message: string; stack: string | undefined }): Error {
  const rebuilt = new Error(error.message);
  rebuilt.name = error.name;
  if (error.stack !== undefined) rebuilt.stack = error.stack;
  return rebuilt;
}

/** How many threads to start: no more than there are articles, none for a single one. */
export async function openExtraction(
  jobs: number,
  articleCount: number | undefined,
  extra: ExtraActorsFile | undefined,
): Promise<ArticleExtraction> {
  const threads = articleCount === undefined ? jobs : Math.min(jobs, articleCount);
  if (threads <= 1) return extractInThread(await cliLexicon(extra));
  // A bad --actors file is reported here, on one line, rather than as a thread's failure.
  if (extra !== undefined) await cliLexicon(extra);
  return extractInWorkers(threads, extra);
}

/**
 * Results in input order with at most `window` in flight: `push` returns the
 * items that are now complete at the head of the queue, `drain` the rest.
 */
export class OrderedQueue<T> {
  private readonly items: Array<Promise<T>> = [];

  constructor(private readonly window: number) {}

  async push(item: Promise<T> | T): Promise<T[]> {
    const promise = Promise.resolve(item);
    // A rejection is handled when its turn comes; until then it must not count as unhandled.
    promise.catch(() => undefined);
    this.items.push(promise);
    const ready: T[] = [];
    while (this.items.length > this.window) await this.takeHead(ready);
    return ready;
  }

  async drain(): Promise<T[]> {
    const ready: T[] = [];
    while (this.items.length > 0) await this.takeHead(ready);
    return ready;
  }

  private async takeHead(into: T[]): Promise<void> {
    const head = this.items.shift();
    if (head !== undefined) into.push(await head);
  }
}

/**
 * The extractor a Pipeline is given when extraction ran elsewhere (a worker
 * thread): it hands back the assertions set in `next`, once, so the pipeline
 * counts, filters and merges them as if it had extracted them itself.
 */
export class ExtractedElsewhere implements Extractor {
  next: Assertion[] = [];

  extract(): Assertion[] {
    const assertions = this.next;
    this.next = [];
    return assertions;
  }
}
