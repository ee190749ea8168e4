import type { Attributes, default as Graph } from "graphology-types";
import { createGraph } from "../graph/createGraph.ts";
import type { DiploGraph } from "../graph/schema.ts";
import { GraphFormatError } from "./graphJson.ts";
import { validateEdgeAttributes, validateNodeAttributes } from "./validateAttributes.ts";

function hex2(n: number): string {
  return Math.max(0, Math.min(255, n)).toString(16).padStart(2, "0").toUpperCase();
}

/** "rgb(r,g,b)" as graphology-gexf reads viz:color -> "#RRGGBB" as the palette writes it. */
function rgbToHex(color: unknown): unknown {
  if (typeof color !== "string") return color;
  const m = /^rgba?\((\d+),(\d+),(\d+)(?:,[\d.]+)?\)$/.exec(color.replace(/\s/g, ""));
  return m ? `#${hex2(Number(m[1]))}${hex2(Number(m[2]))}${hex2(Number(m[3]))}` : color;
}

function parseEvidence(value: unknown, edge: string): unknown[] {
  if (value === undefined) return [];
  try {
    const parsed: unknown = JSON.parse(String(value));
    if (Array.isArray(parsed)) return parsed;
  } catch {
    // reported below
  }
  throw new GraphFormatError(`edge ${edge}: invalid evidence attribute`);
}

/**
 * Turns a graph parsed by graphology-gexf from a file `writeGexf` wrote back
 * into a DiploGraph. What GEXF does not carry comes back empty: the graph's
 * articleIds, and edge evidence unless it was written with `evidence: "full"`
 * (the summary's sample sentence stays in the parsed graph's `sampleSentence`).
 */
export function diploGraphFromGexf(parsed: Graph<Attributes, Attributes, Attributes>): DiploGraph {
  const graph = createGraph();
  parsed.forEachNode((key, a) => {
    const checked = validateNodeAttributes({ ...a, label: a.label ?? key, color: rgbToHex(a.color) });
    if (typeof checked === "string") throw new GraphFormatError(`node ${key}: ${checked}`);
    graph.addNode(key, checked);
  });
  parsed.forEachEdge((key, a, source, target) => {
    const checked = validateEdgeAttributes({
      relation: a.relation,
      label: a.label ?? "",
      negated: a.negated,
      weight: a.weight,
      articles: a.articles,
      firstSeen: a.firstSeen ?? null,
      lastSeen: a.lastSeen ?? null,
      conditions: a.conditions ?? [],
      speakers: a.speakers ?? [],
      evidence: parseEvidence(a.evidence, key),
      size: a.thickness,
      color: rgbToHex(a.color),
    });
    if (typeof checked === "string") throw new GraphFormatError(`edge ${key}: ${checked}`);
    graph.addDirectedEdgeWithKey(key, source, target, checked);
  });
  return graph;
}
