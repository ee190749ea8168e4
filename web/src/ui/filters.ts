import { KIND_COLORS, RELATION_COLORS } from "../../../src/appearance/palette.ts";
import type { DiploGraph } from "../../../src/graph/schema.ts";
import { NODE_KINDS, type NodeKind } from "../../../src/model/actor.ts";
import {
  EDGE_RELATION_LABELS,
  EDGE_RELATIONS,
  type EdgeRelation,
  GENERIC_RELATION,
} from "../../../src/model/relations.ts";
import type { ViewState } from "../state/viewState.ts";

export interface FilterElements {
  relations: HTMLElement;
  kinds: HTMLElement;
  minWeight: HTMLInputElement;
  minWeightValue: HTMLOutputElement;
  timeFrom: HTMLInputElement;
  timeTo: HTMLInputElement;
  timeValue: HTMLElement;
}

export interface Filters {
  /** Rebuilds the controls for a graph (relations present, weight and date ranges) and shows `state`. */
  render(graph: DiploGraph, state: ViewState): void;
}

/** What the controls show of a graph's edges, gathered in one pass (at 50k edges each pass counts). */
interface EdgeSummary {
  relationCounts: Map<EdgeRelation, number>;
  /** Largest weight; edges of foreign files (generic relation) do not count. */
  maxWeight: number;
  /** Every edge's first and last evidence date, sorted: the stops of the time slider. */
  dates: string[];
}

function summarizeEdges(graph: DiploGraph): EdgeSummary {
  const relationCounts = new Map<EdgeRelation, number>();
  const dates = new Set<string>();
  let maxWeight = 1;
  graph.forEachEdge((_edge, attrs) => {
    count(relationCounts, attrs.relation);
    if (attrs.relation !== GENERIC_RELATION && attrs.weight > maxWeight) maxWeight = attrs.weight;
    if (attrs.firstSeen) dates.add(attrs.firstSeen);
    if (attrs.lastSeen) dates.add(attrs.lastSeen);
  });
  return { relationCounts, maxWeight, dates: [...dates].sort() };
}

function legendItem<T extends string>(
  value: T,
  text: string,
  color: string,
  checked: boolean,
  count: number,
  onToggle: (value: T, on: boolean) => void,
): HTMLLabelElement {
  const label = document.createElement("label");
  label.className = "legend-item";
  const box = document.createElement("input");
  box.type = "checkbox";
  box.checked = checked;
  box.value = value;
  box.name = value;
  box.addEventListener("change", () => onToggle(value, box.checked));
  const swatch = document.createElement("span");
  swatch.className = "swatch";
  swatch.style.background = color;
  swatch.setAttribute("aria-hidden", "true");
  const name = document.createElement("span");
  name.textContent = text;
  const n = document.createElement("span");
  n.className = "count";
  n.textContent = String(count);
  n.setAttribute("aria-label", `${count} in graph`);
  label.append(box, swatch, name, n);
  return label;
}

interface FilterContext {
  elements: FilterElements;
  onChange: (patch: Partial<ViewState>) => void;
  current: ViewState | null;
  /** Distinct evidence dates of the graph: the time sliders' steps. */
  dates: string[];
}

const legendOf = (fieldset: HTMLElement) => [fieldset.querySelector("legend")].filter((x) => x !== null);

function toggled<T>(set: Set<T>, value: T, on: boolean): Set<T> {
  const next = new Set(set);
  if (on) next.add(value);
  else next.delete(value);
  return next;
}

