import { NODE_KINDS, type NodeKind } from "../../../src/model/actor.ts";
import { EDGE_RELATIONS, type EdgeRelation } from "../../../src/model/relations.ts";

/**
 * Everything the user chose about what to show. It is the only input of the
 * reducers besides the graph, and it is what the URL stores, so a link
 * reopens the same view.
 */
export interface ViewState {
  relations: Set<EdgeRelation>;
  kinds: Set<NodeKind>;
  minWeight: number;
  /** Inclusive ISO dates; null = unbounded. */
  from: string | null;
  to: string | null;
  selectedNode: string | null;
  selectedEdge: string | null;
  search: string;
}

export function defaultViewState(): ViewState {
  return {
    relations: new Set(EDGE_RELATIONS),
    kinds: new Set(NODE_KINDS),
    minWeight: 1,
    from: null,
    to: null,
    selectedNode: null,
    selectedEdge: null,
    search: "",
  };
}
