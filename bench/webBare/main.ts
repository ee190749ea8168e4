/**
 * The baseline of bench/web.ts: sigma v3 with default settings and nothing
 * else, on the same graph file as the explorer. Same frame profiler, so the
 * two figures measure the same thing.
 */
import Graph from "graphology";
import type { SerializedGraph } from "graphology-types";
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
const response = await fetch(url);
const data: SerializedGraph = await response.json();
const graph = new Graph({ type: "directed", multi: true });
graph.import(data);
const container = document.getElementById("graph");
if (!container) throw new Error("no #graph");
// The constructor renders synchronously: that is the first render.
const sigma = new Sigma(graph, container);
hook.firstRenderAt = performance.now();
sigma.on("beforeRender", profiler.beforeRender);
sigma.on("afterRender", profiler.afterRender);
hook.nodePosition = (node) => {
  const display = sigma.getNodeDisplayData(node);
  if (!display) return null;
  const point = sigma.framedGraphToViewport(display);
  const box = container.getBoundingClientRect();
  return { x: box.left + point.x, y: box.top + point.y };
};
hook.ready = true;
