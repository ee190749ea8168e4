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
import type { WindowCounts } from "../state/timeWindow.ts";
import type { Visibility } from "./visibility.ts";

/**
 * What the reducers read besides the element's own attributes. Appearance is
 * derived here at render time; nothing is written back into the data graph.
 */
export interface RenderContext {
  visibility: Visibility;
  /** Weights and mentions recounted to the time window; null = no window, the attributes hold. */
  counts: WindowCounts | null;
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
  /** Drawn thick and labelled by focusOverlay.ts, so selecting an edge costs no reducer pass. */
  selectedEdge: string | null;
  /** Nodes to ring: the search result, actors just added by an article. */
  highlighted: Set<string>;
  /** Reducer calls so far: the test hook shows that a selection does not re-run them over the graph. */
  calls: { nodes: number; edges: number };
}

export function emptyRenderContext(): RenderContext {
  return {
    visibility: { hiddenNodes: new Set(), hiddenEdges: new Set(), visibleNodes: 0, visibleEdges: 0 },
    counts: null,
    curvatures: new Map(),
    undirectedEdges: new Set(),
    scale: { maxMentions: 0, maxWeight: 0 },
    focusNode: null,
    focusNeighbours: new Set(),
    focusEdges: new Set(),
    selectedEdge: null,
    highlighted: new Set(),
    calls: { nodes: 0, edges: 0 },
  };
}

type NodeData = NodeAttributes & Partial<NodeDisplayData> & Attributes;
type EdgeData = EdgeAttributes & Partial<EdgeDisplayData> & Attributes;

/**
 * Sigma hands the reducers a shallow copy of the attributes (Sigma#addNode),
 * so they write display values into it and return it: no second object per
 * element, and nothing reaches the data graph.
 */
export function createNodeReducer(ctx: RenderContext) {
  return (node: string, data: NodeData): NodeData => {
    ctx.calls.nodes++;
    if (ctx.visibility.hiddenNodes.has(node)) {
      data.hidden = true;
      return data;
    }
    const mentions = ctx.counts?.nodeMentions.get(node) ?? data.mentions;
    data.size = nodeSize(mentions, ctx.scale);
    data.color = nodeColor(data.kind, data.extra);
    if (ctx.highlighted.has(node)) {
      data.highlighted = true;
      data.forceLabel = true;
    }
    return data;
  };
}

export function createEdgeReducer(ctx: RenderContext) {
  return (edge: string, data: EdgeData): EdgeData => {
    ctx.calls.edges++;
    if (ctx.visibility.hiddenEdges.has(edge)) {
      data.hidden = true;
      return data;
    }
    // Arrows for directed edges, plain lines for undirected ones; curved where edges run parallel.
    const curvature = ctx.curvatures.get(edge);
    const undirected = ctx.undirectedEdges.size > 0 && ctx.undirectedEdges.has(edge);
    if (curvature === undefined) data.type = undirected ? "line" : "arrow";
    else {
      data.type = undirected ? "curvedLine" : "curved";
      data.curvature = curvature;
    }
    data.color = edgeColor(data.relation, data.negated, data.extra);
    const weight = ctx.counts?.edgeWeights.get(edge) ?? data.weight;
    // On screen thin edges need a floor to stay visible and clickable.
    data.size = 1.5 + 0.6 * edgeThickness(weight, ctx.scale);
    // The relation wording is the data's label; sigma draws no edge labels (renderEdgeLabels is off).
    return data;
  };
}
