import {
  type AppearanceScale,
  edgeColor,
  edgeThickness,
  nodeColor,
  nodeSize,
} from "../appearance/appearance.ts";
import { hexToRgbString } from "../appearance/palette.ts";
import type {
  DiploGraph,
  EdgeAttributes,
  Evidence,
  ExtraAttributes,
  NodeAttributes,
} from "../graph/schema.ts";
import { isXmlSafeId, sanitizeText } from "./sanitizeText.ts";

/**
 * How our node and edge attributes map onto GEXF (label, viz, typed
 * attributes), shared by both writers (graphology-gexf and gexfStream.ts) so
 * they cannot drift apart: the writers only turn these objects into XML.
 */

/** A graph GEXF cannot represent (an id with control characters). */
export class GexfExportError extends Error {
  override name = "GexfExportError";
}

/** Ids cannot be cleaned like text (edges point to them): refuse the graph instead. */
export function checkGexfIds(graph: DiploGraph): void {
  graph.forEachNode((node) => {
    if (!isXmlSafeId(node)) throw new GexfExportError(`invalid node id for GEXF: ${JSON.stringify(node)}`);
  });
  graph.forEachEdge((edge) => {
    if (!isXmlSafeId(edge)) throw new GexfExportError(`invalid edge id for GEXF: ${JSON.stringify(edge)}`);
  });
}

export type GexfEvidenceMode = "summary" | "full";

export type GexfValue = string | number | boolean | null;

export interface GexfElement {
  label: string;
  viz: { color: string; size?: number; x?: number; y?: number; thickness?: number };
  attributes: Record<string, GexfValue>;
  weight?: number;
}

/** Edge attributes written as GEXF `liststring`, each item JSON-quoted (see `listValue`). */
export const LIST_ATTRIBUTES = ["conditions", "speakers"] as const;
const FALLBACK_COLOR = "rgb(153,153,153)";

/** "#RRGGBB" or "rgb(...)"/"rgba(...)" -> "rgb(r,g,b)": NetworkX 3 crashes on GEXF hex colours. */
export function rgb(color: string): string {
  if (/^#[0-9a-f]{6}$/i.test(color)) return hexToRgbString(color);
  const m = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*[\d.]+\s*)?\)$/.exec(color);
  return m ? `rgb(${m[1]},${m[2]},${m[3]})` : FALLBACK_COLOR;
}

/**
 * Attributes of a foreign file written back (so a Gephi graph survives a trip
 * through diplograph), where ours leave a gap; their viz colour and size are
 * written as viz, not as attributes.
 */
function withExtra(attributes: Record<string, GexfValue>, extra: ExtraAttributes | undefined): void {
  if (!extra) return;
  for (const [name, value] of Object.entries(extra)) {
    if (name === "color" || name === "size" || name === "thickness") continue;
    const current = attributes[name];
    if (current === undefined || current === null) {
      attributes[name] = typeof value === "string" ? sanitizeText(value) : value;
    }
  }
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

/** Nodes as GEXF elements; viz size and colour decided here from the palette (src/appearance). */
export function nodeFormatter(scale: AppearanceScale): (key: string, a: NodeAttributes) => GexfElement {
  return (_key, a) => {
    const attributes: Record<string, GexfValue> = {
      kind: a.kind,
      mentions: a.mentions,
      articles: a.articles,
    };
    withExtra(attributes, a.extra);
    return {
      label: sanitizeText(a.label),
      viz: {
        color: rgb(nodeColor(a.kind, a.extra)),
        size: finite(nodeSize(a.mentions, scale), 1),
        x: finite(a.x, 0),
        y: finite(a.y, 0),
      },
      attributes,
    };
  };
}

export function edgeFormatter(
  mode: GexfEvidenceMode,
  scale: AppearanceScale,
): (key: string, a: EdgeAttributes) => GexfElement {
  return (_key, a) => {
    const sample = sampleEvidence(a.evidence);
    const attributes: Record<string, GexfValue> = {
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
    withExtra(attributes, a.extra);
    return {
      label: sanitizeText(a.label),
      weight: a.weight,
      viz: {
        color: rgb(edgeColor(a.relation, a.negated, a.extra)),
        thickness: finite(edgeThickness(a.weight, scale), 1),
      },
      attributes,
    };
  };
}
