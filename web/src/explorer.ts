import { createGraph } from "../../src/graph/createGraph.ts";
import type { DiploGraph } from "../../src/graph/schema.ts";
import type { ActorNames } from "./actorNames.ts";
import type { FrameProfiler } from "./perf/frameProfiler.ts";
import { createRenderer, type DiploSigma } from "./render/createRenderer.ts";
import { computeCurvatures } from "./render/parallelEdges.ts";
import { emptyRenderContext, type RenderContext } from "./render/reducers.ts";
import { computeVisibility } from "./render/visibility.ts";
import { encodeViewState } from "./state/urlState.ts";
import type { ViewState } from "./state/viewState.ts";
import type { DetailsPanel } from "./ui/detailsPanel.ts";
import type { Filters } from "./ui/filters.ts";
import type { Search } from "./ui/search.ts";

export interface ExplorerParts {
  container: HTMLElement;
  counts: HTMLElement;
  filters: Filters;
  search: Search;
  panel: DetailsPanel;
  names: ActorNames;
  profiler: FrameProfiler;
}

/**
 * The explorer's state machine: one data graph, one view state, and the
 * sigma instance that draws the first through reducers reading the second.
 * Every user action ends in `update`, which recomputes visibility, syncs the
 * URL and controls, and refreshes sigma once.
 */
export class Explorer {
  graph: DiploGraph;
  state: ViewState;
  sigma: DiploSigma | null = null;
  readonly ctx: RenderContext = emptyRenderContext();
  private hovered: string | null = null;
  private readonly parts: ExplorerParts;

  constructor(parts: ExplorerParts, graph: DiploGraph, state: ViewState) {
    this.parts = parts;
    this.graph = graph;
    this.state = state;
  }

  /** Shows a new graph (sample, opened file); keeps filters, drops a selection the graph lacks. */
  setGraph(graph: DiploGraph): void {
    this.graph = graph;
    this.hovered = null;
    this.ctx.highlighted = new Set();
    this.ctx.curvatures = computeCurvatures(graph);
    if (this.state.selectedNode !== null && !graph.hasNode(this.state.selectedNode))
      this.state.selectedNode = null;
    if (this.state.selectedEdge !== null && !graph.hasEdge(this.state.selectedEdge))
      this.state.selectedEdge = null;
    this.ctx.visibility = computeVisibility(graph, this.state);
    this.syncFocus();
    if (this.sigma) {
      this.sigma.setGraph(graph);
    } else {
      this.sigma = createRenderer(this.parts.container, graph, this.ctx);
      this.sigma.on("beforeRender", this.parts.profiler.beforeRender);
      this.sigma.on("afterRender", this.parts.profiler.afterRender);
      this.bindSigmaEvents(this.sigma);
    }
    this.graphChanged();
    this.update({});
  }

  /**
   * Runs a batch of data changes (merging an article) with sigma detached:
   * sigma 3's listener for graph-wide attribute updates repaints nodes in
   * place and throws on nodes added in the same tick ("can't be repaint").
   * Re-attaching does one full refresh instead of one per event.
   */
  mutateGraph<T>(change: (graph: DiploGraph) => T): T {
    this.sigma?.setGraph(createGraph());
    try {
      return change(this.graph);
    } finally {
      this.sigma?.setGraph(this.graph);
      this.graphChanged();
      this.update({});
    }
  }

  /** The data graph gained nodes or edges (an added article): rebuild what derives from its shape. */
  graphChanged(): void {
    this.ctx.curvatures = computeCurvatures(this.graph);
    this.parts.filters.render(this.graph, this.state);
    this.parts.search.setEntries(
      this.graph.mapNodes((id, attrs) => ({
        id,
        label: attrs.label,
        aliases: this.parts.names.aliasesOf(id),
        mentions: attrs.mentions,
      })),
    );
  }

