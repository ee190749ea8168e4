/// <reference lib="webworker" />
import type { DiploGraph } from "../../../src/graph/schema.ts";
import { startingLayout } from "../../../src/layout/startingLayout.ts";
import { describeError, GraphFormatError } from "../../../src/read/errors.ts";
import { checkExplorerGraphSize, countGexfElements } from "../../../src/read/limits.ts";
import { checkGraphFileSize, graphFileKind, readGraphText } from "../../../src/read/readGraphText.ts";
import type { OpenRequest, OpenResponse } from "./protocol.ts";

/**
 * Opens a graph file off the page's thread: read, parse (src/read, the
 * CLI's reader), and lay out a graph that came without positions, reporting
 * progress; the page stays responsive and can terminate the worker (Cancel).
 */

/** A first picture matters more than a converged one: the Start layout button continues from here. */
const STARTING_LAYOUT_BUDGET_MS = 3000;

const post = (message: OpenResponse) => postMessage(message);

async function readText(request: OpenRequest): Promise<string> {
  post({ type: "progress", phase: "reading", done: 0, total: 1 });
  if ("file" in request.source) {
    checkGraphFileSize(request.source.file.size);
    return request.source.file.text();
  }
  const response = await fetch(request.source.url);
  if (!response.ok) throw new GraphFormatError(`could not load the graph (HTTP ${response.status})`);
  checkGraphFileSize(Number(response.headers.get("content-length") ?? 0));
  return response.text();
}

function layOut(graph: DiploGraph): number {
  let done = 0;
  for (const progress of startingLayout(graph, { budgetMs: STARTING_LAYOUT_BUDGET_MS })) {
    done = progress.done;
    post({ type: "progress", phase: "layout", done: progress.done, total: progress.total });
  }
  return done;
}

async function open(request: OpenRequest): Promise<void> {
  const kind = graphFileKind(request.name) ?? "json";
  const text = await readText(request);
  post({ type: "progress", phase: "parsing", done: 0, total: 1 });
  // A GEXF too big to open within 30 s (XML parsing is most of the cost): refused by its tag count, before parsing.
  if (kind === "gexf") {
    const { nodes, edges } = countGexfElements(text);
    checkExplorerGraphSize(nodes, edges);
  }
  const { graph, unplaced, warnings } = readGraphText(kind, text);
  const laidOut = unplaced.length > 0 && unplaced.length === graph.order ? layOut(graph) : 0;
  post({ type: "done", graph: graph.export(), warnings, laidOut });
}

self.onmessage = (event: MessageEvent<OpenRequest>) => {
  const { name } = event.data;
  open(event.data).catch((error: unknown) => {
    const message =
      error instanceof GraphFormatError
        ? `${name}: ${error.message}.`
        : `${name}: could not open (${describeError(error)}).`;
    post({ type: "error", message });
  });
};
