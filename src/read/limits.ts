import { GraphFormatError } from "./errors.ts";

/** Above this a file is refused before it is read: a browser tab would stall on it; Gephi is the tool for such files. */
export const MAX_GRAPH_FILE_BYTES = 50 * 1024 * 1024;

export type GraphFileKind = "gexf" | "json";

/** The reader for a file name, by extension; null when diplograph reads no graph from it. */
export function graphFileKind(name: string): GraphFileKind | null {
  const lower = name.toLowerCase();
  if (lower.endsWith(".gexf")) return "gexf";
  if (lower.endsWith(".json")) return "json";
  return null;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Refuses a file by its size alone, before a byte is read. */
export function checkGraphFileSize(size: number): void {
  if (size > MAX_GRAPH_FILE_BYTES) {
    throw new GraphFormatError(
      `file is ${mb(size)}, more than the ${mb(MAX_GRAPH_FILE_BYTES)} diplograph opens`,
    );
  }
}

/**
 * The most nodes plus edges the explorer opens from a GEXF file (graphology
 * JSON, parsed ten times faster, has only the 50 MB limit). Measured on two cores shared
 * with other work (load 10): 45,000 elements took 4 s to parse (xmldom and
 * graphology-gexf, in a worker), up to 3 s of starting layout, and 8 s for
 * sigma's first picture: ~20 s, against the 30 s a first picture may take.
 * Larger files are refused before parsing, with this number in the message;
 * the CLI has no such limit.
 */
export const MAX_EXPLORER_ELEMENTS = 50_000;

/** Nodes and edges of a GEXF text, counted by their tags without parsing it. */
export function countGexfElements(text: string): { nodes: number; edges: number } {
  let nodes = 0;
  let edges = 0;
  for (const match of text.matchAll(/<(node|edge)[\s/>]/g)) {
    if (match[1] === "node") nodes++;
    else edges++;
  }
  return { nodes, edges };
}

/** Refuses a graph too large for the explorer, naming the limit. */
export function checkExplorerGraphSize(nodes: number, edges: number): void {
  if (nodes + edges <= MAX_EXPLORER_ELEMENTS) return;
  const n = (x: number) => x.toLocaleString("en");
  throw new GraphFormatError(
    `${n(nodes)} nodes and ${n(edges)} edges, more than the ${n(MAX_EXPLORER_ELEMENTS)} nodes and edges ` +
      "the explorer opens (use diplograph export, or Gephi)",
  );
}
