import type { DiploGraph, GraphAttributes } from "../graph/schema.ts";
import { GraphFormatError, type ReadWarnings } from "./errors.ts";
import { edgeFrom, fillMentions, graphOfType, nodeFrom } from "./toDiploGraph.ts";

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
    // JSON.parse quotes the text it failed on, line breaks included: keep the message one line.
    const reason = (error instanceof Error ? error.message : String(error)).replace(
      /\s*[\r\n\u2028\u2029]+\s*/g,
      " ",
    );
    throw new GraphFormatError(`invalid JSON: ${reason}`);
  }
  if (!isRecord(data) || !Array.isArray(data.nodes) || !Array.isArray(data.edges)) {
    throw new GraphFormatError("not a graph: expected graphology JSON with `nodes` and `edges` arrays");
  }
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
