import type { SerializedGraph } from "graphology-types";
import type { DiploGraph, EdgeAttributes, GraphAttributes, NodeAttributes } from "../graph/schema.ts";

/**
 * The graph in graphology's serialisation format (what the web app loads), as
 * compact JSON; src/read/readGraphJson.ts reads it back.
 */
export function serializeGraph(graph: DiploGraph): string {
  const data: SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes> = graph.export();
  return JSON.stringify(data);
}
