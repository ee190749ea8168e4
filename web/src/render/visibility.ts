import type { DiploGraph } from "../../../src/graph/schema.ts";
import { GENERIC_RELATION } from "../../../src/model/relations.ts";
import type { ViewState } from "../state/viewState.ts";

/**
 * Which nodes and edges the filters hide. Computed once per filter change so
 * the reducers, which run for every element on every refresh, only do a set
 * lookup.
 */
export interface Visibility {
  hiddenNodes: Set<string>;
  hiddenEdges: Set<string>;
  visibleNodes: number;
  visibleEdges: number;
}

function inTimeRange(firstSeen: string | null, lastSeen: string | null, state: ViewState): boolean {
  // Undated evidence cannot be placed in time: it stays visible.
  if (firstSeen === null || lastSeen === null) return true;
  if (state.to !== null && firstSeen > state.to) return false;
  if (state.from !== null && lastSeen < state.from) return false;
  return true;
}

export function computeVisibility(graph: DiploGraph, state: ViewState): Visibility {
  const hiddenNodes = new Set<string>();
  const hiddenEdges = new Set<string>();
  const timeFiltered = state.from !== null || state.to !== null;
  // Nodes whose every edge lies outside the time range disappear, so the slider replays who entered when.
  const datedOut = new Map<string, boolean>();

  graph.forEachNode((node, attrs) => {
    if (!state.kinds.has(attrs.kind)) hiddenNodes.add(node);
  });
  graph.forEachEdge((edge, attrs, source, target) => {
    const timely = inTimeRange(attrs.firstSeen, attrs.lastSeen, state);
    if (timeFiltered) {
      for (const node of [source, target]) datedOut.set(node, (datedOut.get(node) ?? true) && !timely);
    }
    if (
      !timely ||
      !state.relations.has(attrs.relation) ||
      // Minimum weight counts evidence sentences; edges of foreign files (generic relation) have none.
      (attrs.relation !== GENERIC_RELATION && attrs.weight < state.minWeight) ||
      hiddenNodes.has(source) ||
      hiddenNodes.has(target)
    ) {
      hiddenEdges.add(edge);
    }
  });
  for (const [node, out] of datedOut) if (out) hiddenNodes.add(node);
  // A node hidden by time hides its remaining edges too.
  if (timeFiltered) {
    graph.forEachEdge((edge, _attrs, source, target) => {
      if (hiddenNodes.has(source) || hiddenNodes.has(target)) hiddenEdges.add(edge);
    });
  }
  return {
    hiddenNodes,
    hiddenEdges,
    visibleNodes: graph.order - hiddenNodes.size,
    visibleEdges: graph.size - hiddenEdges.size,
  };
}
