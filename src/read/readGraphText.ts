import type { DiploGraph } from "../graph/schema.ts";
import { placeUnplaced } from "../layout/startingLayout.ts";
import { GraphFormatError, ReadWarnings } from "./errors.ts";
import { checkGraphFileSize, type GraphFileKind } from "./limits.ts";
import { readGexf } from "./readGexf.ts";
import { readGraphJson } from "./readGraphJson.ts";

export { checkGraphFileSize, type GraphFileKind, graphFileKind, MAX_GRAPH_FILE_BYTES } from "./limits.ts";

export interface ReadGraphResult {
  graph: DiploGraph;
  /** Nodes without a position in the file: placed at seeded start positions, to be laid out. */
  unplaced: string[];
  /** Repairs made, one line per kind of problem (README.md, "Repairs"). */
  warnings: string[];
}

/**
 * The one entry point for graph files, used by the CLI and the explorer (in
 * its worker) alike. Throws GraphFormatError for what README.md refuses.
 * GEXF never needs a DTD; a DOCTYPE can declare entities that expand
 * exponentially ("billion laughs") or read local files, so any declaration is
 * refused before the XML parser sees the text.
 */
export function readGraphText(kind: GraphFileKind, text: string): ReadGraphResult {
  checkGraphFileSize(text.length);
  const warnings = new ReadWarnings();
  if (kind === "gexf" && /<!DOCTYPE|<!ENTITY/i.test(text)) {
    throw new GraphFormatError("refusing a GEXF file with a DOCTYPE or ENTITY declaration (unsafe XML)");
  }
  const { graph, unplaced } = kind === "gexf" ? readGexf(text, warnings) : readGraphJson(text, warnings);
  placeUnplaced(graph, unplaced);
  return { graph, unplaced, warnings: warnings.list() };
}
