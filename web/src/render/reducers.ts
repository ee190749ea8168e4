import type { Attributes } from "graphology-types";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { EdgeAttributes, NodeAttributes } from "../../../src/graph/schema.ts";
import { KIND_COLORS, NEGATED_COLOR, RELATION_COLORS } from "../../../src/palette.ts";
import type { Visibility } from "./visibility.ts";

/**
 * What the reducers read besides the element's own attributes. Appearance is
 * derived here at render time; nothing is written back into the data graph.
 */
export interface RenderContext {
  visibility: Visibility;
  curvatures: Map<string, number>;
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
    focusNode: null,
    focusNeighbours: new Set(),
    focusEdges: new Set(),
    selectedEdge: null,
    highlighted: new Set(),
  };
}

/** Nodes of foreign files may lack a size; mentions then decide it, as applyAppearance does. */
function fallbackSize(mentions: number): number {
  return 4 + 2 * Math.sqrt(Math.max(0, mentions || 0));
}

export function createNodeReducer(ctx: RenderContext) {
  return (node: string, data: NodeAttributes): Partial<NodeDisplayData> & Attributes => {
    const out: Partial<NodeDisplayData> & Attributes = data;
    if (!out.size) out.size = fallbackSize(data.mentions);
    if (!out.color) out.color = KIND_COLORS[data.kind] ?? "#777777";
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

export function createEdgeReducer(ctx: RenderContext) {
  return (edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> & Attributes => {
    const out: Partial<EdgeDisplayData> & Attributes = data;
    if (ctx.visibility.hiddenEdges.has(edge)) {
      out.hidden = true;
      return out;
    }
    if (!out.color) out.color = data.negated ? NEGATED_COLOR : (RELATION_COLORS[data.relation] ?? "#999999");
    // Stored sizes are GEXF thickness (1-8); on screen thin edges need a floor to stay visible and clickable.
    out.size = 1.5 + 0.6 * (data.size || Math.log2(1 + (data.weight || 1)));
    const curvature = ctx.curvatures.get(edge);
    if (curvature !== undefined) {
      out.type = "curved";
      out.curvature = curvature;
    }
    // Edge labels only where the reader is looking; everywhere they would bury the graph.
    out.label = null;
    if (edge === ctx.selectedEdge) {
      out.label = data.label;
      out.forceLabel = true;
      out.size = (out.size ?? 1) * 2;
      out.zIndex = 2;
    }
    return out;
  };
}
