/**
 * Graph benchmark: merge, layout (ForceAtlas2, 100
 * iterations) and GEXF export of generated graphs, each beside its reference
 * measured in the same round on the same data: a plain graphology build (one
 * mergeEdgeWithKey per assertion, weight and evidence kept), graphology's own
 * forceAtlas2 and the graphology-gexf writer. Every figure is the median of
 * the rounds (3 by default, `--runs N`) with their range, wall time and CPU
 * time side by side; ratios are of medians of CPU time.
 *
 *   node --expose-gc --import tsx bench/graph.ts            # both sizes (as npm run bench)
 *   node --expose-gc --import tsx bench/graph.ts --small    # 1k nodes / 10k edges only
 *   node --expose-gc --import tsx bench/graph.ts --runs 5   # more rounds
 *
 * Floors (issue 3), for the 10k nodes / 100k edges / 1M assertions graph:
 * build + layout + export under 60 s, peak resident memory under 3 GB.
 * The GEXF is written to bench/out/ (git-ignored).
 */
import { mkdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { MultiDirectedGraph } from "graphology";
import writeGexfXml from "graphology-gexf/common/writer.js";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { gexfChunks } from "../src/export/gexfStream.ts";
import { createGraph } from "../src/graph/createGraph.ts";
import { mergeAssertions } from "../src/graph/mergeAssertions.ts";
import type { DiploGraph } from "../src/graph/schema.ts";
import { writeChunksAtomic } from "../src/io/writeChunksAtomic.ts";
import { layoutGraph, layoutSettingsFor } from "../src/layout/forceAtlas.ts";
import type { Assertion } from "../src/model/assertion.ts";
import { generateAssertions } from "./generateAssertions.ts";
import { formatSeconds, machineNote, median, type Sample } from "./stats.ts";

const OUT_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "out");
const ITERATIONS = 100;
/** Same batch as `diplograph build` merges NDJSON in. */
const BATCH = 50_000;
const FLOOR_SECONDS = 60;
const FLOOR_PEAK_MB = 3 * 1024;
const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg > 0 ? Math.max(3, Number(process.argv[runsArg + 1])) : 3;

interface Size {
  name: string;
  nodes: number;
  edges: number;
  assertions: number;
  floors: boolean;
}

const SIZES: Size[] = [
  { name: "1k nodes / 10k edges", nodes: 1_000, edges: 10_000, assertions: 100_000, floors: false },
  { name: "10k nodes / 100k edges", nodes: 10_000, edges: 100_000, assertions: 1_000_000, floors: true },
];

/** Peak resident set size of this process so far, in MB (getrusage ru_maxrss). */
const peakMb = () => process.resourceUsage().maxRSS / 1024;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Collects the garbage of the previous step before a step is timed, so no step
 * pays for another's (needs `node --expose-gc`, as `npm run bench` runs it).
 */
const collectGarbage: () => void = typeof globalThis.gc === "function" ? globalThis.gc : () => undefined;

/** Runs `fn`, returning its result and its wall and CPU seconds (this thread's process). */
function time<T>(fn: () => T): [T, Sample] {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = fn();
  const used = process.cpuUsage(cpu);
  return [result, { wall: (performance.now() - start) / 1000, cpu: (used.user + used.system) / 1e6 }];
}

async function timeAsync(fn: () => Promise<void>): Promise<Sample> {
  collectGarbage();
  const start = performance.now();
  const cpu = process.cpuUsage();
  await fn();
  const used = process.cpuUsage(cpu);
  return { wall: (performance.now() - start) / 1000, cpu: (used.user + used.system) / 1e6 };
}

const add = (a: Sample, b: Sample): Sample => ({ wall: a.wall + b.wall, cpu: a.cpu + b.cpu });
const ZERO: Sample = { wall: 0, cpu: 0 };

/** Feeds generated assertions to `merge` in CLI-sized batches; only `merge` is timed, not the generation. */
function inBatches(size: Size, merge: (batch: Assertion[]) => void): Sample {
  collectGarbage();
  let total = ZERO;
  let batch: Assertion[] = [];
  for (const a of generateAssertions(size)) {
    batch.push(a);
    if (batch.length >= BATCH) {
      const list = batch;
      batch = [];
      total = add(total, time(() => merge(list))[1]);
    }
  }
  return add(total, time(() => merge(batch))[1]);
}

/** Ours: mergeAssertions (edges keyed source>relation>target, evidence, dates, speakers). */
function build(size: Size): [DiploGraph, Sample] {
  const graph = createGraph();
  return [graph, inBatches(size, (batch) => mergeAssertions(graph, batch))];
}

/** The reference: the same multi-graph built with graphology alone, weight and evidence kept, nothing else. */
function plainBuild(size: Size): Sample {
  const graph = new MultiDirectedGraph<object, { weight: number; evidence: Assertion[] }>();
  return inBatches(size, (batch) => {
    for (const a of batch) {
      const key = `${a.source}>${a.relation}>${a.target}${a.negated ? "!" : ""}`;
      graph.mergeNode(a.source);
      graph.mergeNode(a.target);
      if (graph.hasEdge(key)) {
        const attributes = graph.getEdgeAttributes(key);
        attributes.weight++;
        attributes.evidence.push(a);
      } else {
        graph.addEdgeWithKey(key, a.source, a.target, { weight: 1, evidence: [a] });
      }
    }
  });
}

