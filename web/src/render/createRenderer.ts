import { createEdgeCurveProgram } from "@sigma/edge-curve";
import Sigma from "sigma";
import {
  createEdgeArrowProgram,
  DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS,
  EdgeRectangleProgram,
} from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type {
  DiploGraph,
  EdgeAttributes,
  GraphAttributes,
  NodeAttributes,
} from "../../../src/graph/schema.ts";
import { createEdgeReducer, createNodeReducer, type RenderContext } from "./reducers.ts";

export type DiploSigma = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Thrown when the browser cannot give us a WebGL context (sigma needs one). */
export class WebGLUnavailableError extends Error {
  override name = "WebGLUnavailableError";
}

let webGL: boolean | undefined;

/** Asked once: each answer costs a throwaway WebGL context, slow to make in software rendering. */
export function hasWebGL(): boolean {
  webGL ??= (() => {
    try {
      const canvas = document.createElement("canvas");
      return Boolean(canvas.getContext("webgl2") ?? canvas.getContext("webgl"));
    } catch {
      return false;
    }
  })();
  return webGL;
}

/**
 * Label settings: sigma's label grid keeps one label per cell at any zoom and
 * graph size, so labels never print over each other; bigger nodes win their
 * cell. The cells are sigma's default 100 px: 70 px cells drew about twice the
 * labels on every frame of a large graph. Nodes from 4 px (our smallest) get a
 * label, so a small graph's actors are all named.
 */
export const RENDER_SETTINGS: Partial<Settings<NodeAttributes, EdgeAttributes, GraphAttributes>> = {
  defaultEdgeType: "arrow",
  renderEdgeLabels: false,
  labelDensity: 1,
  labelGridCellSize: 100,
  labelRenderedSizeThreshold: 4,
  labelFont: "system-ui, sans-serif",
  edgeLabelFont: "system-ui, sans-serif",
  edgeLabelSize: 11,
  minEdgeThickness: 1,
  // Room for the labels of nodes at the edge of the picture ("Pakistan" in a corner).
  stagePadding: 90,
};

type EdgePrograms = NonNullable<
  Settings<NodeAttributes, EdgeAttributes, GraphAttributes>["edgeProgramClasses"]
>;

// Made once: sigma compares program classes by identity and recompiles a program given anew.
const EDGE_PROGRAMS = {
  arrow: createEdgeArrowProgram<NodeAttributes, EdgeAttributes, GraphAttributes>(),
  line: EdgeRectangleProgram<NodeAttributes, EdgeAttributes, GraphAttributes>,
  curved: createEdgeCurveProgram<NodeAttributes, EdgeAttributes, GraphAttributes>({
    arrowHead: DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS,
  }),
  curvedLine: createEdgeCurveProgram<NodeAttributes, EdgeAttributes, GraphAttributes>(),
} satisfies EdgePrograms;

/**
 * The edge programs the graph's edges are drawn with (the edge reducer picks the type):
 * arrows always (the default type); plain and curved lines only when the graph has
 * undirected or parallel edges. Each program is compiled and drawn every frame, so a
 * graph of directed, single edges, the usual one, pays for one.
 */
export function edgeProgramsFor(ctx: Pick<RenderContext, "curvatures" | "undirectedEdges">): EdgePrograms {
  const programs: EdgePrograms = { arrow: EDGE_PROGRAMS.arrow };
  for (const edge of ctx.undirectedEdges) {
    if (!ctx.curvatures.has(edge)) programs.line = EDGE_PROGRAMS.line;
  }
  for (const edge of ctx.curvatures.keys()) {
    if (ctx.undirectedEdges.has(edge)) programs.curvedLine = EDGE_PROGRAMS.curvedLine;
    else programs.curved = EDGE_PROGRAMS.curved;
  }
  return programs;
}

/** Whether two program sets have the same types (sigma then keeps its compiled programs). */
export function sameEdgePrograms(a: EdgePrograms, b: EdgePrograms): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((type) => a[type] === b[type]);
}

export function createRenderer(container: HTMLElement, graph: DiploGraph, ctx: RenderContext): DiploSigma {
  if (!hasWebGL()) {
    throw new WebGLUnavailableError(
      "This browser has no WebGL, which the graph view needs. Enable hardware acceleration or try another browser.",
    );
  }
  return new Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>(graph, container, {
    ...RENDER_SETTINGS,
    edgeProgramClasses: edgeProgramsFor(ctx),
    // Sigma's edge picking draws every edge a second time each frame: edgePicking.ts finds clicked edges instead.
    enableEdgeEvents: false,
    nodeReducer: createNodeReducer(ctx),
    edgeReducer: createEdgeReducer(ctx),
  });
}
