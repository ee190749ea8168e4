import { RELATION_COLORS } from "../../../src/appearance/palette.ts";
import type { DiploGraph, EdgeAttributes, Evidence, ExtraAttributes } from "../../../src/graph/schema.ts";
import { EDGE_RELATION_LABELS, EDGE_RELATIONS, type EdgeRelation } from "../../../src/model/relations.ts";
import type { ActorNames } from "../actorNames.ts";
import { isWindowed, type TimeWindow, windowEvidence, windowWeight } from "../state/timeWindow.ts";
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
  /** Counts and evidence are those inside `window`, the time filter's range. */
  showNode(graph: DiploGraph, node: string, isHidden: (edge: string) => boolean, window: TimeWindow): void;
  showEdge(graph: DiploGraph, edge: string, window: TimeWindow): void;
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

interface PanelContext {
  names: ActorNames;
  events: DetailsPanelEvents;
  window: TimeWindow;
}

function termsFor(
  ctx: PanelContext,
  graph: DiploGraph,
  source: string,
  target: string,
  speakers: string[],
): MarkTerm[] {
  const sourceLabel = graph.getNodeAttribute(source, "label");
  const targetLabel = graph.getNodeAttribute(target, "label");
  return [
    ...ctx.names.surfaceFormsOf(source, sourceLabel).map((text) => ({ text, className: "actor-source" })),
    ...speakers.map((text) => ({ text, className: "actor-source" })),
    ...ctx.names.surfaceFormsOf(target, targetLabel).map((text) => ({ text, className: "actor-target" })),
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

/** "3 sentences", or within a time range "2 sentences in the time range (of 3)". */
function edgeSummary(attrs: EdgeAttributes, window: TimeWindow): string {
  const weight = windowWeight(attrs, window);
  const sentences = `${weight} sentence${weight === 1 ? "" : "s"}`;
  const parts = [weight === attrs.weight ? sentences : `${sentences} in the time range (of ${attrs.weight})`];
  if (attrs.relation === "related") parts[0] = `weight ${attrs.weight}`;
  if (attrs.articles > 1) parts.push(`${attrs.articles} articles`);
  if (attrs.firstSeen)
    parts.push(
      attrs.firstSeen === attrs.lastSeen ? attrs.firstSeen : `${attrs.firstSeen} – ${attrs.lastSeen}`,
    );
  return parts.join(", ");
}

/** A file's own attributes (Gephi's "modularity_class", a sample sentence): names and values as text. */
function extraList(extra: ExtraAttributes | undefined): HTMLElement | "" {
  if (!extra) return "";
  const list = el("dl", undefined, "extra-attributes");
  for (const [name, value] of Object.entries(extra)) list.append(el("dt", name), el("dd", String(value)));
  return list;
}

function linkButton(text: string, className: string, onClick: () => void): HTMLButtonElement {
  const button = el("button", text, className);
  button.type = "button";
  button.addEventListener("click", onClick);
  return button;
}

/** One position of an actor: the other actor, the edge's summary, its evidence. */
function positionItem(
  ctx: PanelContext,
  graph: DiploGraph,
  edge: string,
  direction: "out" | "in",
): HTMLElement {
  const attrs = graph.getEdgeAttributes(edge);
  const other = direction === "out" ? graph.target(edge) : graph.source(edge);
  const item = el("div", undefined, "position");
  const head = el("div", undefined, "position-head");
  head.append(
    el("span", direction === "out" ? `${attrs.label} ` : `${attrs.negated ? "(negated) " : ""}by `),
  );
  head.append(linkButton(graph.getNodeAttribute(other, "label"), "link", () => ctx.events.selectNode(other)));
  const summary = edgeSummary(attrs, ctx.window);
  const edgeButton = linkButton(summary, "link subtle", () => ctx.events.selectEdge(edge));
  edgeButton.setAttribute("aria-label", `Show this position only: ${summary}`);
  head.append(" (", edgeButton, ")");
  item.append(head);
  const terms = termsFor(ctx, graph, graph.source(edge), graph.target(edge), attrs.speakers);
  item.append(evidenceList(windowEvidence(attrs, ctx.window), terms));
  return item;
}

function edgesByRelation(
  graph: DiploGraph,
  node: string,
  direction: "out" | "in",
  isHidden: (edge: string) => boolean,
): Map<EdgeRelation, string[]> {
  const byRelation = new Map<EdgeRelation, string[]>();
  const add = (edge: string, attrs: EdgeAttributes) => {
    if (isHidden(edge)) return;
    const list = byRelation.get(attrs.relation) ?? [];
    list.push(edge);
    byRelation.set(attrs.relation, list);
  };
  // Undirected edges (of a file's undirected or mixed graph) are listed with the positions taken.
  if (direction === "out") {
    graph.forEachOutEdge(node, add);
    graph.forEachUndirectedEdge(node, add);
  } else graph.forEachInEdge(node, add);
  return byRelation;
}

function section(
  ctx: PanelContext,
  graph: DiploGraph,
  node: string,
  direction: "out" | "in",
  isHidden: (edge: string) => boolean,
): HTMLElement {
  const wrap = el("section", undefined, "positions");
  wrap.append(el("h3", direction === "out" ? "Positions taken" : "Positions received"));
  const byRelation = edgesByRelation(graph, node, direction, isHidden);
  if (byRelation.size === 0) wrap.append(el("p", "None shown.", "hint"));
  for (const relation of EDGE_RELATIONS) {
    const edges = byRelation.get(relation);
    if (!edges) continue;
    const h4 = el("h4", EDGE_RELATION_LABELS[relation]);
    h4.style.borderLeftColor = RELATION_COLORS[relation];
    wrap.append(h4);
    for (const edge of edges) wrap.append(positionItem(ctx, graph, edge, direction));
  }
  return wrap;
}

function nodeInfo(graph: DiploGraph, node: string, window: TimeWindow): string {
  const attrs = graph.getNodeAttributes(node);
  if (attrs.kind === "other") return `${graph.degree(node)} edge${graph.degree(node) === 1 ? "" : "s"}`;
  const articles = `${attrs.articles} article${attrs.articles === 1 ? "" : "s"}`;
  const info = `${attrs.kind.replace("_", " ")} · ${attrs.mentions} mentions in ${articles}`;
  if (!isWindowed(window)) return info;
  // As the node's size: its mentions less those of its edges' evidence outside the range.
  let outside = 0;
  graph.forEachEdge(node, (_edge, edgeAttrs) => {
    outside += edgeAttrs.weight - windowWeight(edgeAttrs, window);
  });
  return `${info}, ${Math.max(0, attrs.mentions - outside)} in the time range`;
}

function edgeNavigation(ctx: PanelContext, graph: DiploGraph, edge: string): HTMLElement {
  const nav = el("p", undefined, "position-head");
  for (const id of [graph.source(edge), graph.target(edge)]) {
    nav.append(
      linkButton(graph.getNodeAttribute(id, "label"), "link", () => ctx.events.selectNode(id)),
      " ",
    );
  }
  return nav;
}

/**
 * The side panel: an actor's positions taken and received, grouped by
 * relation, or one edge's evidence, with the attributes a file brought.
 * Built with createElement/textContent only: article text and file values
 * are data and are never parsed as HTML.
 */
export function createDetailsPanel(
  elements: DetailsPanelElements,
  names: ActorNames,
  events: DetailsPanelEvents,
): DetailsPanel {
  const { panel, title, body, close } = elements;
  const ctx: PanelContext = { names, events, window: { from: null, to: null } };
  const closePanel = () => {
    panel.hidden = true;
    body.replaceChildren();
    title.textContent = "";
  };
  close.addEventListener("click", () => {
    closePanel();
    events.closed();
  });
  return {
    showNode(graph, node, isHidden, window) {
      ctx.window = window;
      const attrs = graph.getNodeAttributes(node);
      title.textContent = attrs.label;
      body.replaceChildren(
        el("p", nodeInfo(graph, node, window), "hint"),
        extraList(attrs.extra),
        section(ctx, graph, node, "out", isHidden),
        section(ctx, graph, node, "in", isHidden),
      );
      panel.hidden = false;
    },
    showEdge(graph, edge, window) {
      ctx.window = window;
      const attrs = graph.getEdgeAttributes(edge);
      const [source, target] = [graph.source(edge), graph.target(edge)];
      title.textContent = `${graph.getNodeAttribute(source, "label")} ${attrs.label} ${graph.getNodeAttribute(target, "label")}`;
      const conditions =
        attrs.conditions.length > 0 ? el("p", `Conditions: ${attrs.conditions.join("; ")}`, "condition") : "";
      body.replaceChildren(
        edgeNavigation(ctx, graph, edge),
        el("p", edgeSummary(attrs, window), "hint"),
        conditions,
        extraList(attrs.extra),
        evidenceList(windowEvidence(attrs, window), termsFor(ctx, graph, source, target, attrs.speakers)),
      );
      panel.hidden = false;
    },
    close: closePanel,
  };
}
