import { appearanceScale } from "../../src/appearance/appearance.ts";
import { createGraph } from "../../src/graph/createGraph.ts";
import type { DiploGraph } from "../../src/graph/schema.ts";
import type { ActorNames } from "./actorNames.ts";
import type { FrameProfiler } from "./perf/frameProfiler.ts";
import {
  createRenderer,
  type DiploSigma,
  edgeProgramsFor,
  sameEdgePrograms,
} from "./render/createRenderer.ts";
import { pickEdge } from "./render/edgePicking.ts";
import { createFocusOverlay, type FocusOverlay } from "./render/focusOverlay.ts";
import { computeCurvatures } from "./render/parallelEdges.ts";
import { emptyRenderContext, type RenderContext } from "./render/reducers.ts";
import { computeVisibility } from "./render/visibility.ts";
import { countWindow } from "./state/timeWindow.ts";
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
 * Every user action ends in `update`, which syncs the URL and controls and
 * redraws only what the action changed: a filter change recomputes
 * visibility and runs the reducers over the graph once; a selection or hover
 * redraws the focus overlay and runs no reducer.
 */
export class Explorer {
  graph: DiploGraph;
  state: ViewState;
  sigma: DiploSigma | null = null;
  readonly ctx: RenderContext = emptyRenderContext();
  private hovered: string | null = null;
  private overlay: FocusOverlay | null = null;
  /** A full refresh is scheduled and not drawn yet: sigma has not indexed new elements for partial ones. */
  private processPending = false;
  private containerSize = { width: 0, height: 0 };
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
    // State first, then sigma: its constructor's or setGraph's render is already the right picture, in one pass.
    this.update({}, false);
    if (this.sigma) {
      this.attach(graph);
      return;
    }
    performance.mark("diplograph:state");
    this.sigma = createRenderer(this.parts.container, graph, this.ctx);
    this.parts.profiler.markFirstRender();
    this.sigma.on("beforeRender", this.parts.profiler.beforeRender);
    this.sigma.on("afterRender", this.parts.profiler.afterRender);
    const overlay = createFocusOverlay(this.sigma, this.ctx);
    this.overlay = overlay;
    // Timed as part of the frame: the overlay is our drawing, not sigma's.
    this.sigma.on("afterRender", () => {
      this.processPending = false;
      this.drawOverlay();
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
      this.graphChanged();
      this.update({}, false);
      this.attach(this.graph);
    }
  }

  /** Hands sigma the graph: setGraph refreshes and renders it (the reducer pass), unless it already has it. */
  private attach(graph: DiploGraph): void {
    if (!this.sigma) return;
    if (this.sigma.getGraph() === graph) this.refresh();
    else this.sigma.setGraph(graph);
  }

