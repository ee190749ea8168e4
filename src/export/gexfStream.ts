import { type AppearanceScale, appearanceScale } from "../appearance/appearance.ts";
import type { DiploGraph } from "../graph/schema.ts";
import {
  checkGexfIds,
  edgeFormatter,
  type GexfElement,
  type GexfEvidenceMode,
  type GexfValue,
  LIST_ATTRIBUTES,
  nodeFormatter,
} from "./gexfElements.ts";
import { hasDates, nodeStarts } from "./gexfTime.ts";

/**
 * A GEXF 1.3 writer that emits the document in chunks, element by element,
 * instead of building it in memory as graphology-gexf does (its XML writer
 * held ~1.3 GB to write 19 MB at 10k nodes / 50k edges). Browser-safe: Node
 * writes the chunks to a file (src/io/writeChunksAtomic.ts), the browser
 * collects them into a Blob. Elements are mapped by the same formatters as
 * the library path (gexfElements.ts), attribute types are inferred by the same
 * rules, and time is written in place instead of by post-processing
 * (gexfTime.ts), so both paths give the same graph (tests/export/gexfStream.test.ts).
 * Text is sanitised by the formatters and ids are checked, so escaping is all that is left here.
 */

export interface GexfStreamOptions {
  evidence?: GexfEvidenceMode;
  /** Dynamic graph from evidence dates (default: when any edge is dated). */
  time?: boolean;
}

/** Chunks of about this many characters: few writes, little held at once. */
const CHUNK_CHARS = 1 << 16;

const XML_SPECIAL = /[&<>"\t\n\r]/;
const XML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "\t": "&#x9;",
  "\n": "&#xA;",
  "\r": "&#xD;",
};

