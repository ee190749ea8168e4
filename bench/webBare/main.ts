/**
 * The baseline of bench/web.ts: sigma v3 with default settings, on the same
 * graph file as the explorer, plus the hover highlight of sigma's own
 * "use-reducers" example (hovered node's neighbourhood kept, the rest greyed,
 * other edges hidden, through reducers and a refresh), so hover frames compare
 * the same feature. Same frame profiler, so both pages measure the same thing.
 */
import Graph from "graphology";
import type { Attributes, SerializedGraph } from "graphology-types";
import Sigma from "sigma";
import { createFrameProfiler } from "../../web/src/perf/frameProfiler.ts";

interface BareHook {
  ready: boolean;
  firstRenderAt: number | null;
  nodePosition(node: string): { x: number; y: number } | null;
  startProfiling(): void;
  stopProfiling(): number[];
}

declare global {
  interface Window {
    __bare?: BareHook;
  }
}

const profiler = createFrameProfiler();
const hook: BareHook = {
  ready: false,
  firstRenderAt: null,
  nodePosition: () => null,
  startProfiling: () => profiler.start(),
  stopProfiling: () => profiler.stop(),
};
window.__bare = hook;

const url = new URLSearchParams(window.location.search).get("graph") ?? "";
performance.mark("bare:start");
const response = await fetch(url);
const data: SerializedGraph = await response.json();
performance.mark("bare:fetched");
const graph = new Graph({ type: "directed", multi: true });
graph.import(data);
performance.mark("bare:imported");
const container = document.getElementById("graph");
if (!container) throw new Error("no #graph");

// As in sigma's use-reducers example; without a hover the reducers return the attributes untouched.
let hoveredNode: string | null = null;
let hoveredNeighbors = new Set<string>();
const nodeReducer = (node: string, attrs: Attributes): Attributes => {
  if (hoveredNode === null || node === hoveredNode || hoveredNeighbors.has(node)) return attrs;
  return { ...attrs, label: "", color: "#f6f6f6" };
};
const edgeReducer = (edge: string, attrs: Attributes): Attributes => {
  if (hoveredNode === null || graph.hasExtremity(edge, hoveredNode)) return attrs;
  return { ...attrs, hidden: true };
};

// The constructor renders synchronously: that is the first render.
const sigma = new Sigma(graph, container, { nodeReducer, edgeReducer });
hook.firstRenderAt = performance.now();
sigma.on("beforeRender", profiler.beforeRender);
sigma.on("afterRender", profiler.afterRender);

function setHovered(node: string | null): void {
  hoveredNode = node;
  hoveredNeighbors = node === null ? new Set() : new Set(graph.neighbors(node));
  // The reducer pass runs in refresh (timed here), the render at the next frame (timed by sigma's events).
  const started = performance.now();
  sigma.refresh({ skipIndexation: true, schedule: true });
  profiler.addWork(performance.now() - started);
}
sigma.on("enterNode", ({ node, event }) => {
  // As in the explorer: a node swept over while dragging the stage is panning, not hovering.
  if ("buttons" in event.original && event.original.buttons !== 0) return;
  setHovered(node);
});
sigma.on("leaveNode", () => setHovered(null));

hook.nodePosition = (node) => {
  const display = sigma.getNodeDisplayData(node);
  if (!display) return null;
  const point = sigma.framedGraphToViewport(display);
  const box = container.getBoundingClientRect();
  return { x: box.left + point.x, y: box.top + point.y };
};
hook.ready = true;
