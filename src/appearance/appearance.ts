import type { NodeKind } from "../model/actor.ts";
import type { EdgeRelation } from "../model/relations.ts";
import { KIND_COLORS, NEGATED_COLOR, RELATION_COLORS } from "./palette.ts";

/**
 * Size and colour of what is drawn or exported, decided where the graph is
 * shown (the web's reducers) or written (the GEXF writer's viz attributes),
 * never stored in the graph: the data model holds data only.
 */

export interface SizeRange {
  min: number;
  max: number;
}

/** Node size range (Gephi viz:size) and edge thickness range (viz:thickness). */
export const NODE_SIZES: SizeRange = { min: 4, max: 24 };
export const EDGE_THICKNESS: SizeRange = { min: 1, max: 8 };

/**
 * Maps a count in [1, max] onto the range on a log scale, clamped, so an
 * actor mentioned 400 times is not 400 times wider than one mentioned once,
 * and a graph where every count is 1 draws everything at the minimum.
 */
export function scaleCount(value: number, max: number, range: SizeRange): number {
  if (max <= 1 || !Number.isFinite(value) || value <= 1) return range.min;
  const t = Math.log(Math.min(value, max)) / Math.log(max);
  return range.min + t * (range.max - range.min);
}

/** The largest counts of a graph, which the scales above are relative to. */
export interface AppearanceScale {
  maxMentions: number;
  maxWeight: number;
}

interface CountedGraph {
  forEachNode(callback: (node: string, attributes: { mentions: number }) => void): void;
  forEachEdge(callback: (edge: string, attributes: { weight: number }) => void): void;
}

export function appearanceScale(graph: CountedGraph): AppearanceScale {
  let maxMentions = 0;
  let maxWeight = 0;
  graph.forEachNode((_n, a) => {
    maxMentions = Math.max(maxMentions, a.mentions);
  });
  graph.forEachEdge((_e, a) => {
    maxWeight = Math.max(maxWeight, a.weight);
  });
  return { maxMentions, maxWeight };
}

/** A colour a foreign file gave its element (Gephi's viz:color, kept as data), or null. */
function fileColor(extra: Record<string, unknown> | undefined): string | null {
  const color = extra?.color;
  return typeof color === "string" && color !== "" ? color : null;
}

export function nodeColor(kind: NodeKind, extra?: Record<string, unknown>): string {
  return fileColor(extra) ?? KIND_COLORS[kind];
}

export function edgeColor(relation: EdgeRelation, negated: boolean, extra?: Record<string, unknown>): string {
  if (negated) return NEGATED_COLOR;
  return fileColor(extra) ?? RELATION_COLORS[relation];
}

export function nodeSize(mentions: number, scale: AppearanceScale): number {
  return scaleCount(mentions, scale.maxMentions, NODE_SIZES);
}

export function edgeThickness(weight: number, scale: AppearanceScale): number {
  return scaleCount(weight, scale.maxWeight, EDGE_THICKNESS);
}
