import type { NodeKind } from "../model/actor.ts";
import type { EdgeRelation } from "../model/relations.ts";

/**
 * One palette for GEXF export and the web app. Colours are Paul Tol's
 * colour-blind-safe "bright"/"vibrant"/"muted" schemes, so relations stay
 * distinguishable for readers with deuteranopia and protanopia.
 */
export const RELATION_COLORS: Record<EdgeRelation, string> = {
  condemns: "#CC3311",
  supports: "#009988",
  rejects: "#EE7733",
  conditions_talks_on: "#0077BB",
  calls_on: "#33BBEE",
  threatens: "#EE3377",
  sanctions: "#AA4499",
  attacks: "#882255",
  offers_talks: "#44AA99",
  meets: "#999933",
  allied_with: "#117733",
  proxy_of: "#DDCC77",
  // Edges of foreign files: a neutral grey-blue, so their own colours (viz:color) or the graph's shape lead.
  related: "#8899AA",
};

export const KIND_COLORS: Record<NodeKind, string> = {
  state: "#4477AA",
  organization: "#CCBB44",
  armed_group: "#EE6677",
  political_group: "#AA3377",
  other: "#777777",
};

/** Colour of negated edges ("did not condemn"): drawn, but greyed. */
export const NEGATED_COLOR = "#BBBBBB";

/** "#RRGGBB" -> "rgb(r,g,b)" (NetworkX 3 crashes on hex-only GEXF colours). */
export function hexToRgbString(hex: string): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`invalid colour: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => Number.parseInt(h ?? "0", 16));
  return `rgb(${r},${g},${b})`;
}
