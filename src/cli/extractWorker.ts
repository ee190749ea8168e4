/**
 * One extraction thread of `--jobs N`: builds the extractor once (the built-in
 * lexicon plus the run's --actors), then answers each article it is sent with
 * its assertions. Started by ExtractPool; never run directly.
 */
import { parentPort, workerData } from "node:worker_threads";
import { createExtractor } from "../extract/createExtractor.ts";
import { cliLexicon } from "./builtinLexicon.ts";
import type { ExtractReply, ExtractRequest, WorkerSetup } from "./extractPool.ts";

const port = parentPort;
if (port === null) throw new Error("extractWorker runs as a worker thread of ExtractPool");
const setup: WorkerSetup = workerData;
const extractor = createExtractor(await cliLexicon(setup.extra));

port.on("message", (request: ExtractRequest) => {
  let reply: ExtractReply;
  try {
    reply = { id: request.id, assertions: extractor.extract(request.article) };
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    reply = { id: request.id, error: { name: failure.name, message: failure.message, stack: failure.stack } };
  }
  port.postMessage(reply);
});
