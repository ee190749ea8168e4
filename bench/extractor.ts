/**
 * The extractor alone, in one process, per core: `npx tsx bench/extractor.ts [--runs N]`
 * (part of `npm run bench`).
 *
 * The 34 real dev articles are parsed once and read over and over until they
 * make 20 MB, with no file reading, start-up or output: this is the figure
 * for the extraction itself. Each round times, one after the other on the
 * same thread, the reference (the dictionary scan of bench/dictionaryScanner.mjs:
 * one Map lookup per word) and the extractor. CPU time is the process's
 * (user + system, garbage collection threads included); the figures are the
 * medians of the rounds with their range. `bench/extract.ts` measures the
 * whole CLI on the same texts as files. Both run with the CLI's V8 settings
 * (bin/jitFlags.mjs), so this is the extractor as the CLI runs it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { applyJitFlags } from "../bin/jitFlags.mjs";
import { createExtractor } from "../src/extract/createExtractor.ts";
import { parseArticle } from "../src/ingest/parseArticle.ts";
import { loadLexicon } from "../src/lexicon/loadLexicon.ts";
import type { Article } from "../src/model/assertion.ts";
import { createScanner } from "./dictionaryScanner.mjs";
import { formatRate, machineNote, median, type Sample } from "./stats.ts";

const MB = 1024 * 1024;
const CORPUS_MB = 20;
const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg > 0 ? Math.max(3, Number(process.argv[runsArg + 1])) : 3;
const devDir = resolve(import.meta.dirname, "../tests/fixtures/corpus/dev");

function devArticles(): Article[] {
  return readdirSync(devDir)
    .filter((name) => name.endsWith(".txt"))
    .map((name) => parseArticle(name, readFileSync(join(devDir, name), "utf8"), { format: "text" }));
}

/** Runs `work` on every article until `bytes` of text went through; wall and CPU seconds. */
function timed(articles: readonly Article[], rounds: number, work: (a: Article) => unknown): Sample {
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const article of articles) work(article);
  const cpu = process.cpuUsage(cpu0);
  return { wall: (performance.now() - wall0) / 1000, cpu: (cpu.user + cpu.system) / 1e6 };
}

function main(): void {
  // Before anything is optimised: the flags apply to code the JIT compiles from now on.
  applyJitFlags();
  console.log(`extractor in process, ${RUNS} rounds; ${machineNote()}`);
  const articles = devArticles();
  const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0);
  const rounds = Math.ceil((CORPUS_MB * MB) / bytes);
  const megabytes = (bytes * rounds) / MB;
  console.log(`texts: ${articles.length} dev articles read ${rounds} times, ${megabytes.toFixed(1)} MB`);
  const lexicon = loadLexicon();
  const extractor = createExtractor(lexicon);
  const scan = createScanner(lexicon);
  // Warm-up: both compiled by the JIT before anything is timed.
  timed(articles, 3, (a) => extractor.extract(a));
  timed(articles, 3, (a) => scan(a.text));
  const runs: Record<"scan" | "extract", Sample[]> = { scan: [], extract: [] };
  for (let round = 0; round < RUNS; round++) {
    runs.scan.push(timed(articles, rounds, (a) => scan(a.text)));
    runs.extract.push(timed(articles, rounds, (a) => extractor.extract(a)));
  }
  for (const [label, samples] of [
    ["dictionary scan (reference)", runs.scan],
    ["extractor", runs.extract],
  ] as const) {
    console.log(
      `${label.padEnd(28)} ${formatRate(
        megabytes,
        samples.map((s) => s.wall),
        "MB/s wall",
      )}, ` +
        `${formatRate(
          megabytes,
          samples.map((s) => s.cpu),
          "MB per CPU-s",
        )}`,
    );
  }
  const ratio = median(runs.scan.map((s) => s.cpu)) / median(runs.extract.map((s) => s.cpu));
  console.log(
    `extractor / scan: ${ratio.toFixed(3)} of the reference's throughput per CPU-s; ${machineNote()}`,
  );
}

main();
