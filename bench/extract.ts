/**
 * Extraction throughput and memory: `npx tsx bench/extract.ts`.
 * Builds a ~20 MB corpus of varied articles in a temp folder (sentences of
 * graph-data/articles recombined, shuffled, with state names substituted),
 * then streams it through the CLI's code path (readArticleFiles + extractor,
 * one file at a time) at 10 MB and at 20 MB, each in a fresh process so the
 * peak RSS figures are comparable. Beside it, a bare dictionary scan (one Map
 * lookup per word) over the same files: the practical
 * upper limit for anything that has to look at every word.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createExtractor } from "../src/extract/createExtractor.ts";
import { splitSentences } from "../src/extract/text/sentences.ts";
import { parseFrontMatter } from "../src/ingest/parseFrontMatter.ts";
import { readArticleFiles } from "../src/io/readArticleFiles.ts";
import { loadLexicon } from "../src/lexicon/loadLexicon.ts";
import { seededRandom } from "./seededRandom.ts";

const MB = 1024 * 1024;
const FLOOR_MB_PER_S = 1;
const repoRoot = resolve(import.meta.dirname, "..");

interface RunResult {
  bytes: number;
  articles: number;
  assertions: number;
  seconds: number;
  /** CPU seconds (user + system) of the run: robust when other work shares the machine. */
  cpuSeconds: number;
  /** Seconds inside the extractor (or the scan) alone, without reading and parsing files. */
  engineSeconds: number;
  peakRss: number;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Writes `megabytes` of articles (4-12 KB each) into `folder`. */
function buildCorpus(folder: string, megabytes: number, seed: number): void {
  const rand = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const sentences: string[] = [];
  const articlesDir = join(repoRoot, "graph-data/articles");
  for (const name of readdirSync(articlesDir).filter((f) => f.endsWith(".txt"))) {
    const text = readFileSync(join(articlesDir, name), "utf8");
    const { bodyStart } = parseFrontMatter(text);
    for (const s of splitSentences(text, bodyStart)) if (s.text.length > 40) sentences.push(s.text);
  }
  const states = loadLexicon()
    .actors.filter((a) => a.kind === "state")
    .map((a) => a.label);
  const stateRe = new RegExp(
    `\\b(?:${[...states]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join("|")})\\b`,
    "gu",
  );
  mkdirSync(folder, { recursive: true });
  let written = 0;
  for (let n = 0; written < megabytes * MB; n++) {
    // One substitution per state per article, so an article stays coherent.
    const swap = new Map<string, string>();
    const target = 4096 + Math.floor(rand() * 8192);
    const year = 2019 + Math.floor(rand() * 8);
    const lines = [`---\ndate: ${year}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 10)}\n---`];
    let size = 0;
    while (size < target) {
      const paragraph: string[] = [];
      for (let i = 1 + Math.floor(rand() * 3); i > 0; i--) {
        const s = pick(sentences).replace(stateRe, (m) => {
          if (!swap.has(m)) swap.set(m, rand() < 0.5 ? m : pick(states));
          return swap.get(m) ?? m;
        });
        paragraph.push(s);
        size += s.length + 1;
      }
      lines.push(paragraph.join(" "));
    }
    const body = `${lines.join("\n\n")}\n`;
    writeFileSync(join(folder, `article-${String(n).padStart(6, "0")}.txt`), body);
    written += Buffer.byteLength(body);
  }
}

const WORD_RE = /[\p{L}\p{N}]+/gu;

/**
 * Dictionary scan: counts lexicon names in the text with one Map lookup per
 * word (names keyed by their first word, longer names checked only on a hit).
 */
function scanNames(text: string, byFirst: ReadonlyMap<string, string[][]>): number {
  const words = text.match(WORD_RE) ?? [];
  let hits = 0;
  for (let i = 0; i < words.length; i++) {
    const rests = byFirst.get(words[i] ?? "");
    if (!rests) continue;
    for (const rest of rests) {
      if (rest.every((w, k) => words[i + 1 + k] === w)) {
        hits++;
        break;
      }
    }
  }
  return hits;
}

