import type { SerializedGraph } from "graphology-types";
import type { DiploGraph, EdgeAttributes, GraphAttributes, NodeAttributes } from "../graph/schema.ts";
import { GraphFormatError, type ReadWarnings } from "./errors.ts";
import { edgeFrom, fillMentions, graphOfType, isOwnEdge, isOwnNode, nodeFrom } from "./toDiploGraph.ts";

type Raw = Record<string, unknown>;

function isRecord(value: unknown): value is Raw {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function graphAttributes(data: Raw): GraphAttributes {
  const attributes = isRecord(data.attributes) ? data.attributes : {};
  const articleIds = Array.isArray(attributes.articleIds)
    ? attributes.articleIds.filter((id): id is string => typeof id === "string")
    : [];
  return typeof attributes.name === "string" ? { name: attributes.name, articleIds } : { articleIds };
}

function addNodes(graph: DiploGraph, nodes: unknown[], unplaced: string[]): void {
  nodes.forEach((node: unknown, i: number) => {
    if (!isRecord(node) || typeof node.key !== "string" || node.key === "") {
      throw new GraphFormatError(`node ${i}: missing key`);
    }
    if (graph.hasNode(node.key)) throw new GraphFormatError(`node ${node.key}: duplicate key`);
    const { attributes, placed } = nodeFrom(node.key, node.attributes);
    if (!placed) unplaced.push(node.key);
    graph.addNode(node.key, attributes);
  });
}

function addEdges(graph: DiploGraph, edges: unknown[], unplaced: string[], warnings: ReadWarnings): void {
  edges.forEach((edge: unknown, i: number) => {
    if (
      !isRecord(edge) ||
      typeof edge.source !== "string" ||
      typeof edge.target !== "string" ||
      !edge.source ||
      !edge.target
    ) {
      throw new GraphFormatError(`edge ${i}: missing source or target`);
    }
    const name = typeof edge.key === "string" ? edge.key : String(i);
    for (const end of [edge.source, edge.target]) {
      if (graph.hasNode(end)) continue;
      warnings.add("node named by an edge but not declared (added)", end);
      graph.addNode(end, nodeFrom(end, {}).attributes);
      unplaced.push(end);
    }
    const attributes = edgeFrom(name, edge.attributes, warnings);
    const undirected = graph.type === "undirected" || (edge.undirected === true && graph.type === "mixed");
    if (typeof edge.key === "string") {
      if (graph.hasEdge(edge.key)) throw new GraphFormatError(`edge ${name}: duplicate key`);
      if (undirected) graph.addUndirectedEdgeWithKey(edge.key, edge.source, edge.target, attributes);
      else graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, attributes);
    } else if (undirected) graph.addUndirectedEdge(edge.source, edge.target, attributes);
    else graph.addDirectedEdge(edge.source, edge.target, attributes);
  });
}

const isKey = (value: unknown): value is string => typeof value === "string" && value !== "";

/**
 * A directed graph whose every element is as diplograph writes it goes
 * through graphology's own import, which takes the parsed objects as they are:
 * element by element the reader below took several times as long at 50k
 * edges. Anything else, and any import error (a duplicate key, an edge to an
 * undeclared node), is left to the reader, which repairs or reports it.
 */
function importOwnGraph(data: Raw, nodes: unknown[], edges: unknown[]): DiploGraph | null {
  const options = isRecord(data.options) ? data.options : {};
  if (options.type !== undefined && options.type !== "directed") return null;
  for (const node of nodes) {
    if (!isRecord(node) || !isKey(node.key) || !isRecord(node.attributes) || !isOwnNode(node.attributes))
      return null;
  }
  for (const edge of edges) {
    if (!isRecord(edge) || !isKey(edge.key) || !isKey(edge.source) || !isKey(edge.target)) return null;
    if (edge.undirected === true || !isRecord(edge.attributes) || !isOwnEdge(edge.attributes)) return null;
  }
  const graph = graphOfType("directed", graphAttributes(data));
  try {
    graph.import({ nodes, edges } as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>);
  } catch {
    return null;
  }
  fillMentions(graph);
  return graph;
}

/**
 * Reads graphology JSON (what `diplograph build` and the explorer write, or
 * any graphology export) under the same policy as GEXF (README.md). A graph
 * we wrote comes back attribute for attribute.
 */
export function readGraphJson(
  text: string,
  warnings: ReadWarnings,
): { graph: DiploGraph; unplaced: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw invalidJson(error);
  }
  return readGraphData(data, warnings);
}

/** JSON.parse quotes the text it failed on, line breaks included: the message is kept to one line. */
export function invalidJson(error: unknown): GraphFormatError {
  const reason = (error instanceof Error ? error.message : String(error)).replace(
    /\s*[\r\n\u2028\u2029]+\s*/g,
    " ",
  );
  return new GraphFormatError(`invalid JSON: ${reason}`);
}

/** readGraphJson after JSON.parse: for JSON the caller parsed (the page's `response.json()`). */
export function readGraphData(
  data: unknown,
  warnings: ReadWarnings,
): { graph: DiploGraph; unplaced: string[] } {
  if (!isRecord(data) || !Array.isArray(data.nodes) || !Array.isArray(data.edges)) {
    throw new GraphFormatError("not a graph: expected graphology JSON with `nodes` and `edges` arrays");
  }
  const own = importOwnGraph(data, data.nodes, data.edges);
  if (own) return { graph: own, unplaced: [] };
  const options = isRecord(data.options) ? data.options : {};
  const graph = graphOfType(
    typeof options.type === "string" ? options.type : "directed",
    graphAttributes(data),
  );
  const unplaced: string[] = [];
  addNodes(graph, data.nodes, unplaced);
  addEdges(graph, data.edges, unplaced, warnings);
  fillMentions(graph);
  return { graph, unplaced };
}
