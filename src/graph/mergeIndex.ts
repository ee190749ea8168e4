import type { DiploGraph, Evidence } from "./schema.ts";

/**
 * What mergeAssertions keeps beside a graph (never in it, so the JSON stays
 * lean) to add a batch in time proportional to the batch:
 * - a string pool, so a million evidence records share one copy of each
 *   article id, date, speaker and condition instead of holding their own;
 * - the set of articles merged before, checked against the graph's
 *   `articleIds` array (the one mergeAssertions last set): evidence from an
 *   article the graph has never seen cannot duplicate anything already in it,
 *   so only assertions from known articles need an exact dedupe.
 * Nothing per edge or per node is kept: that was most of the memory at 1M assertions.
 */
interface GraphIndex {
  pool: Map<string, string>;
  /** The graph's `articleIds` array when `known` was built or last updated; another array (an outside edit) means rebuild. */
  seen: string[] | null;
  /** `known`, sorted: what `articleIds` becomes. */
  sorted: string[];
  known: Set<string>;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const indexes = new WeakMap<DiploGraph, GraphIndex>();

function graphIndex(graph: DiploGraph): GraphIndex {
  let index = indexes.get(graph);
  if (!index) {
    index = { pool: new Map(), seen: null, sorted: [], known: new Set() };
    indexes.set(graph, index);
  }
  return index;
}

/**
 * A function returning one shared copy of each string it is given (one pool
 * per graph). It remembers its last answer: give each field its own function,
 * and the run of assertions from one article skips the pool lookup.
 */
export function stringPool(graph: DiploGraph): (value: string) => string {
  const pool = graphIndex(graph).pool;
  let last: string | undefined;
  return (value) => {
    if (value === last) return last;
    let shared = pool.get(value);
    if (shared === undefined) {
      pool.set(value, value);
      shared = value;
    }
    last = shared;
    return shared;
  };
}

/** Dedupe key of one piece of evidence inside its edge (the edge key holds the triple and negation). */
export function evidenceId(e: Pick<Evidence, "article" | "start" | "end">): string {
  return `${e.article}\u0000${e.start}\u0000${e.end}`;
}

/**
 * Articles already merged into the graph: its `articleIds`, plus, when the
 * graph comes from elsewhere (JSON, GEXF with full evidence, outside edits),
 * every article its evidence cites. Do not modify; see `recordArticles`.
 */
export function knownArticles(graph: DiploGraph): ReadonlySet<string> {
  const index = graphIndex(graph);
  const ids = graph.getAttribute("articleIds");
  if (index.seen !== null && index.seen === ids) return index.known;
  const known = new Set<string>(ids ?? []);
  graph.forEachEdge((_e, a) => {
    for (const e of a.evidence) known.add(e.article);
  });
  index.known = known;
  index.sorted = [...known].sort(byCodeUnit);
  index.seen = ids;
  return known;
}

/** Adds `added` (articles not yet known) to the graph's sorted `articleIds`, merging instead of re-sorting. */
export function recordArticles(graph: DiploGraph, added: Set<string>): void {
  const index = graphIndex(graph);
  // Call after `knownArticles` (same merge): the index is warm, `sorted` holds the articles before this batch.
  const base = index.sorted;
  for (const id of added) index.known.add(id);
  if (added.size === 0 && base === graph.getAttribute("articleIds")) return;
  const fresh = [...added].sort(byCodeUnit);
  const merged = base.concat(fresh);
  // Two sorted runs: V8's TimSort merges them in linear time.
  const last = base[base.length - 1];
  const first = fresh[0];
  if (last !== undefined && first !== undefined && last > first) merged.sort(byCodeUnit);
  index.sorted = merged;
  index.seen = merged;
  graph.setAttribute("articleIds", merged);
}