/** graphology-gexf alone: its writer with a plain mapping of the scalar attributes (it cannot write arrays of objects). */
function rawGexf(graph: DiploGraph): string {
  return writeGexfXml(graph, {
    version: "1.3",
    formatNode: (_key, a) => ({
      label: a.label,
      viz: { color: "#4477AA", size: 4, x: a.x, y: a.y },
      attributes: { kind: a.kind, mentions: a.mentions, articles: a.articles },
    }),
    formatEdge: (_key, a) => ({
      label: a.label,
      weight: a.weight,
      viz: { color: "#999999", thickness: 1 },
      attributes: { relation: a.relation, negated: a.negated, articles: a.articles, firstSeen: a.firstSeen },
    }),
  });
}

type Step = "merge" | "plainBuild" | "layout" | "rawLayout" | "gexf" | "rawGexf" | "total";

function row(label: string, samples: readonly Sample[]): string {
  return `${label.padEnd(24)} wall ${formatSeconds(samples.map((s) => s.wall))}, CPU ${formatSeconds(samples.map((s) => s.cpu))}`;
}

const cpuRatio = (ours: readonly Sample[], reference: readonly Sample[]) =>
  `${(median(ours.map((s) => s.cpu)) / median(reference.map((s) => s.cpu))).toFixed(2)}x`;

async function run(size: Size): Promise<boolean> {
  console.log(
    `\n== ${size.name}, ${size.assertions.toLocaleString("en")} assertions, ${RUNS} rounds; ${machineNote()}`,
  );
  const samples: Record<Step, Sample[]> = {
    merge: [],
    plainBuild: [],
    layout: [],
    rawLayout: [],
    gexf: [],
    rawGexf: [],
    total: [],
  };
  let shape = "";
  let gexfSize = 0;
  mkdirSync(OUT_DIR, { recursive: true });
  const file = path.join(OUT_DIR, `graph-${size.nodes}.gexf`);
  for (let round = 0; round < RUNS; round++) {
    // The reference first, so its graph is garbage before ours is built.
    samples.plainBuild.push(plainBuild(size));
    const [graph, built] = build(size);
    samples.merge.push(built);
    let evidence = 0;
    graph.forEachEdge((_e, a) => {
      evidence += a.evidence.length;
    });
    shape = `${graph.order} nodes, ${graph.size} edges, ${evidence} evidence`;
    const settings = layoutSettingsFor(graph.order);
    collectGarbage();
    const [, laidOut] = time(() => layoutGraph(graph, { iterations: ITERATIONS }));
    samples.layout.push(laidOut);
    // Streamed into the file, as `diplograph build --gexf` writes graphs above STREAM_ABOVE_EDGES (both sizes here).
    const written = await timeAsync(() => writeChunksAtomic(file, gexfChunks(graph)));
    samples.gexf.push(written);
    gexfSize = statSync(file).size;
    samples.total.push(add(add(built, laidOut), written));
    // Raw library runs on the same graph (positions are overwritten; nothing is read afterwards).
    collectGarbage();
    samples.rawLayout.push(
      time(() => forceAtlas2.assign(graph, { iterations: ITERATIONS, settings, getEdgeWeight: "weight" }))[1],
    );
    collectGarbage();
    samples.rawGexf.push(time(() => rawGexf(graph))[1]);
    console.log(`  round ${round + 1}/${RUNS} done; ${machineNote()}`);
  }
  const peak = peakMb();
  console.log(`graph: ${shape}; GEXF ${mb(gexfSize)} (${path.relative(process.cwd(), file)})`);
  console.log(
    `${row("merge", samples.merge)}  | ours/ref ${cpuRatio(samples.merge, samples.plainBuild)} CPU`,
  );
  console.log(row("  ref: plain graphology", samples.plainBuild));
  console.log(
    `${row(`layout (${ITERATIONS} iterations)`, samples.layout)}  | ours/ref ${cpuRatio(samples.layout, samples.rawLayout)} CPU`,
  );
  console.log(row("  ref: raw forceAtlas2", samples.rawLayout));
  console.log(
    `${row("gexf (streamed to file)", samples.gexf)}  | ours/ref ${cpuRatio(samples.gexf, samples.rawGexf)} CPU`,
  );
  console.log(row("  ref: graphology-gexf", samples.rawGexf));
  console.log(`${row("total (merge+layout+gexf)", samples.total)}; peak RSS ${peak.toFixed(0)} MB`);
  if (!size.floors) return true;
  // Judged on the median wall time, as a user waits it; CPU time is printed beside it for a loaded machine.
  const total = median(samples.total.map((s) => s.wall));
  const timeOk = total < FLOOR_SECONDS;
  const memoryOk = peak < FLOOR_PEAK_MB;
  console.log(
    `${timeOk ? "PASS" : "FAIL"} time ${total.toFixed(1)} s wall < ${FLOOR_SECONDS} s; ` +
      `${memoryOk ? "PASS" : "FAIL"} peak ${peak.toFixed(0)} MB < ${FLOOR_PEAK_MB} MB`,
  );
  return timeOk && memoryOk;
}

const sizes = process.argv.includes("--small") ? SIZES.filter((s) => !s.floors) : SIZES;
let ok = true;
for (const size of sizes) ok = (await run(size)) && ok;
process.exitCode = ok ? 0 : 1;
