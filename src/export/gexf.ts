import writeGexfXml from "graphology-gexf/common/writer.js";
import type { DiploGraph, EdgeAttributes, Evidence, NodeAttributes } from "../graph/schema.ts";
import { hexToRgbString } from "../palette.ts";
import { addTimeToGexf, hasDates } from "./gexfTime.ts";
import { isXmlSafeId, sanitizeText } from "./sanitizeText.ts";

/** A graph GEXF cannot represent (an id with control characters). */
export class GexfExportError extends Error {
  override name = "GexfExportError";
}

export type GexfEvidenceMode = "summary" | "full";

export interface GexfOptions {
  /**
   * "summary" (default): per edge the evidence count and one sample sentence
   * (article, date). "full": also every evidence record as a JSON string
   * attribute `evidence`, which can multiply the file size.
   */
  evidence?: GexfEvidenceMode;
  /** Dynamic graph from evidence dates (default: when any edge is dated). */
  time?: boolean;
  /** Indented XML (default: for graphs up to 10,000 edges; larger ones are written compact). */
  pretty?: boolean;
}

/** Edge attributes written as GEXF `liststring` (see `retypeLists`). */
const LIST_ATTRIBUTES = ["conditions", "speakers"] as const;
const FALLBACK_COLOR = "rgb(153,153,153)";

type GexfNodeAttributes = { kind: string; mentions: number; articles: number };
type GexfEdgeAttributes = Record<string, string | number | boolean | null>;

/** "#RRGGBB" or "rgb(...)" -> "rgb(r,g,b)": NetworkX 3 crashes on GEXF hex colours. */
function rgb(color: string): string {
  if (/^#[0-9a-f]{6}$/i.test(color)) return hexToRgbString(color);
  if (/^rgb\(\s*\d{1,3}\s*,\s*\d{1,3}\s*,\s*\d{1,3}\s*\)$/.test(color)) return color.replace(/\s/g, "");
  return FALLBACK_COLOR;
}

function finite(value: number, fallback: number): number {
  return Number.isFinite(value) ? value : fallback;
}

/** GEXF 1.3 list syntax, each item JSON-quoted so commas inside a condition survive. */
function listValue(items: string[]): string | null {
  return items.length === 0 ? null : `[${items.map((s) => JSON.stringify(sanitizeText(s))).join(", ")}]`;
}

/** The evidence shown in place of all of it: the most confident, earliest first. */
export function sampleEvidence(evidence: Evidence[]): Evidence | undefined {
  let best: Evidence | undefined;
  for (const e of evidence) if (best === undefined || e.confidence > best.confidence) best = e;
  return best;
}

function formatNode(_key: string, a: NodeAttributes) {
  return {
    label: sanitizeText(a.label),
    viz: { color: rgb(a.color), size: finite(a.size, 1), x: finite(a.x, 0), y: finite(a.y, 0) },
    attributes: { kind: a.kind, mentions: a.mentions, articles: a.articles } satisfies GexfNodeAttributes,
  };
}

function edgeFormatter(mode: GexfEvidenceMode) {
  return (_key: string, a: EdgeAttributes) => {
    const sample = sampleEvidence(a.evidence);
    const attributes: GexfEdgeAttributes = {
      relation: a.relation,
      negated: a.negated,
      articles: a.articles,
      firstSeen: a.firstSeen,
      lastSeen: a.lastSeen,
      conditions: listValue(a.conditions),
      speakers: listValue(a.speakers),
      sampleSentence: sample ? sanitizeText(sample.sentence) : null,
      sampleArticle: sample ? sanitizeText(sample.article) : null,
      sampleDate: sample?.date ?? null,
    };
    if (mode === "full") attributes.evidence = sanitizeText(JSON.stringify(a.evidence));
    return {
      label: sanitizeText(a.label),
      weight: a.weight,
      viz: { color: rgb(a.color), thickness: finite(a.size, 1) },
      attributes,
    };
  };
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

/**
 * The graph as a GEXF 1.3 string (browser-safe: no file access). Passes
 * ../shared/gexf/check-gexf: pedantic 1.3, colours as rgb, no control
 * characters, finite positions on every node.
 */
export function writeGexf(graph: DiploGraph, options: GexfOptions = {}): string {
  graph.forEachNode((node) => {
    if (!isXmlSafeId(node)) throw new GexfExportError(`invalid node id for GEXF: ${JSON.stringify(node)}`);
  });
  graph.forEachEdge((edge) => {
    if (!isXmlSafeId(edge)) throw new GexfExportError(`invalid edge id for GEXF: ${JSON.stringify(edge)}`);
  });
  const xml = writeGexfXml(graph, {
    version: "1.3",
    pedantic: true,
    pretty: options.pretty ?? graph.size <= 10_000,
    formatNode: formatNode,
    formatEdge: edgeFormatter(options.evidence ?? "summary"),
  });
  const typed = retypeLists(xml);
  return (options.time ?? hasDates(graph)) ? addTimeToGexf(typed, graph) : typed;
}
