import type { Explorer } from "./explorer.ts";
import type { FrameProfiler } from "./perf/frameProfiler.ts";

/**
 * Read-only window.__diplograph for end-to-end tests and bench/web.ts: counts
 * and positions of what is drawn, and the frame profiler. It exposes no way
 * to change the graph; tests drive the UI like a user.
 */
export interface TestHook {
  ready: boolean;
  counts(): { nodes: number; edges: number; visibleNodes: number; visibleEdges: number };
  visibleEdgesByRelation(): Record<string, number>;
  /** Viewport pixel position of a node (for real mouse clicks), null when hidden or absent. */
  nodePosition(node: string): { x: number; y: number } | null;
  nodeLabels(): string[];
  highlighted(): string[];
  /** How many times sigma has called the node and edge reducers since the page opened. */
  reducerCalls(): { nodes: number; edges: number };
  /** Sigma's edge programs, and the types its drawn edges have (each needs a program). */
  edgeTypes(): { programs: string[]; drawn: string[] };
  firstRenderAt(): number | null;
  startProfiling(): void;
  stopProfiling(): number[];
}

declare global {
  interface Window {
    __diplograph?: TestHook;
  }
}

export function installTestHook(
  getExplorer: () => Explorer | null,
  profiler: FrameProfiler,
): { markReady(): void } {
  let ready = false;
  const hook: TestHook = {
    get ready() {
      return ready;
    },
    counts() {
      const e = getExplorer();
      if (!e) return { nodes: 0, edges: 0, visibleNodes: 0, visibleEdges: 0 };
      const v = e.ctx.visibility;
      return {
        nodes: e.graph.order,
        edges: e.graph.size,
        visibleNodes: v.visibleNodes,
        visibleEdges: v.visibleEdges,
      };
    },
    visibleEdgesByRelation() {
      const e = getExplorer();
      const out: Record<string, number> = {};
      e?.graph.forEachEdge((edge, attrs) => {
        if (!e.ctx.visibility.hiddenEdges.has(edge)) out[attrs.relation] = (out[attrs.relation] ?? 0) + 1;
      });
      return out;
    },
    nodePosition(node) {
      const e = getExplorer();
      const data = e?.sigma?.getNodeDisplayData(node);
      if (!e?.sigma || !data || data.hidden) return null;
      // Display data holds framed coordinates, hence framedGraphToViewport.
      const point = e.sigma.framedGraphToViewport(data);
      const box = e.sigma.getContainer().getBoundingClientRect();
      return { x: box.left + point.x, y: box.top + point.y };
    },
    nodeLabels() {
      return getExplorer()?.graph.mapNodes((_n, a) => a.label) ?? [];
    },
    highlighted() {
      return [...(getExplorer()?.ctx.highlighted ?? [])];
    },
    reducerCalls() {
      const calls = getExplorer()?.ctx.calls;
      return { nodes: calls?.nodes ?? 0, edges: calls?.edges ?? 0 };
    },
    edgeTypes() {
      const sigma = getExplorer()?.sigma;
      if (!sigma) return { programs: [], drawn: [] };
      const drawn = new Set<string>();
      sigma.getGraph().forEachEdge((edge) => {
        const data = sigma.getEdgeDisplayData(edge);
        if (data && !data.hidden) drawn.add(data.type);
      });
      return {
        programs: Object.keys(sigma.getSetting("edgeProgramClasses")).sort(),
        drawn: [...drawn].sort(),
      };
    },
    firstRenderAt: () => profiler.firstRenderAt(),
    startProfiling: () => profiler.start(),
    stopProfiling: () => profiler.stop(),
  };
  Object.defineProperty(window, "__diplograph", {
    value: Object.freeze(hook),
    writable: false,
    configurable: false,
  });
  return {
    markReady() {
      ready = true;
    },
  };
}
