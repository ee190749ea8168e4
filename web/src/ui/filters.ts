import { KIND_COLORS, RELATION_COLORS } from "../../../src/appearance/palette.ts";
import type { DiploGraph } from "../../../src/graph/schema.ts";
import { NODE_KINDS, type NodeKind } from "../../../src/model/actor.ts";
import { EDGE_RELATION_LABELS, EDGE_RELATIONS, type EdgeRelation } from "../../../src/model/relations.ts";
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

/** Every dated evidence sentence, sorted: the stops of the time slider. */
function evidenceDates(graph: DiploGraph): string[] {
  const dates = new Set<string>();
  graph.forEachEdge((_edge, attrs) => {
    if (attrs.firstSeen) dates.add(attrs.firstSeen);
    if (attrs.lastSeen) dates.add(attrs.lastSeen);
  });
  return [...dates].sort();
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

/**
 * The relation and kind checkboxes (which double as the legend: colour
 * swatches), the minimum-weight slider and the time range. Emits partial
 * state changes; the app owns the state.
 */
export function createFilters(
  elements: FilterElements,
  onChange: (patch: Partial<ViewState>) => void,
): Filters {
  let current: ViewState | null = null;
  let dates: string[] = [];

  const legend = (fieldset: HTMLElement) => fieldset.querySelector("legend");

  elements.minWeight.addEventListener("input", () => {
    elements.minWeightValue.value = elements.minWeight.value;
    onChange({ minWeight: Number(elements.minWeight.value) });
  });
  const onTime = (moved: "from" | "to") => {
    let from = Number(elements.timeFrom.value);
    let to = Number(elements.timeTo.value);
    // The thumbs may not cross: the one being dragged pushes the other.
    if (from > to) {
      if (moved === "from") to = from;
      else from = to;
      elements.timeFrom.value = String(from);
      elements.timeTo.value = String(to);
    }
    const last = dates.length - 1;
    showTime(from, to);
    onChange({ from: from <= 0 ? null : (dates[from] ?? null), to: to >= last ? null : (dates[to] ?? null) });
  };
  const showTime = (from: number, to: number) => {
    elements.timeValue.textContent =
      dates.length === 0 ? "No dated evidence." : `${dates[from] ?? ""} – ${dates[to] ?? ""}`;
    elements.timeFrom.setAttribute("aria-valuetext", dates[from] ?? "");
    elements.timeTo.setAttribute("aria-valuetext", dates[to] ?? "");
  };
  elements.timeFrom.addEventListener("input", () => onTime("from"));
  elements.timeTo.addEventListener("input", () => onTime("to"));

  return {
    render(graph, state) {
      current = state;
      const relationCounts = new Map<EdgeRelation, number>();
      let maxWeight = 1;
      graph.forEachEdge((_edge, attrs) => {
        relationCounts.set(attrs.relation, (relationCounts.get(attrs.relation) ?? 0) + 1);
        if (attrs.weight > maxWeight) maxWeight = attrs.weight;
      });
      const kindCounts = new Map<NodeKind, number>();
      graph.forEachNode((_node, attrs) => kindCounts.set(attrs.kind, (kindCounts.get(attrs.kind) ?? 0) + 1));

      const toggleRelation = (relation: EdgeRelation, on: boolean) => {
        if (!current) return;
        const relations = new Set(current.relations);
        if (on) relations.add(relation);
        else relations.delete(relation);
        onChange({ relations });
      };
      const toggleKind = (kind: NodeKind, on: boolean) => {
        if (!current) return;
        const kinds = new Set(current.kinds);
        if (on) kinds.add(kind);
        else kinds.delete(kind);
        onChange({ kinds });
      };
      elements.relations.replaceChildren(
        ...[legend(elements.relations)].filter((x) => x !== null),
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
      elements.kinds.replaceChildren(
        ...[legend(elements.kinds)].filter((x) => x !== null),
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

      elements.minWeight.max = String(maxWeight);
      elements.minWeight.value = String(Math.min(state.minWeight, maxWeight));
      elements.minWeightValue.value = elements.minWeight.value;
      elements.minWeight.disabled = maxWeight <= 1;

      dates = evidenceDates(graph);
      const last = Math.max(0, dates.length - 1);
      elements.timeFrom.max = String(last);
      elements.timeTo.max = String(last);
      const fromIndex = state.from
        ? Math.max(
            0,
            dates.findIndex((d) => d >= (state.from ?? "")),
          )
        : 0;
      const toIndexRaw = state.to ? dates.findLastIndex((d) => d <= (state.to ?? "")) : last;
      const toIndex = Math.max(0, toIndexRaw);
      elements.timeFrom.value = String(fromIndex);
      elements.timeTo.value = String(toIndex);
      elements.timeFrom.disabled = dates.length < 2;
      elements.timeTo.disabled = dates.length < 2;
      showTime(fromIndex, toIndex);
    },
  };
}
