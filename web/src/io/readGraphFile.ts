import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf/browser";
import { GraphFormatError, parseGraphJson } from "../../../src/export/graphJson.ts";
import { type NormalizeResult, normalizeGraph } from "./normalizeGraph.ts";

/** A file the user opened that is not a graph we can show; the message names the file. */
export class OpenFileError extends Error {
  override name = "OpenFileError";
}

/** Above this a tab would stall parsing; Gephi is the tool for such files. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

export function checkFileSize(name: string, size: number): void {
  if (size > MAX_FILE_BYTES) {
    throw new OpenFileError(
      `${name}: file is ${mb(size)}, more than the ${mb(MAX_FILE_BYTES)} the explorer opens.`,
    );
  }
}

/**
 * GEXF never needs a DTD; a DOCTYPE can declare entities that expand
 * exponentially ("billion laughs"), so any declaration is refused before the
 * XML parser sees the text.
 */
export function parseGexfText(name: string, text: string): NormalizeResult {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    throw new OpenFileError(
      `${name}: refusing a GEXF file with a DOCTYPE or ENTITY declaration (unsafe XML).`,
    );
  }
  const doc = new DOMParser().parseFromString(text, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) {
    const detail = (error.textContent ?? "").split("\n").find((line) => line.trim() !== "") ?? "";
    throw new OpenFileError(
      `${name}: not well-formed XML${detail ? ` (${detail.trim().slice(0, 120)})` : ""}.`,
    );
  }
  if (doc.documentElement.localName !== "gexf" || !doc.getElementsByTagName("graph")[0]) {
    throw new OpenFileError(`${name}: not a GEXF file (no <gexf> root with a <graph>).`);
  }
  try {
    return normalizeGraph(parseGexf(Graph, doc, { addMissingNodes: false, allowUndeclaredAttributes: true }));
  } catch (error) {
    throw new OpenFileError(
      `${name}: invalid GEXF graph (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
}

/** graphology JSON as the CLI writes it, checked by the same parser the CLI uses. */
export function parseGraphJsonText(name: string, text: string): NormalizeResult {
  try {
    return { graph: parseGraphJson(text), skippedEdges: 0 };
  } catch (error) {
    if (error instanceof GraphFormatError) throw new OpenFileError(`${name}: ${error.message}.`);
    throw error;
  }
}

export type GraphFileKind = "gexf" | "json";

export function graphFileKind(name: string): GraphFileKind | null {
  const lower = name.toLowerCase();
  if (lower.endsWith(".gexf")) return "gexf";
  if (lower.endsWith(".json")) return "json";
  return null;
}

/** Opens a dropped or chosen .gexf/.json file; size is checked before a byte is read. */
export async function readGraphFile(file: File): Promise<NormalizeResult> {
  const kind = graphFileKind(file.name);
  if (!kind) throw new OpenFileError(`${file.name}: unsupported file type (open .gexf, .json or .txt).`);
  checkFileSize(file.name, file.size);
  const text = await file.text();
  return kind === "gexf" ? parseGexfText(file.name, text) : parseGraphJsonText(file.name, text);
}
