import { writeFileSync } from "node:fs";
import { generateAssertions } from "../../bench/generateAssertions.ts";
import { STREAM_ABOVE_EDGES } from "../../src/export/gexf.ts";

/** The size of the generated graph: above graphology-gexf's limit, so GEXF is streamed. */
export const LARGE = { nodes: 1500, edges: STREAM_ABOVE_EDGES + 500, assertions: 20_000 };

/** Writes the generated assertions of a graph of size LARGE to `file`, one JSON object a line. */
export function writeLargeAssertions(file: string): void {
  const lines: string[] = [];
  for (const a of generateAssertions(LARGE)) lines.push(JSON.stringify(a));
  writeFileSync(file, lines.join("\n"));
}
