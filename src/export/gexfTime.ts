import type { DiploGraph } from "../graph/schema.ts";

/**
 * GEXF time, which graphology-gexf does not write: we post-process its XML
 * string here (and only here) to make the graph dynamic (GEXF 1.3 dynamics,
 * ../shared/gexf/1.3/dynamics.xsd):
 * - `<graph mode="dynamic" timeformat="date">`;
 * - each edge `start`/`end` = its firstSeen/lastSeen (xs:date);
 * - each node `start` = the earliest firstSeen of its edges, no end: an actor,
 *   once it has appeared, stays on Gephi's timeline.
 * Elements without dates get no time attributes (present at all times).
 *
 * The writer emits `<node ` and `<edge ` tags in graph.forEachNode /
 * forEachEdge order, and escapes `<` in all attribute values and text, so the
 * n-th `<node ` tag in the string is the n-th node of the graph.
 */

/** True when any edge has a date, i.e. when a timeline means something. */
export function hasDates(graph: DiploGraph): boolean {
  return graph.someEdge((_e, a) => a.firstSeen !== null);
}

export function nodeStarts(graph: DiploGraph): Map<string, string> {
  const starts = new Map<string, string>();
  graph.forEachEdge((_e, a, source, target) => {
    if (a.firstSeen === null) return;
    for (const node of [source, target]) {
      const current = starts.get(node);
      if (current === undefined || a.firstSeen < current) starts.set(node, a.firstSeen);
    }
  });
  return starts;
}

/** Adds dynamic mode and start/end attributes to a GEXF string written from `graph`. */
export function addTimeToGexf(xml: string, graph: DiploGraph): string {
  const nodeTimes: string[] = [];
  const starts = nodeStarts(graph);
  graph.forEachNode((node) => {
    const start = starts.get(node);
    nodeTimes.push(start === undefined ? "" : `start="${start}" `);
  });
  const edgeTimes: string[] = [];
  graph.forEachEdge((_e, a) => {
    let time = "";
    if (a.firstSeen !== null) time += `start="${a.firstSeen}" `;
    if (a.lastSeen !== null) time += `end="${a.lastSeen}" `;
    edgeTimes.push(time);
  });

  let graphTagSeen = false;
  let nodeIndex = 0;
  let edgeIndex = 0;
  const out = xml.replace(/<(graph|node|edge) /g, (tag, name: string) => {
    if (name === "graph") {
      if (graphTagSeen) return tag;
      graphTagSeen = true;
      return `<graph mode="dynamic" timeformat="date" `;
    }
    const time = name === "node" ? nodeTimes[nodeIndex++] : edgeTimes[edgeIndex++];
    return `<${name} ${time ?? ""}`;
  });
  if (!graphTagSeen || nodeIndex !== graph.order || edgeIndex !== graph.size) {
    throw new Error(
      `GEXF time: expected ${graph.order} nodes and ${graph.size} edges in the writer's output, found ${nodeIndex} and ${edgeIndex}`,
    );
  }
  return out;
}
