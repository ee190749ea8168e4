import Graph from "graphology";
import type {
  DiploGraph,
  EdgeAttributes,
  GraphAttributes,
  NodeAttributes,
} from "../../../src/graph/schema.ts";
import { checkGraphFileSize, graphFileKind } from "../../../src/read/limits.ts";
import type { OpenPhase, OpenRequest, OpenResponse } from "./protocol.ts";

export { graphFileKind };

/** A file the user opened that is not a graph we can show; the message names the file. */
export class OpenFileError extends Error {
  override name = "OpenFileError";
}

/** The user pressed Cancel while a file was opening. */
export class OpenCancelledError extends Error {
  override name = "OpenCancelledError";
}

export interface OpenedGraph {
  graph: DiploGraph;
  warnings: string[];
  laidOut: number;
}

export interface OpeningGraph {
  result: Promise<OpenedGraph>;
  cancel(): void;
}

/** Refuses by size before a byte is read, with the file's name (the reader's limit). */
export function checkFileSize(name: string, size: number): void {
  try {
    checkGraphFileSize(size);
  } catch (error) {
    throw new OpenFileError(`${name}: ${error instanceof Error ? error.message : String(error)}.`);
  }
}

/**
 * Opens a graph file or URL in graphWorker.ts (parsing and starting layout
 * off the page's thread). `progress` gets each phase; `cancel` terminates
 * the worker, and the result rejects with OpenCancelledError.
 */
export function openGraph(
  request: OpenRequest,
  progress: (phase: OpenPhase, done: number, total: number) => void,
): OpeningGraph {
  const worker = new Worker(new URL("./graphWorker.ts", import.meta.url), { type: "module" });
  let rejectResult: (error: Error) => void = () => {};
  const result = new Promise<OpenedGraph>((resolve, reject) => {
    rejectResult = reject;
    worker.onmessage = (event: MessageEvent<OpenResponse>) => {
      const message = event.data;
      if (message.type === "progress") return progress(message.phase, message.done, message.total);
      worker.terminate();
      if (message.type === "error") return reject(new OpenFileError(message.message));
      const graph: DiploGraph = Graph.from<NodeAttributes, EdgeAttributes, GraphAttributes>(message.graph);
      resolve({ graph, warnings: message.warnings, laidOut: message.laidOut });
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new OpenFileError(`${request.name}: could not open (${event.message}).`));
    };
  });
  worker.postMessage(request);
  return {
    result,
    cancel() {
      worker.terminate();
      rejectResult(new OpenCancelledError(`Cancelled opening ${request.name}.`));
    },
  };
}

/** Opens a dropped or chosen .gexf/.json file; its size is checked before a byte is read. */
export function openGraphFile(
  file: File,
  progress: (phase: OpenPhase, done: number, total: number) => void,
): OpeningGraph {
  if (!graphFileKind(file.name)) {
    throw new OpenFileError(`${file.name}: unsupported file type (open .gexf, .json or .txt).`);
  }
  checkFileSize(file.name, file.size);
  return openGraph({ name: file.name, source: { file } }, progress);
}
