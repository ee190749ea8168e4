/**
 * Explorer rendering benchmark: generated graphs of 1k/5k and 10k/50k
 * nodes/edges loaded into the built app (web/dist) and into a bare sigma v3
 * page (bench/webBare: sigma alone drawing the same picture, with the same
 * hover highlight done as sigma's examples do it), in headless Chromium. Each page is measured RUNS times,
 * bare and explorer alternating, each in a fresh browser context. Per run:
 * time to first render (wall, from navigation start) with the renderer
 * process's CPU time up to then (all its threads, the graph worker included),
 * and the median JavaScript time per frame while panning and while hovering
 * (sigma's render calls plus the pages' own work in event handlers; it runs
 * on the main thread without waiting, so it is CPU time). Prints the median
 * of the runs with their range, explorer/bare ratios of the medians, and
 * PASS/FAIL at 10k/50k against the issue's 1.1x.
 * The GPU here is SwiftShader, so frame rates mean little; JS time is the figure.
 *
 *   npx tsx bench/web.ts [1k|10k]     (builds the app and the bare page first; BENCH_RUNS=n)
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, CDPSession, Page } from "playwright-core";
import { build } from "vite";
import { serializeGraph } from "../src/export/graphJson.ts";
import { createGraph } from "../src/graph/createGraph.ts";
import { mergeAssertions } from "../src/graph/mergeAssertions.ts";
import { layoutGraph } from "../src/layout/forceAtlas.ts";
import { launchChromium } from "../tests/e2e/browser.ts";
import { serveStatic } from "../tests/e2e/staticServer.ts";
import { generateAssertions } from "./generateAssertions.ts";
import { machineNote, median } from "./stats.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.join(repoRoot, "bench", "out");
const graphsDir = path.join(outDir, "graphs");
const bareDir = path.join(outDir, "bare");

const SIZES = [
  { name: "1k/5k", nodes: 1_000, edges: 5_000, panMs: 3_000, panSteps: 30, hovers: 12 },
  // SwiftShader draws 10k/50k at under 1 fps, and each input event waits for a frame: fewer, slower steps.
  { name: "10k/50k", nodes: 10_000, edges: 50_000, panMs: 6_000, panSteps: 12, hovers: 6 },
] as const;

/** Bounds from the issue, checked at 10k/50k: absolute floors and the ratio to bare sigma. */
const FLOORS = { firstRenderMs: 5_000, medianFrameMs: 16, ratio: 1.1 };
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));

/** One run of one page. */
interface Run {
  firstRenderMs: number;
  /** Renderer process CPU (all threads) from navigation to the first render. */
  firstRenderCpuMs: number;
  /** Median JS time of the pan frames, of the hover frames, and how many frames each. */
  panMs: number;
  hoverMs: number;
  panFrames: number;
  hoverFrames: number;
  /** The page's performance marks up to the first render ("name@ms"), printed with BENCH_VERBOSE. */
  marks: string;
}

/** The generator's graph, merged with the real merge code; seeded start positions (no FA2: it is not measured). */
function writeGraph(nodes: number, edges: number): string {
  const graph = createGraph(`bench ${nodes}/${edges}`);
  mergeAssertions(graph, generateAssertions({ nodes, edges, assertions: Math.round(edges * 1.2) }));
  layoutGraph(graph, { iterations: 0 });
  const file = `g${nodes}.json`;
  writeFileSync(path.join(graphsDir, file), serializeGraph(graph));
  return file;
}

/** Node keys to hover: spread over the id range, so over the whole picture. */
function hoverTargets(nodes: number, count: number): string[] {
  const ids: string[] = [];
  for (let k = 0; k < count; k++) {
    const i = Math.floor(((k + 0.5) / count) * Math.min(nodes, 17_576));
    ids.push(String.fromCharCode(65 + Math.floor(i / 676), 65 + (Math.floor(i / 26) % 26), 65 + (i % 26)));
  }
  return ids;
}

type Hook = "__diplograph" | "__bare";

/** The renderer's CPU time so far (CDP Performance metrics: ProcessTime, in seconds). */
async function processCpuMs(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send("Performance.getMetrics")) as {
    metrics: { name: string; value: number }[];
  };
  return (metrics.find((m) => m.name === "ProcessTime")?.value ?? Number.NaN) * 1000;
}

