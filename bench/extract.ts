/**
 * Extraction and start-up of the compiled CLI: `npm run bench` (or
 * `npm run build:cli && npx tsx bench/extract.ts [--runs N]`).
 *
 * Corpus: the real dev articles (tests/fixtures/corpus/dev/*.txt) copied
 * until they make 20 MB, in a temp folder. Each round runs, one after the
 * other so that they share whatever load the machine has:
 * - the reference, bench/dictionaryScan.mjs: the same reading path and
 *   lexicon with one Map lookup per word instead of the extractor;
 * - `diplograph extract FOLDER --jobs 1 -o FILE`;
 * - `diplograph extract FOLDER --jobs 2 -o FILE`.
 * Then `--jobs 1` and `--jobs 2` on the folder given twice (40 MB), the same
 * number of rounds: each thread warms its JIT up on its own, so the speed-up of
 * `--jobs 2` grows with the corpus, and the two sizes show by how much.
 * Every figure is a whole process (start-up included), wall time and CPU time
 * (user + system of all its threads, from GNU time), the median of the runs
 * with their range. Start-up: `node -e 0` (the floor), `diplograph --help`
 * and `diplograph extract` of one dev article, 5 runs each.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { formatRate, formatSeconds, machineNote, median, type Sample, timeCommand } from "./stats.ts";

const MB = 1024 * 1024;
const CORPUS_MB = 20;
const repoRoot = resolve(import.meta.dirname, "..");
const devDir = join(repoRoot, "tests/fixtures/corpus/dev");
const bin = join(repoRoot, "bin/diplograph.mjs");
const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg > 0 ? Math.max(3, Number(process.argv[runsArg + 1])) : 3;
const STARTUP_RUNS = 5;

/** Copies the dev articles into `folder` until they make `megabytes`; returns the bytes and files written. */
function replicateDevCorpus(folder: string, megabytes: number): { bytes: number; files: number } {
  const names = readdirSync(devDir).filter((name) => name.endsWith(".txt"));
  mkdirSync(folder, { recursive: true });
  let bytes = 0;
  let files = 0;
  for (let copy = 0; bytes < megabytes * MB; copy++) {
    // One sub-folder per copy keeps folders small; the names stay the dev article ids.
    const sub = join(folder, `copy-${String(copy).padStart(4, "0")}`);
    mkdirSync(sub);
    for (const name of names) {
      copyFileSync(join(devDir, name), join(sub, name));
      bytes += statSync(join(devDir, name)).size;
      files++;
    }
  }
  return { bytes, files };
}

function line(label: string, samples: readonly Sample[], bytes?: number): string {
  const wall = samples.map((s) => s.wall);
  const cpu = samples.map((s) => s.cpu);
  const rss = median(samples.map((s) => s.peakMb ?? 0));
  const rates =
    bytes === undefined
      ? ""
      : ` | ${formatRate(bytes / MB, wall, "MB/s wall")}, ${formatRate(bytes / MB, cpu, "MB per CPU-s")}`;
  return `${label.padEnd(34)} wall ${formatSeconds(wall)}, CPU ${formatSeconds(cpu)}${rates}, peak RSS ${rss.toFixed(0)} MB`;
}

/** How many times faster `faster` ran than `slower`, by median wall time. */
function speedUp(slower: readonly Sample[], faster: readonly Sample[]): string {
  const wall = (samples: readonly Sample[]) => median(samples.map((s) => s.wall));
  return (wall(slower) / wall(faster)).toFixed(2);
}

function main(): void {
  try {
    statSync(join(repoRoot, "dist/bundle/main.js"));
    statSync(join(repoRoot, "dist/lexicon/builtin.json"));
  } catch {
    throw new Error("the compiled CLI is missing: run 'npm run build:cli' first (npm run bench does)");
  }
  console.log(`extraction and start-up bench, ${RUNS} runs (start-up ${STARTUP_RUNS}); ${machineNote()}`);
  const work = mkdtempSync(join(tmpdir(), "diplograph-bench-extract-"));
  try {
    const corpus = join(work, "corpus");
    const { bytes, files } = replicateDevCorpus(corpus, CORPUS_MB);
    console.log(`corpus: ${files} files, ${(bytes / MB).toFixed(1)} MB (the 34 dev articles, copied)`);
    const out = join(work, "out.jsonl");
    const node = process.execPath;
    const runs: Record<"scan" | "jobs1" | "jobs2", Sample[]> = { scan: [], jobs1: [], jobs2: [] };
    let outputs: { jobs1: string; jobs2: string } | undefined;
    for (let round = 0; round < RUNS; round++) {
      runs.scan.push(timeCommand(node, ["bench/dictionaryScan.mjs", out, corpus], repoRoot));
      runs.jobs1.push(timeCommand(node, [bin, "extract", corpus, "--jobs", "1", "-q", "-o", out], repoRoot));
      const one = readFileSync(out, "utf8");
      runs.jobs2.push(timeCommand(node, [bin, "extract", corpus, "--jobs", "2", "-q", "-o", out], repoRoot));
      outputs ??= { jobs1: one, jobs2: readFileSync(out, "utf8") };
      console.log(`  round ${round + 1}/${RUNS} done; ${machineNote()}`);
    }
    console.log(line("dictionary scan (reference)", runs.scan, bytes));
    console.log(line("diplograph extract --jobs 1", runs.jobs1, bytes));
    console.log(line("diplograph extract --jobs 2", runs.jobs2, bytes));
    const cpu1 = median(runs.jobs1.map((s) => s.cpu));
    console.log(
      `--jobs 2 speed-up: ${speedUp(runs.jobs1, runs.jobs2)}x wall (target 1.7x); ` +
        `extract --jobs 1 / scan: ${(median(runs.scan.map((s) => s.cpu)) / cpu1).toFixed(3)} of the reference's ` +
        `throughput per CPU-s; outputs of --jobs 1 and 2 ${outputs?.jobs1 === outputs?.jobs2 ? "identical" : "DIFFER"}`,
    );

    const twice: Record<"jobs1" | "jobs2", Sample[]> = { jobs1: [], jobs2: [] };
    for (let round = 0; round < RUNS; round++) {
      for (const jobs of [1, 2] as const) {
        const args = [bin, "extract", corpus, corpus, "--jobs", String(jobs), "-q", "-o", out];
        twice[`jobs${jobs}`].push(timeCommand(node, args, repoRoot));
      }
    }
    console.log(line("extract --jobs 1, corpus twice", twice.jobs1, 2 * bytes));
    console.log(line("extract --jobs 2, corpus twice", twice.jobs2, 2 * bytes));
    console.log(
      `--jobs 2 speed-up on the corpus twice (${((2 * bytes) / MB).toFixed(0)} MB): ` +
        `${speedUp(twice.jobs1, twice.jobs2)}x wall; ${machineNote()}`,
    );

    const one = join(devDir, "02-us-state-dept-iran-attack-on-israel.txt");
    const startup: Record<"node" | "help" | "one", Sample[]> = { node: [], help: [], one: [] };
    for (let round = 0; round < STARTUP_RUNS; round++) {
      startup.node.push(timeCommand(node, ["-e", "0"], repoRoot));
      startup.help.push(timeCommand(node, [bin, "--help"], repoRoot));
      startup.one.push(timeCommand(node, [bin, "extract", one, "-q"], repoRoot));
    }
    console.log(line("start-up: node -e 0 (floor)", startup.node));
    console.log(line("start-up: diplograph --help", startup.help));
    console.log(line("start-up: diplograph extract one.txt", startup.one));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
