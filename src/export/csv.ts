import { appearanceScale, nodeColor, nodeSize } from "../appearance/appearance.ts";
import type { DiploGraph } from "../graph/schema.ts";
import { sampleEvidence } from "./gexf.ts";
import { sanitizeText } from "./sanitizeText.ts";

type Cell = string | number | boolean | null;

/**
 * Spreadsheets run cells starting with = + - @ as formulas; article text is
 * data, so such text cells get a leading apostrophe (OWASP's CSV-injection
 * advice). Numbers are written as numbers and never prefixed.
 */
function textCell(text: string): string {
  const clean = sanitizeText(text);
  return /^[=+\-@]/.test(clean) ? `'${clean}` : clean;
}

/** RFC 4180 field: quoted when it holds a comma, quote or line break; quotes doubled. */
function field(value: Cell): string {
  if (value === null) return "";
  const text = typeof value === "string" ? textCell(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180: CRLF line ends, header row first. */
function table(header: string[], rows: Cell[][]): string {
  return [header, ...rows].map((row) => `${row.map(field).join(",")}\r\n`).join("");
}

/** One row per actor; size and colour as the GEXF writer draws them (src/appearance). */
export function nodesCsv(graph: DiploGraph): string {
  const rows: Cell[][] = [];
  const scale = appearanceScale(graph);
  graph.forEachNode((key, a) => {
    rows.push([
      key,
      a.label,
      a.kind,
      a.mentions,
      a.articles,
      a.x,
      a.y,
      nodeSize(a.mentions, scale),
      nodeColor(a.kind),
    ]);
  });
  return table(["id", "label", "kind", "mentions", "articles", "x", "y", "size", "color"], rows);
}

/** One row per edge; evidence summarised as its count and the most confident sentence. */
export function edgesCsv(graph: DiploGraph): string {
  const rows: Cell[][] = [];
  graph.forEachEdge((key, a, source, target) => {
    const sample = sampleEvidence(a.evidence);
    rows.push([
      key,
      source,
      target,
      a.relation,
      a.label,
      a.negated,
      a.weight,
      a.articles,
      a.firstSeen,
      a.lastSeen,
      a.conditions.join(" | "),
      a.speakers.join(" | "),
      sample?.sentence ?? null,
      sample?.article ?? null,
      sample?.date ?? null,
    ]);
  });
  return table(
    [
      "id",
      "source",
      "target",
      "relation",
      "label",
      "negated",
      "weight",
      "articles",
      "firstSeen",
      "lastSeen",
      "conditions",
      "speakers",
      "sampleSentence",
      "sampleArticle",
      "sampleDate",
    ],
    rows,
  );
}
