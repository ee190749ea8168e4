import { KIND_COLORS, NEGATED_COLOR, RELATION_COLORS } from "../palette.ts";
import type { DiploGraph } from "./schema.ts";

export interface AppearanceOptions {
  /** Node size range (sigma pixels / Gephi viz:size). */
  minNodeSize?: number;
  maxNodeSize?: number;
  /** Edge thickness range. */
  minEdgeSize?: number;
  maxEdgeSize?: number;
}

export const DEFAULT_APPEARANCE: Required<AppearanceOptions> = {
  minNodeSize: 4,
  maxNodeSize: 24,
  minEdgeSize: 1,
  maxEdgeSize: 8,
};

/**
 * Maps a count in [1, max] onto [minSize, maxSize] on a log scale, clamped, so
 * an actor mentioned 400 times is not 400 times wider than one mentioned once,
 * and a graph where every count is 1 draws everything at the minimum.
 */
function scale(value: number, max: number, minSize: number, maxSize: number): number {
  if (max <= 1 || !Number.isFinite(value) || value <= 1) return minSize;
  const t = Math.log(Math.min(value, max)) / Math.log(max);
  return minSize + t * (maxSize - minSize);
}

/**
 * Sets node and edge `size` and `color` from the palette: nodes by kind, sized
 * by mentions; edges by relation (negated ones grey), sized by weight.
 * Kept apart from merging so the web app can restyle without touching data.
 */
export function applyAppearance(graph: DiploGraph, options: AppearanceOptions = {}): void {
  const o = { ...DEFAULT_APPEARANCE, ...options };
  let maxMentions = 0;
  graph.forEachNode((_n, a) => {
    maxMentions = Math.max(maxMentions, a.mentions);
  });
  let maxWeight = 0;
  graph.forEachEdge((_e, a) => {
    maxWeight = Math.max(maxWeight, a.weight);
  });
  graph.updateEachNodeAttributes(
    (_n, a) => ({
      ...a,
      size: scale(a.mentions, maxMentions, o.minNodeSize, o.maxNodeSize),
      color: KIND_COLORS[a.kind],
    }),
    { attributes: ["size", "color"] },
  );
  graph.updateEachEdgeAttributes(
    (_e, a) => ({
      ...a,
      size: scale(a.weight, maxWeight, o.minEdgeSize, o.maxEdgeSize),
      color: a.negated ? NEGATED_COLOR : RELATION_COLORS[a.relation],
    }),
    { attributes: ["size", "color"] },
  );
}