async function measure(page: Page, url: string, hook: Hook, size: (typeof SIZES)[number]): Promise<Run> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
  const cpuBefore = await processCpuMs(cdp);
  await page.goto(url);
  // First render: the explorer's first frame drawn with its filters applied; sigma's constructor render for bare.
  await page.waitForFunction(
    (h) => (h === "__bare" ? window.__bare?.firstRenderAt : window.__diplograph?.firstRenderAt()) != null,
    hook,
    { timeout: 120_000, polling: 10 },
  );
  const firstRenderCpuMs = (await processCpuMs(cdp)) - cpuBefore;
  await page.waitForFunction((h) => window[h]?.ready === true, hook, { timeout: 120_000, polling: 100 });
  const marks = await page.evaluate(() =>
    performance
      .getEntriesByType("mark")
      .map((m) => `${m.name}@${m.startTime.toFixed(0)}`)
      .join(" "),
  );
  const firstRenderMs = await page.evaluate((h) => {
    const at = h === "__bare" ? window.__bare?.firstRenderAt : window.__diplograph?.firstRenderAt();
    return at ?? Number.NaN;
  }, hook);

  const box = { x: 640, y: 400 };
  await page.evaluate((h) => window[h]?.startProfiling(), hook);
  // Pan: drag the stage in small steps for panMs.
  await page.mouse.move(box.x, box.y);
  await page.mouse.down();
  const steps = size.panSteps;
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(box.x + Math.sin(i / 3) * 150, box.y + Math.cos(i / 4) * 100);
    await page.waitForTimeout(size.panMs / steps);
  }
  await page.mouse.up();
  const pan = await page.evaluate((h) => window[h]?.stopProfiling() ?? [], hook);
  await page.evaluate((h) => window[h]?.startProfiling(), hook);
  // Hover: onto nodes and off again; each entry refocuses the neighbourhood in the explorer.
  for (const node of hoverTargets(size.nodes, size.hovers)) {
    const at = await page.evaluate(([h, n]) => window[h as Hook]?.nodePosition(n) ?? null, [
      hook,
      node,
    ] as const);
    if (!at || at.x < 0 || at.y < 0 || at.x > 1280 || at.y > 800) continue;
    await page.mouse.move(at.x, at.y);
    await page.waitForTimeout(size.panMs / size.hovers / 2);
    await page.mouse.move(at.x + 40, at.y + 40);
    await page.waitForTimeout(size.panMs / size.hovers / 2);
  }
  const hover = await page.evaluate((h) => window[h]?.stopProfiling() ?? [], hook);
  await cdp.detach();
  return {
    firstRenderMs,
    firstRenderCpuMs,
    panMs: median(pan),
    hoverMs: median(hover),
    panFrames: pan.length,
    hoverFrames: hover.length,
    marks,
  };
}

async function buildPages(): Promise<void> {
  execFileSync(
    process.execPath,
    ["node_modules/vite/bin/vite.js", "build", "--config", "web/vite.config.ts", "--logLevel", "error"],
    {
      cwd: repoRoot,
      stdio: "inherit",
    },
  );
  await build({
    root: path.join(repoRoot, "bench", "webBare"),
    base: "./",
    logLevel: "error",
    configFile: false,
    build: { outDir: bareDir, emptyOutDir: true, target: "es2022" },
  });
}

const fmt = (ms: number) => (Number.isFinite(ms) ? `${ms.toFixed(ms < 100 ? 1 : 0)} ms` : "n/a");

/** "12.3 ms (11.0–14.1)": median of the runs and their range. */
function spread(values: number[]): string {
  return `${fmt(median(values))} (${fmt(Math.min(...values)).replace(" ms", "")}–${fmt(Math.max(...values)).replace(" ms", "")})`;
}

type Which = "ours" | "bare";
type Figure = Exclude<keyof Run, "marks">;

