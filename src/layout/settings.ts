import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";

/**
 * ForceAtlas2 parameters declared as data (gephi-lite style): the web's
 * layout panel generates its form from this list, and `layoutGraph` reads
 * the same defaults. Descriptions follow graphology-layout-forceatlas2.
 */
export type LayoutSettingDeclaration =
  | {
      id: keyof ForceAtlas2Settings;
      type: "number";
      label: string;
      description: string;
      default: number;
      min: number;
      max?: number;
      step: number;
    }
  | {
      id: keyof ForceAtlas2Settings;
      type: "boolean";
      label: string;
      description: string;
      default: boolean;
    };

/** Above this many nodes the Barnes-Hut approximation is on: O(n log n) repulsion instead of O(n²). */
export const BARNES_HUT_THRESHOLD = 1000;

export const FORCE_ATLAS_2_SETTINGS: readonly LayoutSettingDeclaration[] = [
  {
    id: "gravity",
    type: "number",
    label: "Gravity",
    description: "Pull towards the centre; keeps disconnected groups from drifting away.",
    default: 0.05,
    min: 0,
    step: 0.01,
  },
  {
    id: "scalingRatio",
    type: "number",
    label: "Scaling",
    description: "Strength of repulsion: higher spreads the graph out.",
    default: 10,
    min: 0.1,
    step: 0.5,
  },
  {
    id: "slowDown",
    type: "number",
    label: "Slow down",
    description: "Damps node speed; higher is steadier but converges slower. Default 1 + ln(nodes).",
    default: 1,
    min: 0.1,
    step: 0.5,
  },
  {
    id: "edgeWeightInfluence",
    type: "number",
    label: "Edge weight influence",
    description: "0 ignores weights; 1 pulls actors that are often linked closer together.",
    default: 1,
    min: 0,
    max: 2,
    step: 0.1,
  },
  {
    id: "barnesHutTheta",
    type: "number",
    label: "Barnes-Hut theta",
    description: "Approximation coarseness when Barnes-Hut is on; higher is faster and rougher.",
    default: 0.5,
    min: 0.1,
    max: 2,
    step: 0.1,
  },
  {
    id: "strongGravityMode",
    type: "boolean",
    label: "Strong gravity",
    description: "Gravity grows with distance, compacting outliers.",
    default: true,
  },
  {
    id: "linLogMode",
    type: "boolean",
    label: "LinLog mode",
    description: "Logarithmic attraction: tighter, more separated clusters.",
    default: false,
  },
  {
    id: "outboundAttractionDistribution",
    type: "boolean",
    label: "Dissuade hubs",
    description: "Pushes hubs (actors with many positions) to the periphery.",
    default: false,
  },
  {
    id: "adjustSizes",
    type: "boolean",
    label: "Prevent overlap",
    description: "Takes node sizes into account so nodes do not overlap (slower; not with Barnes-Hut).",
    default: false,
  },
  {
    id: "barnesHutOptimize",
    type: "boolean",
    label: "Barnes-Hut",
    description: `Approximate repulsion; on by default above ${BARNES_HUT_THRESHOLD} nodes.`,
    default: false,
  },
];

/** Iterations `layoutGraph` runs when none are given: more for small graphs, which are cheap and settle slower. */
export function defaultIterations(order: number): number {
  if (order <= 100) return 500;
  if (order <= 1000) return 300;
  if (order <= 10000) return 100;
  return 50;
}
