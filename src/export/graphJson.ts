import type { SerializedGraph } from "graphology-types";
import { createGraph } from "../graph/createGraph.ts";
import type { DiploGraph, EdgeAttributes, GraphAttributes, NodeAttributes } from "../graph/schema.ts";
import { validateEdgeAttributes, validateNodeAttributes } from "./validateAttributes.ts";

/** A JSON text that is not a diplograph graph; the message says where. */
export class GraphFormatError extends Error {
  override name = "GraphFormatError";
}

/** The graph in graphology's serialisation format (what the web app loads), as compact JSON. */
export function serializeGraph(graph: DiploGraph): string {
  const data: SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes> = graph.export();
  return JSON.stringify(data);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Reads graphology JSON written by `serializeGraph` (or by the web app),
 * checking every node and edge, so a wrong file fails here with one line and
 * not later inside an exporter.
 */
export function parseGraphJson(text: string): DiploGraph {
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
  const graph = createGraph();
  const attributes = isRecord(data.attributes) ? data.attributes : {};
  const articleIds = Array.isArray(attributes.articleIds)
    ? attributes.articleIds.filter((id): id is string => typeof id === "string")
    : [];
  graph.replaceAttributes(
    typeof attributes.name === "string" ? { name: attributes.name, articleIds } : { articleIds },
  );
  data.nodes.forEach((node: unknown, i: number) => {
    if (!isRecord(node) || typeof node.key !== "string") throw new GraphFormatError(`node ${i}: missing key`);
    if (graph.hasNode(node.key)) throw new GraphFormatError(`node ${node.key}: duplicate key`);
    const problem = validateNodeAttributes(node.attributes);
    if (typeof problem === "string") throw new GraphFormatError(`node ${node.key}: ${problem}`);
    graph.addNode(node.key, problem);
  });
  data.edges.forEach((edge: unknown, i: number) => {
    if (!isRecord(edge) || typeof edge.source !== "string" || typeof edge.target !== "string") {
      throw new GraphFormatError(`edge ${i}: missing source or target`);
    }
    const name = typeof edge.key === "string" ? edge.key : String(i);
    for (const end of [edge.source, edge.target]) {
      if (!graph.hasNode(end)) throw new GraphFormatError(`edge ${name}: unknown node ${end}`);
    }
    const problem = validateEdgeAttributes(edge.attributes);
    if (typeof problem === "string") throw new GraphFormatError(`edge ${name}: ${problem}`);
    if (typeof edge.key === "string") {
      if (graph.hasEdge(edge.key)) throw new GraphFormatError(`edge ${name}: duplicate key`);
      graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, problem);
    } else {
      graph.addDirectedEdge(edge.source, edge.target, problem);
    }
  });
  return graph;
}
