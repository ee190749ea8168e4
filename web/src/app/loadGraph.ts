import { createGraph } from "../../../src/graph/createGraph.ts";
import type { Explorer } from "../explorer.ts";
import type { OpenRequest } from "../io/protocol.ts";
import { OpenCancelledError, type OpenedGraph, OpenFileError, openGraph } from "../io/readGraphFile.ts";
import { readGraphOnPage } from "../io/readGraphOnPage.ts";
import type { LayoutControl } from "../layout/layoutControl.ts";
import type { ProgressBar } from "../ui/progress.ts";
import type { StatusArea } from "../ui/status.ts";

export interface LoadGraphDeps {
  app: Explorer;
  layout: LayoutControl;
  status: StatusArea;
  progress: ProgressBar;
}

/** "Opened arctic.gexf: 1715 actors, 6676 positions." plus the reader's repairs, each once. */
function openedMessage(
  name: string,
  order: number,
  size: number,
  warnings: string[],
  laidOut: number,
): string {
  const parts = [`Opened ${name}: ${order} actors, ${size} positions.`];
  if (laidOut > 0) parts.push(`The file had no positions: laid out with ${laidOut} ForceAtlas2 iterations.`);
  if (warnings.length > 0) parts.push(`Repaired: ${warnings.join("; ")}.`);
  return parts.join(" ");
}

/** Reads a file (or a URL the page does not read itself) in the worker, with the progress bar and Cancel. */
function openInWorker(deps: LoadGraphDeps, request: OpenRequest): Promise<OpenedGraph> {
  const opening = openGraph(request, (phase, done, total) =>
    deps.progress.show(request.name, phase, done, total),
  );
  deps.progress.onCancel(opening.cancel);
  return opening.result;
}

/**
 * Opens a graph (the sample URL on the page, a dropped file in the worker
 * with the progress bar and Cancel), then shows it. Returns false when nothing was
 * opened (error or Cancel, both reported in the status area).
 */
export async function loadGraph(
  deps: LoadGraphDeps,
  request: OpenRequest,
  options: { announce: boolean; prefetched?: Promise<Response> },
): Promise<boolean> {
  const { app, layout, status, progress } = deps;
  try {
    const { graph, warnings, laidOut } =
      (await readGraphOnPage(request, options.prefetched)) ?? (await openInWorker(deps, request));
    performance.mark("diplograph:parsed");
    layout.reset(graph);
    app.setGraph(graph);
    if (options.announce || warnings.length > 0) {
      status.info(openedMessage(request.name, graph.order, graph.size, warnings, laidOut));
    }
    return true;
  } catch (error) {
    if (error instanceof OpenCancelledError) status.info(error.message);
    else if (error instanceof OpenFileError) status.error(error.message);
    else status.error(`${request.name}: could not open (${String(error)}).`);
    if (app.sigma === null) app.setGraph(createGraph());
    return false;
  } finally {
    progress.hide();
  }
}