  update(patch: Partial<ViewState>): void {
    const filtersChanged = ["relations", "kinds", "minWeight", "from", "to"].some((k) => k in patch);
    this.state = { ...this.state, ...patch };
    if (filtersChanged || !("selectedNode" in patch || "selectedEdge" in patch || "search" in patch)) {
      this.ctx.visibility = computeVisibility(this.graph, this.state);
    }
    this.syncFocus();
    this.showCounts();
    this.showPanel();
    const hash = encodeViewState(this.state);
    if (hash !== window.location.hash && !(hash === "" && window.location.hash === "")) {
      history.replaceState(null, "", hash || window.location.pathname + window.location.search);
    }
    this.refresh();
  }

  select(node: string | null): void {
    this.update({ selectedNode: node, selectedEdge: null });
  }

  selectEdge(edge: string | null): void {
    this.update({ selectedEdge: edge, selectedNode: null });
  }

  /** Centres the camera on a node and rings it (search result). */
  focusNode(node: string): void {
    if (!this.graph.hasNode(node)) return;
    this.ctx.highlighted = new Set([node]);
    this.select(node);
    const data = this.sigma?.getNodeDisplayData(node);
    if (this.sigma && data)
      this.sigma.getCamera().animate({ x: data.x, y: data.y, ratio: 0.6 }, { duration: 400 });
  }

  highlight(nodes: Iterable<string>): void {
    this.ctx.highlighted = new Set(nodes);
    this.refresh();
  }

  refresh(): void {
    if (!this.sigma) return;
    const started = performance.now();
    // Scheduled: the reducer pass runs now (timed here), the render once per frame (timed by sigma's events).
    this.sigma.refresh({ skipIndexation: true, schedule: true });
    this.parts.profiler.addWork(performance.now() - started);
  }

  private showCounts(): void {
    const v = this.ctx.visibility;
    this.parts.counts.textContent = `Showing ${v.visibleNodes} of ${this.graph.order} actors, ${v.visibleEdges} of ${this.graph.size} positions.`;
  }

  private showPanel(): void {
    const { selectedNode, selectedEdge } = this.state;
    if (selectedNode !== null && this.graph.hasNode(selectedNode)) {
      this.parts.panel.showNode(this.graph, selectedNode, (edge) =>
        this.ctx.visibility.hiddenEdges.has(edge),
      );
    } else if (selectedEdge !== null && this.graph.hasEdge(selectedEdge)) {
      this.parts.panel.showEdge(this.graph, selectedEdge);
    } else {
      this.parts.panel.close();
    }
  }

  /** Hover wins over selection: the neighbourhood under the pointer stays lit. */
  private syncFocus(): void {
    const focus = this.hovered ?? this.state.selectedNode;
    this.ctx.selectedEdge = this.state.selectedEdge;
    if (focus === this.ctx.focusNode) return;
    this.ctx.focusNode = focus;
    this.ctx.focusNeighbours = new Set();
    this.ctx.focusEdges = new Set();
    if (focus === null || !this.graph.hasNode(focus)) {
      this.ctx.focusNode = null;
      return;
    }
    this.ctx.focusNeighbours.add(focus);
    this.graph.forEachNeighbor(focus, (n) => {
      this.ctx.focusNeighbours.add(n);
    });
    this.graph.forEachEdge(focus, (e) => {
      this.ctx.focusEdges.add(e);
    });
  }

  private bindSigmaEvents(sigma: DiploSigma): void {
    sigma.on("enterNode", ({ node }) => {
      this.hovered = node;
      this.syncFocus();
      this.refresh();
    });
    sigma.on("leaveNode", () => {
      this.hovered = null;
      this.syncFocus();
      this.refresh();
    });
    sigma.on("clickNode", ({ node }) => this.select(node));
    sigma.on("clickEdge", ({ edge }) => this.selectEdge(edge));
    sigma.on("clickStage", () => {
      if (this.state.selectedNode !== null || this.state.selectedEdge !== null)
        this.update({ selectedNode: null, selectedEdge: null });
    });
  }
}