/** Text as an XML attribute value (inside double quotes). */
export function escapeXmlAttribute(text: string): string {
  return XML_SPECIAL.test(text) ? text.replace(/[&<>"\t\n\r]/g, (c) => XML_ESCAPES[c] ?? c) : text;
}

type GexfType = "string" | "double" | "integer" | "boolean" | "liststring";

/** graphology-gexf's inference for scalar values: what the library path would declare. */
function valueType(value: GexfValue): GexfType | null {
  if (value === null || value === "" || Number.isNaN(value)) return null;
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "number") return value === (value | 0) ? "integer" : "double";
  return "string";
}

/** Its priorities too: a string anywhere makes the attribute a string, a fraction a double. */
const PRIORITY: Record<GexfType, number> = { liststring: 0, string: 5, double: 6, integer: 8, boolean: 9 };

/** Attribute declarations in first-seen order, typed over every element as graphology-gexf does. */
function inferModel(elements: Iterable<GexfElement>): Map<string, GexfType> {
  const model = new Map<string, GexfType>();
  for (const element of elements) {
    for (const [name, value] of Object.entries(element.attributes)) {
      const type = valueType(value);
      if (type === null) continue;
      const current = model.get(name);
      if (current === undefined || PRIORITY[type] < PRIORITY[current]) model.set(name, type);
    }
  }
  for (const name of LIST_ATTRIBUTES) if (model.get(name) === "string") model.set(name, "liststring");
  return model;
}

function* formattedNodes(graph: DiploGraph, scale: AppearanceScale): Generator<GexfElement> {
  const format = nodeFormatter(scale);
  for (const { node, attributes } of graph.nodeEntries()) yield format(node, attributes);
}

function* formattedEdges(
  graph: DiploGraph,
  mode: GexfEvidenceMode,
  scale: AppearanceScale,
): Generator<GexfElement> {
  const format = edgeFormatter(mode, scale);
  for (const { edge, attributes } of graph.edgeEntries()) yield format(edge, attributes);
}

function declarations(model: Map<string, GexfType>, kind: "node" | "edge"): string {
  if (model.size === 0) return "";
  let xml = `<attributes class="${kind}">`;
  for (const [name, type] of model) {
    const id = escapeXmlAttribute(name);
    xml += `<attribute id="${id}" title="${id}" type="${type}"/>`;
  }
  return `${xml}</attributes>\n`;
}

/** `"r,g,b"` from the formatters' "rgb(r,g,b)" as viz:color attributes. */
function vizColor(color: string): string {
  const [r, g, b] = color.slice(4, -1).split(",");
  return `<viz:color r="${r}" g="${g}" b="${b}"/>`;
}

function attvalues(model: Map<string, GexfType>, attributes: Record<string, GexfValue>): string {
  let xml = "<attvalues>";
  for (const name of model.keys()) {
    const value = attributes[name];
    if (value === undefined || valueType(value) === null) continue;
    xml += `<attvalue for="${escapeXmlAttribute(name)}" value="${escapeXmlAttribute(String(value))}"/>`;
  }
  return `${xml}</attvalues>`;
}

/** Time attributes of one element ("" when undated), as gexfTime.ts adds them to the library's output. */
function timeAttributes(start: string | null | undefined, end: string | null | undefined): string {
  return `${start ? `start="${start}" ` : ""}${end ? `end="${end}" ` : ""}`;
}

/** The GEXF document for `graph`, in chunks of about 64K characters. */
export function* gexfChunks(graph: DiploGraph, options: GexfStreamOptions = {}): Generator<string> {
  checkGexfIds(graph);
  const mode = options.evidence ?? "summary";
  const time = options.time ?? hasDates(graph);
  const scale = appearanceScale(graph);
  const nodeModel = inferModel(formattedNodes(graph, scale));
  // Typed from the summary, which has every attribute but `evidence`: full evidence is formatted once, below.
  const edgeModel = inferModel(formattedEdges(graph, "summary", scale));
  if (mode === "full" && graph.size > 0) edgeModel.set("evidence", "string");
  const starts = time ? nodeStarts(graph) : new Map<string, string>();
  const defaultType = graph.type === "undirected" ? "undirected" : "directed";

  let xml =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">\n<meta/>\n' +
    `<graph ${time ? 'mode="dynamic" timeformat="date" ' : ""}defaultedgetype="${defaultType}">\n` +
    declarations(nodeModel, "node") +
    declarations(edgeModel, "edge") +
    "<nodes>\n";

  const formatNode = nodeFormatter(scale);
  for (const { node, attributes } of graph.nodeEntries()) {
    const e = formatNode(node, attributes);
    const label = e.label ? ` label="${escapeXmlAttribute(e.label)}"` : "";
    xml +=
      `<node ${timeAttributes(starts.get(node), null)}id="${escapeXmlAttribute(node)}"${label}>` +
      attvalues(nodeModel, e.attributes) +
      vizColor(e.viz.color) +
      `<viz:size value="${e.viz.size}"/><viz:position x="${e.viz.x}" y="${e.viz.y}"/></node>\n`;
    if (xml.length >= CHUNK_CHARS) {
      yield xml;
      xml = "";
    }
  }
  xml += "</nodes>\n<edges>\n";

  const format = edgeFormatter(mode, scale);
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    const e = format(edge, attributes);
    // A mixed graph marks its undirected edges, as Gephi writes them.
    const type = undirected && defaultType === "directed" ? 'type="undirected" ' : "";
    const times = time ? timeAttributes(attributes.firstSeen, attributes.lastSeen) : "";
    const weight = typeof e.weight === "number" && !Number.isNaN(e.weight) ? ` weight="${e.weight}"` : "";
    const label = e.label ? ` label="${escapeXmlAttribute(e.label)}"` : "";
    xml +=
      `<edge ${times}${type}id="${escapeXmlAttribute(edge)}" source="${escapeXmlAttribute(source)}" ` +
      `target="${escapeXmlAttribute(target)}"${weight}${label}>` +
      attvalues(edgeModel, e.attributes) +
      vizColor(e.viz.color) +
      `<viz:thickness value="${e.viz.thickness}"/></edge>\n`;
    if (xml.length >= CHUNK_CHARS) {
      yield xml;
      xml = "";
    }
  }
  yield `${xml}</edges>\n</graph>\n</gexf>\n`;
}

/** Streams the GEXF document to `write`, chunk by chunk (see `gexfChunks`). */
export function writeGexfStream(
  graph: DiploGraph,
  write: (chunk: string) => void,
  options: GexfStreamOptions = {},
): void {
  for (const chunk of gexfChunks(graph, options)) write(chunk);
}
