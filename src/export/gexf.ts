import writeGexfXml from "graphology-gexf/common/writer.js";
import { appearanceScale } from "../appearance/appearance.ts";
import type { DiploGraph } from "../graph/schema.ts";
import {
  checkGexfIds,
  edgeFormatter,
  type GexfEvidenceMode,
  LIST_ATTRIBUTES,
  nodeFormatter,
} from "./gexfElements.ts";
import { gexfChunks } from "./gexfStream.ts";
import { addTimeToGexf, hasDates } from "./gexfTime.ts";

export { type GexfEvidenceMode, GexfExportError, sampleEvidence } from "./gexfElements.ts";

/**
 * Which writer: graphology-gexf (the library, indented XML) up to this many
 * edges, the streaming writer (gexfStream.ts, compact, one element per line)
 * above. The library builds the whole document in memory (xml-writer string
 * pieces, then the time post-processing copies it twice more): fine for the
 * graphs a user draws by hand, gigabytes at 100k edges with evidence.
 */
export const STREAM_ABOVE_EDGES = 10_000;

export interface GexfOptions {
  /**
   * "summary" (default): per edge the evidence count and one sample sentence
   * (article, date). "full": also every evidence record as a JSON string
   * attribute `evidence`, which can multiply the file size.
   */
  evidence?: GexfEvidenceMode;
  /** Dynamic graph from evidence dates (default: when any edge is dated). */
  time?: boolean;
  /** Indented XML, library writer only (default: for graphs up to STREAM_ABOVE_EDGES edges). */
  pretty?: boolean;
  /** Force a writer (tests, benchmarks); default by size, see STREAM_ABOVE_EDGES. */
  writer?: "library" | "stream";
}

/** True when `writeGexf` would use the streaming writer for this graph. */
export function usesGexfStream(graph: DiploGraph, options: GexfOptions = {}): boolean {
  return (options.writer ?? (graph.size > STREAM_ABOVE_EDGES ? "stream" : "library")) === "stream";
}

/**
 * graphology-gexf infers attribute types from values; list attributes are
 * passed pre-serialised as strings (its own list serialiser leaves commas
 * unquoted, which splits "if X, then Y" on reading), so their declarations
 * are retyped here from `string` to `liststring`. Post-processing, part 1 of 2
 * (part 2, time: gexfTime.ts).
 */
function retypeLists(xml: string): string {
  // Declarations sit before <nodes>: edit that head only, not a copy of the whole document.
  const split = xml.indexOf("<nodes");
  if (split < 0) return xml;
  let out = xml.slice(0, split);
  for (const name of LIST_ATTRIBUTES) {
    out = out.replace(
      `<attribute id="${name}" title="${name}" type="string"/>`,
      `<attribute id="${name}" title="${name}" type="liststring"/>`,
    );
  }
  return out + xml.slice(split);
}

/** The graph as GEXF through graphology-gexf, time added by gexfTime.ts. */
function writeWithLibrary(graph: DiploGraph, options: GexfOptions): string {
  const scale = appearanceScale(graph);
  const xml = writeGexfXml(graph, {
    version: "1.3",
    pedantic: true,
    pretty: options.pretty ?? graph.size <= STREAM_ABOVE_EDGES,
    formatNode: nodeFormatter(scale),
    formatEdge: edgeFormatter(options.evidence ?? "summary", scale),
  });
  const typed = retypeLists(xml);
  return (options.time ?? hasDates(graph)) ? addTimeToGexf(typed, graph) : typed;
}

/**
 * The graph as a GEXF 1.3 string (browser-safe: no file access). Passes
 * ../shared/gexf/check-gexf: pedantic 1.3, colours as rgb, no control
 * characters, finite positions on every node. Large graphs go through the
 * streaming writer (see STREAM_ABOVE_EDGES); to write them without holding
 * the document at all, iterate `gexfChunks` (gexfStream.ts) instead.
 */
export function writeGexf(graph: DiploGraph, options: GexfOptions = {}): string {
  checkGexfIds(graph);
  if (!usesGexfStream(graph, options)) return writeWithLibrary(graph, options);
  const chunks: string[] = [];
  for (const chunk of gexfChunks(graph, options)) chunks.push(chunk);
  return chunks.join("");
}
