/**
 * The worker threads of `--jobs N`. Inputs are sent in batches (one message
 * for up to BATCH of them: a message costs more than reading a short article),
 * each batch to the thread with the fewest inputs in hand; a batch leaves when
 * full or once the caller has queued what it has (setImmediate).
 */
import { Worker } from "node:worker_threads";
import type { ExtraActorsFile } from "../lexicon/extraActors.ts";
import type { ArticleExtraction } from "./articleExtraction.ts";
import type { Extracted, ExtractInput, ExtractInputOptions } from "./extractInput.ts";

/** Inputs per message at most. */
const BATCH = 16;

export interface WorkerSetup {
  extra: ExtraActorsFile | undefined;
  options: ExtractInputOptions;
}

export interface ExtractRequest {
  id: number;
  inputs: ExtractInput[];
}

export interface ThreadError {
  name: string;
  message: string;
  stack: string | undefined;
}

/**
 * One result per input, in order: what it gave, or the error extracting it
 * threw. NDJSON results come as `ndjsonBytes` bytes of the batch's `ndjson`
 * (UTF-8, moved from the worker rather than copied), in input order.
 */
export interface ExtractReply {
  id: number;
  results: Array<(Extracted & { ndjsonBytes?: number }) | { error: ThreadError }>;
  ndjson: Uint8Array;
}

interface Waiting {
  resolve: (result: Extracted) => void;
  reject: (error: Error) => void;
}

/** `jobs` worker threads, each with its own extractor. */
export function extractInWorkers(jobs: number, setup: WorkerSetup): ArticleExtraction {
  const threads = startThreads(jobs, setup, (worker, reply) => {
    const batch = inFlight.get(reply.id);
    inFlight.delete(reply.id);
    load.set(worker, (load.get(worker) ?? 0) - (batch?.length ?? 0));
    const texts = splitNdjson(reply);
    reply.results.forEach((result, i) => {
      const waiting = batch?.[i];
      if (!waiting) return;
      if ("error" in result) waiting.reject(rebuildError(result.error));
      else waiting.resolve({ ...result, ...(texts[i] === undefined ? {} : { ndjson: texts[i] }) });
    });
  });
  const load = new Map<Worker, number>(threads.workers.map((worker) => [worker, 0]));
  const inFlight = new Map<number, Waiting[]>();
  let inputs: ExtractInput[] = [];
  let waiting: Waiting[] = [];
  let nextId = 0;
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    if (inputs.length === 0) return;
    let chosen: Worker | undefined;
    for (const [worker, busy] of load) if (!chosen || busy < (load.get(chosen) ?? 0)) chosen = worker;
    if (!chosen) return;
    const id = nextId++;
    inFlight.set(id, waiting);
    load.set(chosen, (load.get(chosen) ?? 0) + inputs.length);
    chosen.postMessage({ id, inputs } satisfies ExtractRequest);
    inputs = [];
    waiting = [];
  };
  threads.onFailure((error) => {
    for (const batch of [...inFlight.values(), waiting]) for (const w of batch) w.reject(error);
    inFlight.clear();
    inputs = [];
    waiting = [];
  });

  return {
    extract(input) {
      const failure = threads.failure();
      if (failure) return Promise.reject(failure);
      return new Promise<Extracted>((resolve, reject) => {
        inputs.push(input);
        waiting.push({ resolve, reject });
        if (inputs.length >= BATCH) flush();
        else if (!scheduled) {
          scheduled = true;
          setImmediate(flush);
        }
      });
    },
    async close() {
      await Promise.all(threads.workers.map((worker) => worker.terminate()));
    },
  };
}

interface Threads {
  workers: Worker[];
  failure(): Error | null;
  onFailure(listener: (error: Error) => void): void;
}

/** Starts the threads; the first thread that fails fails the pool. */
function startThreads(
  jobs: number,
  setup: WorkerSetup,
  onReply: (w: Worker, r: ExtractReply) => void,
): Threads {
  const fromSource = import.meta.url.endsWith(".ts");
  const url = new URL(fromSource ? "./extractWorker.ts" : "./extractWorker.js", import.meta.url);
  let failure: Error | null = null;
  let listener: (error: Error) => void = () => undefined;
  const fail = (error: Error) => {
    if (failure) return;
    failure = error;
    listener(error);
  };
  const workers: Worker[] = [];
  for (let i = 0; i < jobs; i++) {
    // Run from the TypeScript sources (tests, `tsx`), a worker needs tsx's loader too.
    const worker = new Worker(url, { workerData: setup, execArgv: fromSource ? ["--import", "tsx"] : [] });
    worker.on("message", (reply: ExtractReply) => onReply(worker, reply));
    worker.on("error", fail);
    worker.on("exit", (code) => {
      if (code !== 0) fail(new Error(`an extraction thread stopped (exit code ${code})`));
    });
    workers.push(worker);
  }
  return {
    workers,
    failure: () => failure,
    onFailure: (l) => {
      listener = l;
    },
  };
}

/** Each result's NDJSON bytes, a view of the batch's buffer (the output writes bytes as they are). */
function splitNdjson(reply: ExtractReply): Array<Uint8Array | undefined> {
  let at = 0;
  return reply.results.map((result) => {
    if ("error" in result || result.ndjsonBytes === undefined) return undefined;
    const piece = reply.ndjson.subarray(at, at + result.ndjsonBytes);
    at += result.ndjsonBytes;
    return piece;
  });
}

/** The worker's error with its name kept, so expected errors are still reported on one line. */
function rebuildError(error: ThreadError): Error {
  const rebuilt = new Error(error.message);
  rebuilt.name = error.name;
  if (error.stack !== undefined) rebuilt.stack = error.stack;
  return rebuilt;
}
