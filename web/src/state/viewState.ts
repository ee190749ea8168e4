import { ACTOR_KINDS, type ActorKind } from "../../../src/model/actor.ts";
import { RELATIONS, type Relation } from "../../../src/model/relations.ts";

/**
 * Everything the user chose about what to show. It is the only input of the
 * reducers besides the graph, and it is what the URL stores, so a link
 * reopens the same view.
 */
export interface ViewState {
  relations: Set<Relation>;
  kinds: Set<ActorKind>;
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
    relations: new Set(RELATIONS),
    kinds: new Set(ACTOR_KINDS),
    minWeight: 1,
    from: null,
    to: null,
    selectedNode: null,
    selectedEdge: null,
    search: "",
  };
}
