import type { Attributes } from "graphology-types";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import {
  type AppearanceScale,
  edgeColor,
  edgeThickness,
  nodeColor,
  nodeSize,
} from "../../../src/appearance/appearance.ts";
import type { EdgeAttributes, NodeAttributes } from "../../../src/graph/schema.ts";
import type { Visibility } from "./visibility.ts";

/**
 * What the reducers read besides the element's own attributes. Appearance is
 * derived here at render time; nothing is written back into the data graph.
 */
export interface RenderContext {
  visibility: Visibility;
  curvatures: Map<string, number>;
  /** Undirected edges (of a GEXF file's undirected or mixed graph): drawn without arrow heads. */
  undirectedEdges: Set<string>;
  /** Largest counts, for node sizes and edge thickness (src/appearance). */
  scale: AppearanceScale;
  /** Node whose neighbourhood stays lit (hovered, else selected); null = no focus. Drawn by focusOverlay.ts. */
  focusNode: string | null;
  /** focusNode and its neighbours. */
  focusNeighbours: Set<string>;
  /** Edges incident to focusNode. */
  focusEdges: Set<string>;
  selectedEdge: string | null;
  /** Nodes to ring: the search result, actors just added by an article. */
  highlighted: Set<string>;
}

export function emptyRenderContext(): RenderContext {
  return {
    visibility: { hiddenNodes: new Set(), hiddenEdges: new Set(), visibleNodes: 0, visibleEdges: 0 },
    curvatures: new Map(),
    undirectedEdges: new Set(),
    scale: { maxMentions: 0, maxWeight: 0 },
    focusNode: null,
    focusNeighbours: new Set(),
    focusEdges: new Set(),
    selectedEdge: null,
    highlighted: new Set(),
  };
}

export function createNodeReducer(ctx: RenderContext) {
  return (node: string, data: NodeAttributes): Partial<NodeDisplayData> & Attributes => {
    // A new object: display values are never written into the data graph.
    const out: Partial<NodeDisplayData> & Attributes = {
      x: data.x,
      y: data.y,
      label: data.label,
      size: nodeSize(data.mentions, ctx.scale),
      color: nodeColor(data.kind, data.extra),
    };
    if (ctx.visibility.hiddenNodes.has(node)) {
      out.hidden = true;
      return out;
    }
    if (ctx.highlighted.has(node)) {
      out.highlighted = true;
      out.forceLabel = true;
    }
    return out;
  };
}

/** Sigma's edge program for an edge: arrows for directed edges, plain lines for undirected ones. */
function edgeType(edge: string, ctx: RenderContext): { type: string; curvature?: number } {
  const curvature = ctx.curvatures.get(edge);
  const undirected = ctx.undirectedEdges.has(edge);
  if (curvature === undefined) return { type: undirected ? "line" : "arrow" };
  return { type: undirected ? "curvedLine" : "curved", curvature };
}

export function createEdgeReducer(ctx: RenderContext) {
  return (edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> & Attributes => {
    if (ctx.visibility.hiddenEdges.has(edge)) return { hidden: true };
    const out: Partial<EdgeDisplayData> & Attributes = {
      ...edgeType(edge, ctx),
      color: edgeColor(data.relation, data.negated, data.extra),
      // On screen thin edges need a floor to stay visible and clickable.
      size: 1.5 + 0.6 * edgeThickness(data.weight, ctx.scale),
      // Edge labels only where the reader is looking; everywhere they would bury the graph.
      label: null,
    };
    if (edge === ctx.selectedEdge) {
      out.label = data.label;
      out.forceLabel = true;
      out.size = (out.size ?? 1) * 2;
      out.zIndex = 2;
    }
    return out;
  };
}
