/**
 * Deterministic starting positions. ForceAtlas2 only converges to a picture
 * that depends on where it starts, so starting from Math.random() would give
 * a different map on every build; a hash of the node key gives the same map
 * for the same graph, whatever order the nodes were added in.
 */

/** FNV-1a 32-bit hash of `text`, mixed with `seed`. */
export function hashString(text: string, seed = 0): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  // Final avalanche (murmur3 fmix32) so similar keys ("USA", "USB") land far apart.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b) >>> 0;
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35) >>> 0;
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** A point in the disc of `radius`, uniformly spread, fixed by (key, seed). */
export function seededPosition(key: string, seed: number, radius: number): { x: number; y: number } {
  const angle = (hashString(key, seed) / 0x100000000) * 2 * Math.PI;
  const distance = Math.sqrt(hashString(key, seed + 0x9e3779b9) / 0x100000000) * radius;
  return { x: distance * Math.cos(angle), y: distance * Math.sin(angle) };
}

/** Radius of the starting disc: grows with the square root of the node count, as the final layout does. */
export function startRadius(order: number): number {
  return 10 * Math.sqrt(Math.max(order, 1));
}
