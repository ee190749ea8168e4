import { placeUnplaced } from "../../../src/layout/startingLayout.ts";
import { describeError, GraphFormatError, ReadWarnings } from "../../../src/read/errors.ts";
import { checkGraphFileSize, graphFileKind } from "../../../src/read/limits.ts";
import { invalidJson, readGraphData } from "../../../src/read/readGraphJson.ts";
import type { OpenRequest } from "./protocol.ts";
import { type OpenedGraph, OpenFileError } from "./readGraphFile.ts";

/**
 * Reads a graphology JSON URL (the sample graph, `?graph=`) on the page with
 * the same reader the worker uses. A graph handed from the worker to the page
 * is structured-cloned, which at 10k actors and 50k edges took longer than
 * fetching and reading it twice; here it is parsed once and never copied.
 * Returns null for what needs the worker: GEXF (refused by its size before
 * parsing there) and a graph without positions (laid out there, with progress).
 * `prefetched`: the response to the same URL, asked for before the page was set up.
 */
export async function readGraphOnPage(
  request: OpenRequest,
  prefetched?: Promise<Response>,
): Promise<OpenedGraph | null> {
  if (!("url" in request.source) || (graphFileKind(request.name) ?? "json") !== "json") return null;
  try {
    const response = await (prefetched ?? fetch(request.source.url));
    if (!response.ok) throw new GraphFormatError(`could not load the graph (HTTP ${response.status})`);
    // The size limit needs the length up front (the worker checks the text it read instead).
    const length = response.headers.get("content-length");
    if (length === null) return null;
    checkGraphFileSize(Number(length));
    // Measured at 35 MB: `response.json()` took about as long as `text()` alone, and JSON.parse after text()
    // most of a second more. The rest is readGraphText's JSON branch (importing readGraphText would bring
    // its GEXF reader into the page).
    const data: unknown = await response.json().catch((error: unknown) => {
      throw invalidJson(error);
    });
    performance.mark("diplograph:fetched");
    const warnings = new ReadWarnings();
    const { graph, unplaced } = readGraphData(data, warnings);
    if (unplaced.length > 0 && unplaced.length === graph.order) return null;
    placeUnplaced(graph, unplaced);
    return { graph, warnings: warnings.list(), laidOut: 0 };
  } catch (error) {
    throw new OpenFileError(
      error instanceof GraphFormatError
        ? `${request.name}: ${error.message}.`
        : `${request.name}: could not open (${describeError(error)}).`,
    );
  }
}
