import { appearanceScale } from "../../src/appearance/appearance.ts";
import { createGraph } from "../../src/graph/createGraph.ts";
import type { DiploGraph } from "../../src/graph/schema.ts";
import type { ActorNames } from "./actorNames.ts";
import type { FrameProfiler } from "./perf/frameProfiler.ts";
import { createRenderer, type DiploSigma, EDGE_EVENTS_MAX_EDGES } from "./render/createRenderer.ts";
import { createFocusOverlay, type FocusOverlay } from "./render/focusOverlay.ts";
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
  private overlay: FocusOverlay | null = null;
  private readonly parts: ExplorerParts;

  constructor(parts: ExplorerParts, graph: DiploGraph, state: ViewState) {
    this.parts = parts;
    this.graph = graph;
    this.state = state;
  }

  /** Shows a new graph (sample, opened file); keeps filters, drops a selection the graph lacks. */
  setGraph(graph: DiploGraph): void {
    performance.mark("diplograph:setGraph");
    this.graph = graph;
    this.hovered = null;
    this.ctx.highlighted = new Set();
    if (this.state.selectedNode !== null && !graph.hasNode(this.state.selectedNode))
      this.state.selectedNode = null;
    if (this.state.selectedEdge !== null && !graph.hasEdge(this.state.selectedEdge))
      this.state.selectedEdge = null;
    this.graphChanged();
    if (this.sigma) {
      this.sigma.setSetting("enableEdgeEvents", graph.size <= EDGE_EVENTS_MAX_EDGES);
      this.sigma.setGraph(graph);
      this.update({});
      return;
    }
    // State first, then sigma: its constructor's render is already the right picture.
    this.update({});
    performance.mark("diplograph:state");
    this.sigma = createRenderer(this.parts.container, graph, this.ctx);
    this.parts.profiler.markFirstRender();
    this.sigma.on("beforeRender", this.parts.profiler.beforeRender);
    this.sigma.on("afterRender", this.parts.profiler.afterRender);
    const overlay = createFocusOverlay(this.sigma, this.ctx);
    this.overlay = overlay;
    // Timed as part of the frame: the overlay is our drawing, not sigma's.
    this.sigma.on("afterRender", () => {
      const started = performance.now();
      overlay.draw();
      this.parts.profiler.addWork(performance.now() - started);
    });
    this.bindSigmaEvents(this.sigma);
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
    this.ctx.scale = appearanceScale(this.graph);
    this.ctx.undirectedEdges =
      this.graph.type === "directed"
        ? new Set()
        : new Set(this.graph.filterEdges((e) => this.graph.isUndirected(e)));
    this.parts.filters.render(this.graph, this.state);
    this.namesChanged();
  }

  /** Aliases arrived (the lexicon loads after the first render): search and panel only, no sigma refresh. */
  namesChanged(): void {
    this.showPanel();
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
    // Edge labels cost sigma a pass over the edges of every labelled node each frame: only on for a selected edge.
    const edgeLabels = this.state.selectedEdge !== null;
    // setSetting refreshes the whole graph: only when the value changes.
    if (this.sigma && this.sigma.getSetting("renderEdgeLabels") !== edgeLabels) {
      this.sigma.setSetting("renderEdgeLabels", edgeLabels);
    }
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
    // After the render select() scheduled: until then sigma's cached positions are not normalised yet.
    this.sigma?.once("afterRender", () => {
      const data = this.sigma?.getNodeDisplayData(node);
      if (this.sigma && data)
        this.sigma.getCamera().animate({ x: data.x, y: data.y, ratio: 0.6 }, { duration: 400 });
    });
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

  /** A hover change: no sigma refresh, only the focus overlay is redrawn (O(degree)). */
  private setHovered(node: string | null): void {
    this.hovered = node;
    if (!this.syncFocus()) return;
    const started = performance.now();
    this.overlay?.draw();
    this.parts.profiler.addWork(performance.now() - started);
  }

  /** Hover wins over selection: the neighbourhood under the pointer stays lit. Returns whether focus changed. */
  private syncFocus(): boolean {
    const focus = this.hovered ?? this.state.selectedNode;
    this.ctx.selectedEdge = this.state.selectedEdge;
    if (focus === this.ctx.focusNode) return false;
    this.ctx.focusNode = focus;
    this.ctx.focusNeighbours = new Set();
    this.ctx.focusEdges = new Set();
    if (focus === null || !this.graph.hasNode(focus)) {
      this.ctx.focusNode = null;
      return true;
    }
    this.ctx.focusNeighbours.add(focus);
    this.graph.forEachNeighbor(focus, (n) => {
      this.ctx.focusNeighbours.add(n);
    });
    this.graph.forEachEdge(focus, (e) => {
      this.ctx.focusEdges.add(e);
    });
    return true;
  }

  private bindSigmaEvents(sigma: DiploSigma): void {
    sigma.on("enterNode", ({ node, event }) => {
      // While dragging the stage the pointer sweeps over nodes: that is panning, not hovering.
      if ("buttons" in event.original && event.original.buttons !== 0) return;
      this.setHovered(node);
    });
    sigma.on("leaveNode", () => this.setHovered(null));
    sigma.on("clickNode", ({ node }) => this.select(node));
    sigma.on("clickEdge", ({ edge }) => this.selectEdge(edge));
    sigma.on("clickStage", () => {
      if (this.state.selectedNode !== null || this.state.selectedEdge !== null)
        this.update({ selectedNode: null, selectedEdge: null });
    });
  }
}
