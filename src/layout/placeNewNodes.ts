import type { DiploGraph } from "../graph/schema.ts";
import { seededPosition, startRadius } from "./seededPosition.ts";

/** Half the width of the square holding the placed nodes (at least 1). */
function span(graph: DiploGraph, placed: Iterable<string>): number {
  let out = 1;
  for (const node of placed) {
    out = Math.max(
      out,
      Math.abs(graph.getNodeAttribute(node, "x")),
      Math.abs(graph.getNodeAttribute(node, "y")),
    );
  }
  return out;
}

/** Mean position of the placed neighbours of `node`, or null when none is placed. */
function anchorOf(graph: DiploGraph, node: string, placed: Set<string>): { x: number; y: number } | null {
  let x = 0;
  let y = 0;
  let n = 0;
  graph.forEachNeighbor(node, (neighbour, a) => {
    if (!placed.has(neighbour)) return;
    x += a.x;
    y += a.y;
    n++;
  });
  return n === 0 ? null : { x: x / n, y: y / n };
}

/**
 * Places nodes added to a graph already on screen (an article pasted in the
 * explorer) without moving the others: each new node at the centre of its
 * placed neighbours, nudged so it does not cover them, so it appears where
 * the reader is looking; a new group with no placed neighbour lands inside
 * the current picture. In an empty graph every node gets its seeded start
 * position (see seededPosition.ts).
 */
export function placeNewNodes(graph: DiploGraph, nodes: string[], existing: Set<string>, seed = 7): void {
  if (existing.size === 0) {
    const radius = startRadius(nodes.length);
    for (const node of nodes) graph.mergeNodeAttributes(node, seededPosition(node, seed, radius));
    return;
  }
  const size = span(graph, existing);
  const placed = new Set(existing);
  const pending = new Set(nodes);
  // Rounds: nodes next to placed ones first, so a chain of new actors grows out from the graph.
  while (pending.size > 0) {
    let round = 0;
    for (const node of [...pending]) {
      const anchor = anchorOf(graph, node, placed);
      if (anchor === null) continue;
      const angle = ++round * 2.399963; // golden angle: successive nodes fan out instead of stacking
      const offset = size * 0.08;
      graph.mergeNodeAttributes(node, {
        x: anchor.x + offset * Math.cos(angle),
        y: anchor.y + offset * Math.sin(angle),
      });
      placed.add(node);
      pending.delete(node);
    }
    if (round > 0) continue;
    const [first] = pending;
    if (first === undefined) break;
    graph.mergeNodeAttributes(first, seededPosition(first, seed, size * 0.9));
    placed.add(first);
    pending.delete(first);
  }
}
