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