function count<T>(counts: Map<T, number>, key: T): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function renderLegends(
  ctx: FilterContext,
  graph: DiploGraph,
  relationCounts: Map<EdgeRelation, number>,
  state: ViewState,
): void {
  const kindCounts = new Map<NodeKind, number>();
  graph.forEachNode((_node, attrs) => count(kindCounts, attrs.kind));
  const toggleRelation = (relation: EdgeRelation, on: boolean) => {
    if (ctx.current) ctx.onChange({ relations: toggled(ctx.current.relations, relation, on) });
  };
  const toggleKind = (kind: NodeKind, on: boolean) => {
    if (ctx.current) ctx.onChange({ kinds: toggled(ctx.current.kinds, kind, on) });
  };
  const { relations, kinds } = ctx.elements;
  relations.replaceChildren(
    ...legendOf(relations),
    ...EDGE_RELATIONS.filter((r) => relationCounts.has(r)).map((r) =>
      legendItem(
        r,
        EDGE_RELATION_LABELS[r],
        RELATION_COLORS[r],
        state.relations.has(r),
        relationCounts.get(r) ?? 0,
        toggleRelation,
      ),
    ),
  );
  kinds.replaceChildren(
    ...legendOf(kinds),
    ...NODE_KINDS.filter((k) => kindCounts.has(k)).map((k) =>
      legendItem(
        k,
        k.replace("_", " "),
        KIND_COLORS[k],
        state.kinds.has(k),
        kindCounts.get(k) ?? 0,
        toggleKind,
      ),
    ),
  );
}

/** The slider counts evidence sentences: edges of foreign files (generic relation) do not set its range. */
function renderMinWeight(elements: FilterElements, maxWeight: number, state: ViewState): void {
  elements.minWeight.max = String(maxWeight);
  elements.minWeight.value = String(Math.min(state.minWeight, maxWeight));
  elements.minWeightValue.value = elements.minWeight.value;
  elements.minWeight.disabled = maxWeight <= 1;
}

function showTime(ctx: FilterContext, from: number, to: number): void {
  const { elements, dates } = ctx;
  elements.timeValue.textContent =
    dates.length === 0 ? "No dated evidence." : `${dates[from] ?? ""} – ${dates[to] ?? ""}`;
  elements.timeFrom.setAttribute("aria-valuetext", dates[from] ?? "");
  elements.timeTo.setAttribute("aria-valuetext", dates[to] ?? "");
}

function renderTime(ctx: FilterContext, dates: string[], state: ViewState): void {
  const { elements } = ctx;
  ctx.dates = dates;
  const last = Math.max(0, dates.length - 1);
  elements.timeFrom.max = String(last);
  elements.timeTo.max = String(last);
  const fromIndex = state.from
    ? Math.max(
        0,
        dates.findIndex((d) => d >= (state.from ?? "")),
      )
    : 0;
  const toIndex = Math.max(0, state.to ? dates.findLastIndex((d) => d <= (state.to ?? "")) : last);
  elements.timeFrom.value = String(fromIndex);
  elements.timeTo.value = String(toIndex);
  elements.timeFrom.disabled = dates.length < 2;
  elements.timeTo.disabled = dates.length < 2;
  showTime(ctx, fromIndex, toIndex);
}

/** A time thumb moved: the thumbs may not cross, the one being dragged pushes the other. */
function onTime(ctx: FilterContext, moved: "from" | "to"): void {
  const { elements, dates } = ctx;
  let from = Number(elements.timeFrom.value);
  let to = Number(elements.timeTo.value);
  if (from > to) {
    if (moved === "from") to = from;
    else from = to;
    elements.timeFrom.value = String(from);
    elements.timeTo.value = String(to);
  }
  const last = dates.length - 1;
  showTime(ctx, from, to);
  ctx.onChange({
    from: from <= 0 ? null : (dates[from] ?? null),
    to: to >= last ? null : (dates[to] ?? null),
  });
}

/**
 * The relation and kind checkboxes (which double as the legend: colour
 * swatches), the minimum-weight slider and the time range. Emits partial
 * state changes; the app owns the state.
 */
export function createFilters(
  elements: FilterElements,
  onChange: (patch: Partial<ViewState>) => void,
): Filters {
  const ctx: FilterContext = { elements, onChange, current: null, dates: [] };
  elements.minWeight.addEventListener("input", () => {
    elements.minWeightValue.value = elements.minWeight.value;
    onChange({ minWeight: Number(elements.minWeight.value) });
  });
  elements.timeFrom.addEventListener("input", () => onTime(ctx, "from"));
  elements.timeTo.addEventListener("input", () => onTime(ctx, "to"));
  return {
    render(graph, state) {
      ctx.current = state;
      const edges = summarizeEdges(graph);
      renderLegends(ctx, graph, edges.relationCounts, state);
      renderMinWeight(elements, edges.maxWeight, state);
      renderTime(ctx, edges.dates, state);
    },
  };
}
