import { NODE_KINDS, type NodeKind } from "../../../src/model/actor.ts";
import { EDGE_RELATIONS, type EdgeRelation, isEdgeRelation } from "../../../src/model/relations.ts";
import { defaultViewState, type ViewState } from "./viewState.ts";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const KIND_SET: ReadonlySet<string> = new Set(NODE_KINDS);

function isKind(value: string): value is NodeKind {
  return KIND_SET.has(value);
}

/**
 * View state <-> URL hash ("#rel=condemns,rejects&minw=2&node=RUS"). Only
 * values that differ from the defaults are written, so the plain URL is the
 * default view.
 */
export function encodeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.relations.size !== EDGE_RELATIONS.length) {
    params.set("rel", EDGE_RELATIONS.filter((r) => state.relations.has(r)).join(","));
  }
  if (state.kinds.size !== NODE_KINDS.length) {
    params.set("kind", NODE_KINDS.filter((k) => state.kinds.has(k)).join(","));
  }
  if (state.minWeight > 1) params.set("minw", String(state.minWeight));
  if (state.from) params.set("from", state.from);
  if (state.to) params.set("to", state.to);
  if (state.selectedNode !== null) params.set("node", state.selectedNode);
  if (state.selectedEdge !== null) params.set("edge", state.selectedEdge);
  if (state.search) params.set("q", state.search);
  const text = params.toString();
  return text ? `#${text}` : "";
}

/** Unknown or malformed values fall back to the default: a bad link still opens. */
export function decodeViewState(hash: string): ViewState {
  const state = defaultViewState();
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const rel = params.get("rel");
  if (rel !== null) {
    const chosen: EdgeRelation[] = rel.split(",").filter(isEdgeRelation);
    state.relations = new Set(chosen);
  }
  const kind = params.get("kind");
  if (kind !== null) state.kinds = new Set(kind.split(",").filter(isKind));
  const minw = Number(params.get("minw"));
  if (Number.isInteger(minw) && minw > 1) state.minWeight = minw;
  const from = params.get("from");
  if (from && DATE.test(from)) state.from = from;
  const to = params.get("to");
  if (to && DATE.test(to)) state.to = to;
  state.selectedNode = params.get("node");
  state.selectedEdge = params.get("edge");
  state.search = params.get("q") ?? "";
  return state;
}
