import type { Attributes, default as Graph } from "graphology-types";

/**
 * What "equal graphs" means in these tests: the same node keys with deeply
 * equal attributes, the same edge keys with the same source, target and deeply
 * equal attributes, and equal graph attributes. Insertion order is ignored
 * (sorted by key); attribute values, including evidence order, are not.
 */
export interface GraphSnapshot {
  attributes: Attributes;
  nodes: Array<[string, Attributes]>;
  edges: Array<[string, string, string, Attributes]>;
}

const byKey = <T extends [string, ...unknown[]]>(a: T, b: T) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

export function graphSnapshot(graph: Graph<Attributes, Attributes, Attributes>): GraphSnapshot {
  const nodes: GraphSnapshot["nodes"] = [];
  graph.forEachNode((key, a) => {
    nodes.push([key, structuredClone(a)]);
  });
  const edges: GraphSnapshot["edges"] = [];
  graph.forEachEdge((key, a, source, target) => {
    edges.push([key, source, target, structuredClone(a)]);
  });
  return {
    attributes: structuredClone(graph.getAttributes()),
    nodes: nodes.sort(byKey),
    edges: edges.sort(byKey),
  };
}
