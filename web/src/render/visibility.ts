import type { DiploGraph } from "../../../src/graph/schema.ts";
import { GENERIC_RELATION } from "../../../src/model/relations.ts";
import type { WindowCounts } from "../state/timeWindow.ts";
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

/**
 * With a time window, an edge is shown when it has evidence inside it, and the
 * minimum weight applies to that recounted weight (`counts`, from timeWindow.ts).
 */
export function computeVisibility(
  graph: DiploGraph,
  state: ViewState,
  counts: WindowCounts | null,
): Visibility {
  const hiddenNodes = new Set<string>();
  const hiddenEdges = new Set<string>();
  // Nodes whose every edge lies outside the time range disappear, so the slider replays who entered when.
  const datedOut = new Map<string, boolean>();

  graph.forEachNode((node, attrs) => {
    if (!state.kinds.has(attrs.kind)) hiddenNodes.add(node);
  });
  graph.forEachEdge((edge, attrs, source, target) => {
    const weight = counts?.edgeWeights.get(edge) ?? attrs.weight;
    // An edge of a foreign file may weigh 0 or less; only an edge that lost all its evidence is out of time.
    const timely = weight > 0 || weight === attrs.weight;
    if (counts) {
      for (const node of [source, target]) datedOut.set(node, (datedOut.get(node) ?? true) && !timely);
    }
    if (
      !timely ||
      !state.relations.has(attrs.relation) ||
      // Minimum weight counts evidence sentences; edges of foreign files (generic relation) have none.
      (attrs.relation !== GENERIC_RELATION && weight < state.minWeight) ||
      hiddenNodes.has(source) ||
      hiddenNodes.has(target)
    ) {
      hiddenEdges.add(edge);
    }
  });
  for (const [node, out] of datedOut) if (out) hiddenNodes.add(node);
  // A node hidden by time hides its remaining edges too.
  if (counts) {
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