/** Child process: streams `folders` through the extractor (or the scan) and prints a RunResult. */
async function runChild(mode: "extract" | "scan", folders: string[]): Promise<void> {
  const lexicon = loadLexicon();
  // Every lexicon name as a token sequence; the scan looks up 1-4 word windows in a Set.
  const names = new Set<string>();
  for (const a of lexicon.actors) for (const n of [a.label, ...a.aliases, ...a.metonyms]) names.add(n);
  for (const p of lexicon.people) for (const n of [p.name, ...p.aliases]) names.add(n);
  const byFirst = new Map<string, string[][]>();
  for (const name of names) {
    const [first, ...rest] = name.match(WORD_RE) ?? [];
    if (first) byFirst.set(first, [...(byFirst.get(first) ?? []), rest]);
  }
  const extractor = createExtractor(lexicon);
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 50);
  const result: RunResult = {
    bytes: 0,
    articles: 0,
    assertions: 0,
    seconds: 0,
    cpuSeconds: 0,
    engineSeconds: 0,
    peakRss: 0,
  };
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for await (const event of readArticleFiles(folders)) {
    if (event.type !== "article") continue;
    const { article } = event;
    result.bytes += Buffer.byteLength(article.text);
    result.articles++;
    if (mode === "extract") {
      const t = performance.now();
      result.assertions += extractor.extract(article).length;
      result.engineSeconds += (performance.now() - t) / 1000;
    } else {
      const t = performance.now();
      result.assertions += scanNames(article.text, byFirst);
      result.engineSeconds += (performance.now() - t) / 1000;
    }
    // Synchronous extraction starves the timer: sample after each file too.
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  result.seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  result.cpuSeconds = (cpu.user + cpu.system) / 1e6;
  clearInterval(sampler);
  result.peakRss = peakRss;
  console.log(JSON.stringify(result));
}

function runInChild(mode: "extract" | "scan", folders: string[]): RunResult {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, import.meta.filename, "--child", mode, ...folders],
    { encoding: "utf8", maxBuffer: 16 * MB },
  );
  const last = child.stdout.trim().split("\n").pop() ?? "";
  if (child.status !== 0 || !last.startsWith("{")) {
    throw new Error(`bench child failed (${mode}): ${child.stderr.trim().split("\n")[0] ?? ""}`);
  }
  return JSON.parse(last);
}

function mbPerS(r: RunResult): number {
  return r.bytes / MB / r.seconds;
}

function engineMbPerS(r: RunResult): number {
  return r.bytes / MB / r.engineSeconds;
}

function mbPerCpuS(r: RunResult): number {
  return r.bytes / MB / r.cpuSeconds;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === "--child") {
    await runChild(args[1] === "scan" ? "scan" : "extract", args.slice(2));
    return;
  }
  const work = mkdtempSync(join(tmpdir(), "diplograph-bench-extract-"));
  try {
    const halves = [join(work, "part1"), join(work, "part2")];
    for (const [i, folder] of halves.entries()) buildCorpus(folder, 10, 1 + i);
    console.log("extraction bench: readArticleFiles + createExtractor().extract, one file at a time");
    let pass = true;
    const rows: string[] = [];
    for (const [label, folders] of [
      ["10 MB", halves.slice(0, 1)],
      ["20 MB", halves],
    ] as const) {
      const ex = runInChild("extract", [...folders]);
      const scan = runInChild("scan", [...folders]);
      // The floor is judged on CPU time: wall time also measures whatever else runs on the machine.
      const ok = mbPerCpuS(ex) >= FLOOR_MB_PER_S;
      pass &&= ok;
      rows.push(
        `${label}: ${(ex.bytes / MB).toFixed(1)} MB, ${ex.articles} articles | extract ${mbPerS(ex).toFixed(2)} MB/s wall, ${mbPerCpuS(ex).toFixed(2)} MB/CPU-s, ` +
          `${(ex.articles / ex.seconds).toFixed(0)} articles/s, ${ex.assertions} assertions, peak RSS ${(ex.peakRss / MB).toFixed(0)} MB | ` +
          `extractor alone ${engineMbPerS(ex).toFixed(2)} MB/s | ` +
          `dictionary scan alone ${engineMbPerS(scan).toFixed(1)} MB/s (${scan.assertions} name hits; with file reading ${mbPerS(scan).toFixed(2)} MB/s), ` +
          `extractor/scan ${(engineMbPerS(ex) / engineMbPerS(scan)).toFixed(3)} | floor ${FLOOR_MB_PER_S} MB/CPU-s ${ok ? "PASS" : "FAIL"}`,
      );
      console.log(rows[rows.length - 1]);
    }
    console.log(pass ? "PASS" : "FAIL");
    if (!pass) process.exitCode = 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