/** RUNS runs of each page, alternating which goes first, each in a fresh context (no shared cache). */
async function measureSize(
  browser: Browser,
  serverUrl: string,
  file: string,
  size: (typeof SIZES)[number],
): Promise<Record<Which, Run[]>> {
  const runs: Record<Which, Run[]> = { ours: [], bare: [] };
  const pages: Record<Which, [string, Hook]> = {
    bare: [`${serverUrl}bare/?graph=../graphs/${file}`, "__bare"],
    ours: [`${serverUrl}?graph=graphs/${file}`, "__diplograph"],
  };
  for (let round = 0; round < RUNS; round++) {
    const order: Which[] = round % 2 === 0 ? ["bare", "ours"] : ["ours", "bare"];
    for (const which of order) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const [url, hook] = pages[which];
      const run = await measure(page, url, hook, size);
      runs[which].push(run);
      if (process.env.BENCH_VERBOSE)
        process.stdout.write(`  (${which} run ${round + 1}: ${JSON.stringify(run)})\n`);
      await context.close();
    }
  }
  return runs;
}

/** The figures of one size, the ratios of the medians, and the checks at 10k/50k; false when one fails. */
function report(size: (typeof SIZES)[number], runs: Record<Which, Run[]>): boolean {
  const pick = (which: Which, key: Figure) => runs[which].map((r) => r[key]);
  for (const which of ["bare", "ours"] as const) {
    const frames = (key: "panFrames" | "hoverFrames") => Math.round(median(pick(which, key)));
    process.stdout.write(
      `  ${which === "ours" ? "explorer  " : "bare sigma"}  first render ${spread(pick(which, "firstRenderMs"))}, CPU ${spread(pick(which, "firstRenderCpuMs"))}` +
        `   pan frame JS ${spread(pick(which, "panMs"))} [${frames("panFrames")} frames]` +
        `   hover frame JS ${spread(pick(which, "hoverMs"))} [${frames("hoverFrames")} frames]\n`,
    );
  }
  const ratio = (key: Figure) => median(pick("ours", key)) / median(pick("bare", key));
  const ratios = {
    first: ratio("firstRenderMs"),
    firstCpu: ratio("firstRenderCpuMs"),
    pan: ratio("panMs"),
    hover: ratio("hoverMs"),
  };
  process.stdout.write(
    `  explorer/bare (medians): first render ${ratios.first.toFixed(2)}x (CPU ${ratios.firstCpu.toFixed(2)}x), pan frames ${ratios.pan.toFixed(2)}x, hover frames ${ratios.hover.toFixed(2)}x\n`,
  );
  if (size.nodes < 10_000) return true;
  const ours = (key: Figure) => median(pick("ours", key));
  const checks: [string, boolean][] = [
    [`first render < ${FLOORS.firstRenderMs} ms`, ours("firstRenderMs") < FLOORS.firstRenderMs],
    [
      `pan and hover frame JS medians < ${FLOORS.medianFrameMs} ms`,
      Math.max(ours("panMs"), ours("hoverMs")) < FLOORS.medianFrameMs,
    ],
    [`first render <= ${FLOORS.ratio}x bare`, ratios.first <= FLOORS.ratio],
    [`pan frame JS <= ${FLOORS.ratio}x bare`, ratios.pan <= FLOORS.ratio],
    [`hover frame JS <= ${FLOORS.ratio}x bare`, ratios.hover <= FLOORS.ratio],
  ];
  for (const [name, ok] of checks) process.stdout.write(`  ${ok ? "PASS" : "FAIL"}  ${name}\n`);
  return checks.every(([, ok]) => ok);
}

async function main(): Promise<number> {
  mkdirSync(graphsDir, { recursive: true });
  await buildPages();
  const server = await serveStatic(path.join(repoRoot, "web", "dist"), {
    "/bare/": bareDir,
    "/graphs/": graphsDir,
  });
  let browser: Browser | null = null;
  let failed = false;
  try {
    browser = await launchChromium();
    process.stdout.write(
      `\nExplorer vs bare sigma: ${machineNote()}, Chromium ${browser.version()} (SwiftShader WebGL), ${RUNS} runs each\n`,
    );
    // `npx tsx bench/web.ts 1k` runs one size only.
    const only = process.argv[2];
    for (const size of SIZES.filter((s) => !only || s.name.startsWith(only))) {
      const started = Date.now();
      const file = writeGraph(size.nodes, size.edges);
      process.stdout.write(`\n${size.name} nodes/edges (graph written in ${Date.now() - started} ms)\n`);
      if (!report(size, await measureSize(browser, server.url, file, size))) failed = true;
    }
  } finally {
    await browser?.close();
    await server.close();
  }
  return failed ? 1 : 0;
}

process.exitCode = await main();
