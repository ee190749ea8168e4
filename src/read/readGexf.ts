import { DOMParser } from "@xmldom/xmldom";
import Graph from "graphology";
import createParserFunction from "graphology-gexf/common/parser.js";
import type { DiploGraph, GraphAttributes } from "../graph/schema.ts";
import { describeError, GraphFormatError, type ReadWarnings } from "./errors.ts";
import { type AnyGraph, edgeFrom, fillMentions, graphOfType, nodeFrom } from "./toDiploGraph.ts";

/** The document class of xmldom's DOMParser, which graphology-gexf checks its input against. */
const XmlDocument = new DOMParser().parseFromString("<t/>", "application/xml").constructor;
const parseGexfDocument = createParserFunction(DOMParser, XmlDocument);

/**
 * Parses XML with xmldom (pure JavaScript: the same in Node, the page and a
 * web worker, which has no DOMParser), turning its error reports into one
 * GraphFormatError. Warnings (a missing namespace) are not errors.
 */
function parseXml(text: string): Document {
  let problem: string | null = null;
  const parser = new DOMParser({
    errorHandler: {
      warning: () => {},
      error: (message: string) => {
        problem ??= message;
      },
      fatalError: (message: string) => {
        problem ??= message;
      },
    },
  });
  let doc: Document;
  try {
    doc = parser.parseFromString(text, "application/xml") as unknown as Document;
  } catch (error) {
    problem ??= describeError(error);
    doc = new DOMParser().parseFromString("<none/>", "application/xml") as unknown as Document;
  }
  if (problem !== null) {
    const detail = String(problem)
      .replace(/\s+/g, " ")
      .replace(/^\[xmldom \w+\]\s*/, "")
      .replace(/@#\[line.*$/, "")
      .replace(/^.*Error: /, "")
      .trim();
    throw new GraphFormatError(`not well-formed XML (${detail.slice(0, 120)})`);
  }
  return doc;
}

/** Ids of the nodes the file declares (edges may name others: see README.md, "Repairs"). */
function declaredNodes(doc: Document): Set<string> {
  const ids = new Set<string>();
  const elements = doc.getElementsByTagName("node");
  for (let i = 0; i < elements.length; i++) ids.add(elements[i]?.getAttribute("id") ?? "");
  return ids;
}

function toDiploGraph(parsed: AnyGraph, declared: Set<string>, warnings: ReadWarnings): ReadGexfResult {
  const meta = parsed.getAttributes();
  const attributes: GraphAttributes = { articleIds: [] };
  if (typeof meta.title === "string" && meta.title !== "") attributes.name = meta.title;
  const graph = graphOfType(parsed.type, attributes);
  const unplaced: string[] = [];
  parsed.forEachNode((key, raw) => {
    // GEXF requires ids; an edge's missing source or target names "" too.
    if (key === "") throw new GraphFormatError("a node or an edge end without an id");
    if (!declared.has(key)) warnings.add("node named by an edge but not declared (added)", key);
    const { attributes: node, placed } = nodeFrom(key, raw);
    if (!placed) unplaced.push(key);
    graph.addNode(key, node);
  });
  parsed.forEachEdge((key, raw, source, target, _s, _t, undirected) => {
    const edge = edgeFrom(key, raw, warnings);
    if (undirected) graph.addUndirectedEdgeWithKey(key, source, target, edge);
    else graph.addDirectedEdgeWithKey(key, source, target, edge);
  });
  fillMentions(graph);
  return { graph, unplaced };
}

export interface ReadGexfResult {
  graph: DiploGraph;
  /** Nodes the file gave no position: they need a starting layout (src/layout/startingLayout.ts). */
  unplaced: string[];
}

/**
 * Reads any GEXF 1.1-1.3 text (README.md states what is accepted, repaired
 * and refused). Call `checkGraphText` first: it refuses DOCTYPE/ENTITY.
 */
export function readGexf(text: string, warnings: ReadWarnings): ReadGexfResult {
  const doc = parseXml(text);
  const root = doc.documentElement;
  if (root?.localName !== "gexf" || doc.getElementsByTagName("graph").length === 0) {
    throw new GraphFormatError("not a GEXF file (no <gexf> root with a <graph>)");
  }
  let parsed: AnyGraph;
  try {
    parsed = parseGexfDocument(Graph, doc, { addMissingNodes: true, allowUndeclaredAttributes: true });
  } catch (error) {
    const message = describeError(error).replace(/^graphology-gexf\/parser: /, "");
    throw new GraphFormatError(`invalid GEXF graph (${message})`);
  }
  return toDiploGraph(parsed, declaredNodes(doc), warnings);
}
