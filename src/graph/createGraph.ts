import { MultiDirectedGraph } from "graphology";
import type { DiploGraph, EdgeAttributes, GraphAttributes, NodeAttributes } from "./schema.ts";

/** An empty diplograph: a directed multi-graph with no articles merged yet. */
export function createGraph(name?: string): DiploGraph {
  const graph: DiploGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.replaceAttributes(name === undefined ? { articleIds: [] } : { name, articleIds: [] });
  return graph;
}
