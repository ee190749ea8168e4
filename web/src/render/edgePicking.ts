import type Sigma from "sigma";
import { curveAnchor } from "./parallelEdges.ts";
import type { RenderContext } from "./reducers.ts";

/**
 * Which edge a click on the stage hit, found by geometry instead of sigma's
 * edge events: with `enableEdgeEvents` sigma draws every edge a second time,
 * into its picking buffer, on every frame, which at 50k edges costs as much as
 * the picture. A click costs one pass over the visible edges instead (a few
 * milliseconds at 50k), and only when it happens.
 */

type AnySigma = Pick<
  Sigma,
  "getNodeDisplayData" | "getEdgeDisplayData" | "framedGraphToViewport" | "getGraph"
>;

/** Pixels around an edge's drawn width that still count as on it. */
const SLACK_PX = 3;
/** Segments a curved edge is cut into for the distance. */
const CURVE_STEPS = 12;

function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Distance to the quadratic curve @sigma/edge-curve draws. */
function curveDistance(
  p: { x: number; y: number },
  s: { x: number; y: number },
  t: { x: number; y: number },
  curvature: number,
): number {
  const { x: ax, y: ay } = curveAnchor(s, t, curvature);
  let best = Number.POSITIVE_INFINITY;
  let [x0, y0] = [s.x, s.y];
  for (let i = 1; i <= CURVE_STEPS; i++) {
    const u = i / CURVE_STEPS;
    const x1 = (1 - u) * (1 - u) * s.x + 2 * (1 - u) * u * ax + u * u * t.x;
    const y1 = (1 - u) * (1 - u) * s.y + 2 * (1 - u) * u * ay + u * u * t.y;
    best = Math.min(best, segmentDistance(p.x, p.y, x0, y0, x1, y1));
    [x0, y0] = [x1, y1];
  }
  return best;
}

/** The visible edge nearest to a viewport point, if the point is on its drawn width; else null. */
export function pickEdge(sigma: AnySigma, ctx: RenderContext, x: number, y: number): string | null {
  const graph = sigma.getGraph();
  const viewport = new Map<string, { x: number; y: number }>();
  const at = (node: string) => {
    let p = viewport.get(node);
    if (!p) {
      const data = sigma.getNodeDisplayData(node);
      p = data ? sigma.framedGraphToViewport(data) : { x: Number.NaN, y: Number.NaN };
      viewport.set(node, p);
    }
    return p;
  };
  const point = { x, y };
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  graph.forEachEdge((edge, _attrs, source, target) => {
    if (ctx.visibility.hiddenEdges.has(edge)) return;
    const s = at(source);
    const t = at(target);
    const reach = (sigma.getEdgeDisplayData(edge)?.size ?? 1) / 2 + SLACK_PX;
    // Cheap reject: outside the box around both ends (curves bulge: widened by a third of the length).
    const bulge = ctx.curvatures.has(edge) ? Math.hypot(t.x - s.x, t.y - s.y) / 3 : 0;
    const pad = reach + bulge;
    if (x < Math.min(s.x, t.x) - pad || x > Math.max(s.x, t.x) + pad) return;
    if (y < Math.min(s.y, t.y) - pad || y > Math.max(s.y, t.y) + pad) return;
    const curvature = ctx.curvatures.get(edge);
    const distance =
      curvature === undefined
        ? segmentDistance(x, y, s.x, s.y, t.x, t.y)
        : curveDistance(point, s, t, curvature);
    if (distance <= reach && distance < bestDistance) {
      best = edge;
      bestDistance = distance;
    }
  });
  return best;
}
