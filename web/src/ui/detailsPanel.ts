import { RELATION_COLORS } from "../../../src/appearance/palette.ts";
import type { DiploGraph, EdgeAttributes, Evidence } from "../../../src/graph/schema.ts";
import { EDGE_RELATION_LABELS, EDGE_RELATIONS, type EdgeRelation } from "../../../src/model/relations.ts";
import type { ActorNames } from "../actorNames.ts";
import { appendHighlighted, type MarkTerm } from "./highlightText.ts";

export interface DetailsPanelElements {
  panel: HTMLElement;
  title: HTMLElement;
  body: HTMLElement;
  close: HTMLButtonElement;
}

export interface DetailsPanelEvents {
  selectNode(node: string): void;
  selectEdge(edge: string): void;
  closed(): void;
}

export interface DetailsPanel {
  showNode(graph: DiploGraph, node: string, isHidden: (edge: string) => boolean): void;
  showEdge(graph: DiploGraph, edge: string): void;
  close(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (text !== undefined) element.textContent = text;
  if (className) element.className = className;
  return element;
}

/**
 * The side panel: an actor's positions taken and received, grouped by
 * relation, or one edge's evidence. Built with createElement/textContent
 * only: article text is data and is never parsed as HTML.
 */
export function createDetailsPanel(
  elements: DetailsPanelElements,
  names: ActorNames,
  events: DetailsPanelEvents,
): DetailsPanel {
  const { panel, title, body, close } = elements;

  const closePanel = () => {
    panel.hidden = true;
    body.replaceChildren();
    title.textContent = "";
  };
  close.addEventListener("click", () => {
    closePanel();
    events.closed();
  });

  function termsFor(graph: DiploGraph, source: string, target: string, speakers: string[]): MarkTerm[] {
    const sourceLabel = graph.getNodeAttribute(source, "label");
    const targetLabel = graph.getNodeAttribute(target, "label");
    return [
      ...names.surfaceFormsOf(source, sourceLabel).map((text) => ({ text, className: "actor-source" })),
      ...speakers.map((text) => ({ text, className: "actor-source" })),
      ...names.surfaceFormsOf(target, targetLabel).map((text) => ({ text, className: "actor-target" })),
    ];
  }

  function evidenceList(evidence: Evidence[], terms: MarkTerm[]): HTMLElement {
    const list = el("ul", undefined, "evidence");
    for (const item of evidence) {
      const li = el("li");
      const quote = el("blockquote");
      appendHighlighted(quote, item.sentence, terms);
      li.append(quote);
      const meta: string[] = [];
      if (item.speaker) meta.push(`said by ${item.speaker}`);
      meta.push(item.article);
      if (item.date) meta.push(item.date);
      li.append(el("p", meta.join(" · "), "meta"));
      if (item.condition) li.append(el("p", `condition: ${item.condition}`, "condition"));
      list.append(li);
    }
    return list;
  }

  function edgeSummary(attrs: EdgeAttributes): string {
    const parts = [`${attrs.weight} sentence${attrs.weight === 1 ? "" : "s"}`];
    if (attrs.articles > 1) parts.push(`${attrs.articles} articles`);
    if (attrs.firstSeen)
      parts.push(
        attrs.firstSeen === attrs.lastSeen ? attrs.firstSeen : `${attrs.firstSeen} – ${attrs.lastSeen}`,
      );
    return parts.join(", ");
  }

  function section(
    graph: DiploGraph,
    node: string,
    heading: string,
    direction: "out" | "in",
    isHidden: (edge: string) => boolean,
  ): HTMLElement {
    const wrap = el("section", undefined, "positions");
    wrap.append(el("h3", heading));
    const byRelation = new Map<EdgeRelation, string[]>();
    const each = direction === "out" ? graph.forEachOutEdge.bind(graph) : graph.forEachInEdge.bind(graph);
    each(node, (edge, attrs) => {
      if (isHidden(edge)) return;
      const list = byRelation.get(attrs.relation) ?? [];
      list.push(edge);
      byRelation.set(attrs.relation, list);
    });
    if (byRelation.size === 0) wrap.append(el("p", "None shown.", "hint"));
    for (const relation of EDGE_RELATIONS) {
      const edges = byRelation.get(relation);
      if (!edges) continue;
      const h4 = el("h4", EDGE_RELATION_LABELS[relation]);
      h4.style.borderLeftColor = RELATION_COLORS[relation];
      wrap.append(h4);
      for (const edge of edges) {
        const attrs = graph.getEdgeAttributes(edge);
        const other = direction === "out" ? graph.target(edge) : graph.source(edge);
        const item = el("div", undefined, "position");
        const head = el("div", undefined, "position-head");
        const otherButton = el("button", graph.getNodeAttribute(other, "label"), "link");
        otherButton.type = "button";
        otherButton.addEventListener("click", () => events.selectNode(other));
        head.append(
          el("span", direction === "out" ? `${attrs.label} ` : `${attrs.negated ? "(negated) " : ""}by `),
        );
        head.append(otherButton);
        const edgeButton = el("button", edgeSummary(attrs), "link subtle");
        edgeButton.type = "button";
        edgeButton.setAttribute("aria-label", `Show this position only: ${edgeSummary(attrs)}`);
        edgeButton.addEventListener("click", () => events.selectEdge(edge));
        head.append(" (", edgeButton, ")");
        item.append(head);
        item.append(
          evidenceList(
            attrs.evidence,
            termsFor(graph, graph.source(edge), graph.target(edge), attrs.speakers),
          ),
        );
        wrap.append(item);
      }
    }
    return wrap;
  }

  return {
    showNode(graph, node, isHidden) {
      const attrs = graph.getNodeAttributes(node);
      title.textContent = attrs.label;
      const info = el(
        "p",
        `${attrs.kind.replace("_", " ")} · ${attrs.mentions} mentions in ${attrs.articles} article${attrs.articles === 1 ? "" : "s"}`,
        "hint",
      );
      body.replaceChildren(
        info,
        section(graph, node, "Positions taken", "out", isHidden),
        section(graph, node, "Positions received", "in", isHidden),
      );
      panel.hidden = false;
    },
    showEdge(graph, edge) {
      const attrs = graph.getEdgeAttributes(edge);
      const source = graph.source(edge);
      const target = graph.target(edge);
      const sourceLabel = graph.getNodeAttribute(source, "label");
      const targetLabel = graph.getNodeAttribute(target, "label");
      title.textContent = `${sourceLabel} ${attrs.label} ${targetLabel}`;
      const nav = el("p", undefined, "position-head");
      for (const [id, label] of [
        [source, sourceLabel],
        [target, targetLabel],
      ] as const) {
        const button = el("button", label, "link");
        button.type = "button";
        button.addEventListener("click", () => events.selectNode(id));
        nav.append(button, " ");
      }
      const summary = el("p", edgeSummary(attrs), "hint");
      const conditions =
        attrs.conditions.length > 0 ? el("p", `Conditions: ${attrs.conditions.join("; ")}`, "condition") : "";
      body.replaceChildren(
        nav,
        summary,
        conditions,
        evidenceList(attrs.evidence, termsFor(graph, source, target, attrs.speakers)),
      );
      panel.hidden = false;
    },
    close: closePanel,
  };
}