  /** The data graph gained nodes or edges (an added article): rebuild what derives from its shape. */
  graphChanged(): void {
    this.ctx.curvatures = computeCurvatures(this.graph);
    this.ctx.scale = appearanceScale(this.graph);
    this.ctx.undirectedEdges =
      this.graph.type === "directed"
        ? new Set()
        : new Set(this.graph.filterEdges((e) => this.graph.isUndirected(e)));
    // Before sigma's next refresh draws edges of a type the previous graph did not have.
    const programs = edgeProgramsFor(this.ctx);
    if (this.sigma && !sameEdgePrograms(programs, this.sigma.getSetting("edgeProgramClasses")))
      this.sigma.setSetting("edgeProgramClasses", programs);
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

  /** `redraw` false: the caller hands sigma a graph next, which refreshes it anyway. */
  update(patch: Partial<ViewState>, redraw = true): void {
    // Selection and search touch no reducer input; anything else (filters, a new graph) does.
    const onlyFocus = ["selectedNode", "selectedEdge", "search"].some((k) => k in patch);
    const full = !onlyFocus || ["relations", "kinds", "minWeight", "from", "to"].some((k) => k in patch);
    this.state = { ...this.state, ...patch };
    if (full) {
      this.ctx.counts = countWindow(this.graph, this.state);
      this.ctx.visibility = computeVisibility(this.graph, this.state, this.ctx.counts);
    }
    const focusChanged = this.syncFocus();
    this.showCounts();
    this.showPanel();
    const hash = encodeViewState(this.state);
    if (hash !== window.location.hash && !(hash === "" && window.location.hash === "")) {
      history.replaceState(null, "", hash || window.location.pathname + window.location.search);
    }
    // The full refresh redraws the overlay after its render; a focus change redraws it alone.
    if (!redraw) return;
    if (full) this.refresh();
    else if (focusChanged) this.drawOverlay();
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
    this.highlight([node]);
    this.select(node);
    // After the render highlight() scheduled: until then sigma's cached positions are not normalised yet.
    this.sigma?.once("afterRender", () => {
      const data = this.sigma?.getNodeDisplayData(node);
      if (this.sigma && data)
        this.sigma.getCamera().animate({ x: data.x, y: data.y, ratio: 0.6 }, { duration: 400 });
    });
  }

  /** Rings these nodes instead of the previous ones: the reducers run for those two sets only. */
  highlight(nodes: Iterable<string>): void {
    const before = this.ctx.highlighted;
    this.ctx.highlighted = new Set(nodes);
    const changed = new Set([...before, ...this.ctx.highlighted]);
    this.refreshNodes([...changed].filter((node) => this.graph.hasNode(node)));
  }

  /** The reducers over the whole graph, then one render at the next frame. */
  refresh(): void {
    if (!this.sigma) return;
    const started = performance.now();
    // Scheduled: the reducer pass runs now (timed here), the render once per frame (timed by sigma's events).
    this.sigma.refresh({ skipIndexation: true, schedule: true });
    this.processPending = true;
    this.parts.profiler.addWork(performance.now() - started);
  }

  /** The reducers for these nodes only (sigma's partial refresh), written into its buffers in place. */
  private refreshNodes(nodes: string[]): void {
    if (!this.sigma || nodes.length === 0) return;
    const started = performance.now();
    try {
      // Before a pending full refresh is drawn, new nodes have no place in sigma's buffers yet: let it index them.
      this.sigma.refresh({ partialGraph: { nodes }, skipIndexation: !this.processPending, schedule: true });
    } catch {
      // A node sigma has not indexed (graph changed under it): the full pass places it.
      this.refresh();
    }
    this.parts.profiler.addWork(performance.now() - started);
  }

  private drawOverlay(): void {
    const started = performance.now();
    this.overlay?.draw();
    this.parts.profiler.addWork(performance.now() - started);
  }

  private showCounts(): void {
    const v = this.ctx.visibility;
    this.parts.counts.textContent = `Showing ${v.visibleNodes} of ${this.graph.order} actors, ${v.visibleEdges} of ${this.graph.size} positions.`;
  }

  private showPanel(): void {
    const { selectedNode, selectedEdge } = this.state;
    if (selectedNode !== null && this.graph.hasNode(selectedNode)) {
      this.parts.panel.showNode(
        this.graph,
        selectedNode,
        (edge) => this.ctx.visibility.hiddenEdges.has(edge),
        this.state,
      );
    } else if (selectedEdge !== null && this.graph.hasEdge(selectedEdge)) {
      this.parts.panel.showEdge(this.graph, selectedEdge, this.state);
    } else {
      this.parts.panel.close();
    }
    // Opening or closing the panel resizes the graph: sigma notices on its next render, and no refresh asks for one.
    const { offsetWidth, offsetHeight } = this.parts.container;
    if (offsetWidth !== this.containerSize.width || offsetHeight !== this.containerSize.height) {
      this.containerSize = { width: offsetWidth, height: offsetHeight };
      this.sigma?.scheduleRender();
    }
  }

  /** A hover change: no sigma refresh, only the focus overlay is redrawn (O(degree)). */
  private setHovered(node: string | null): void {
    this.hovered = node;
    if (this.syncFocus()) this.drawOverlay();
  }

  /**
   * Hover wins over selection: the neighbourhood under the pointer stays lit.
   * Returns whether the focus or the selected edge (both drawn by the overlay) changed.
   */
  private syncFocus(): boolean {
    const focus = this.hovered ?? this.state.selectedNode;
    const edgeChanged = this.ctx.selectedEdge !== this.state.selectedEdge;
    this.ctx.selectedEdge = this.state.selectedEdge;
    if (focus === this.ctx.focusNode) return edgeChanged;
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
    // Sigma's edge events are off (see edgePicking.ts): a click off the nodes may be on an edge.
    sigma.on("clickStage", ({ event }) => {
      const edge = pickEdge(sigma, this.ctx, event.x, event.y);
      if (edge !== null) this.selectEdge(edge);
      else if (this.state.selectedNode !== null || this.state.selectedEdge !== null)
        this.update({ selectedNode: null, selectedEdge: null });
    });
  }
}
