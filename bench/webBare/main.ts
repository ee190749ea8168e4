/**
 * The baseline of bench/web.ts: sigma v3 alone drawing the explorer's picture
 * of the same graph file: the same node sizes and colours, edge colours,
 * thickness and arrows (set once as attributes), and the same label and render
 * settings, so both pages draw the same labels each frame; plus the hover
 * highlight of sigma's own "use-reducers" example (hovered node's
 * neighbourhood kept, the rest greyed, other edges hidden, through reducers and
 * a refresh). Parallel edges are drawn straight. Same frame profiler, so both
 * pages measure the same thing.
 */
import Graph from "graphology";
import type { Attributes, SerializedGraph } from "graphology-types";
import Sigma from "sigma";
import type { Settings } from "sigma/settings";
import {
  appearanceScale,
  edgeColor,
  edgeThickness,
  nodeColor,
  nodeSize,
} from "../../src/appearance/appearance.ts";
import type { EdgeAttributes, NodeAttributes } from "../../src/graph/schema.ts";
import { createFrameProfiler } from "../../web/src/perf/frameProfiler.ts";
import { RENDER_SETTINGS } from "../../web/src/render/createRenderer.ts";

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
// The explorer's appearance (src/appearance), written once into the attributes sigma draws from.
const scale = appearanceScale(graph as never);
graph.updateEachNodeAttributes((_node, attrs) => {
  const a = attrs as NodeAttributes;
  return { ...attrs, size: nodeSize(a.mentions, scale), color: nodeColor(a.kind, a.extra) };
});
graph.updateEachEdgeAttributes((_edge, attrs) => {
  const a = attrs as EdgeAttributes;
  const size = 1.5 + 0.6 * edgeThickness(a.weight, scale);
  return { ...attrs, size, color: edgeColor(a.relation, a.negated, a.extra) };
});
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
const sigma = new Sigma(graph, container, {
  ...(RENDER_SETTINGS as Partial<Settings>),
  nodeReducer,
  edgeReducer,
});
hook.firstRenderAt = performance.now();
sigma.on("beforeRender", profiler.beforeRender);
sigma.on("afterRender", profiler.afterRender);

function setHovered(node: string | null): void {
  // As the explorer: no work when the hovered node stays the same (a leave while dragging the stage).
  if (node === hoveredNode) return;
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
