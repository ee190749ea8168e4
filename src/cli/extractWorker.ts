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

port.on("message", (request: ExtractRequest) => {
  const results: ExtractReply["results"] = request.inputs.map((input) => {
    try {
      return extractInput(extractor, input, setup.options);
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      return { error: { name: failure.name, message: failure.message, stack: failure.stack } };
    }
  });
  port.postMessage({ id: request.id, results } satisfies ExtractReply);
});
