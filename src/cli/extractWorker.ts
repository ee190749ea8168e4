/**
 * One extraction thread of `--jobs N`: builds the extractor once (the built-in
 * lexicon plus the run's --actors), then answers each batch of inputs it is
 * sent with their results, reading the article files itself. Started by
 * extractWorkers.ts; never run directly.
 */
import { parentPort, workerData } from "node:worker_threads";
import { createExtractor } from "../extract/createExtractor.ts";
import { cliLexicon } from "./builtinLexicon.ts";
import { extractInput } from "./extractInput.ts";
import type { ExtractReply, ExtractRequest, WorkerSetup } from "./extractWorkers.ts";

const port = parentPort;
if (port === null) throw new Error("extractWorker runs as a worker thread of extractWorkers.ts");
const setup: WorkerSetup = workerData;
const extractor = createExtractor(await cliLexicon(setup.extra));
const encoder = new TextEncoder();

port.on("message", (request: ExtractRequest) => {
  const texts: string[] = [];
  const results: ExtractReply["results"] = request.inputs.map((input) => {
    try {
      const { ndjson, ...result } = extractInput(extractor, input, setup.options);
      if (typeof ndjson !== "string") return result;
      texts.push(ndjson);
      return { ...result, ndjsonBytes: Buffer.byteLength(ndjson) };
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      return { error: { name: failure.name, message: failure.message, stack: failure.stack } };
    }
  });
  // The batch's NDJSON as one string, moved (not copied) to the main thread as UTF-8 bytes.
  const ndjson = encoder.encode(texts.join(""));
  port.postMessage({ id: request.id, results, ndjson } satisfies ExtractReply, [ndjson.buffer]);
});
