import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { serveStatic } from "./staticServer.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

declare module "vitest" {
  export interface ProvidedContext {
    explorerUrl: string;
    /** The sample graph JSON the CLI built for this run (in a temporary folder). */
    sampleGraph: string;
  }
}

/** False when this run names only tests that need no browser (`vitest run tests/cli`). */
function runsBrowserTests(): boolean {
  const filters = process.argv.slice(2).filter((a) => !a.startsWith("-") && a !== "run" && a !== "watch");
  return (
    filters.length === 0 ||
    filters.some((f) => f.includes("e2e") || "tests/e2e".includes(f.replace(/\/$/, "")))
  );
}

/**
 * Builds the sample graph with the CLI and the app with vite once per run,
 * into a temporary folder (never over the tracked graph-data/graph.json or
 * web/dist), then serves that app on a free port. Browser tests read the URL
 * and the graph's path with inject().
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (!runsBrowserTests()) return undefined;
  const work = mkdtempSync(path.join(tmpdir(), "diplograph-e2e-build-"));
  const graph = path.join(work, "graph.json");
  const dist = path.join(work, "dist");
  const run = (args: string[], env: NodeJS.ProcessEnv = process.env) =>
    execFileSync(process.execPath, args, { cwd: repoRoot, stdio: "pipe", env });
  run([
    "bin/diplograph.mjs",
    "build",
    "graph-data/articles",
    "-o",
    graph,
    "--gexf",
    path.join(work, "graph.gexf"),
  ]);
  run(
    [
      "node_modules/vite/bin/vite.js",
      "build",
      "--config",
      "web/vite.config.ts",
      "--outDir",
      dist,
      "--emptyOutDir",
      "--logLevel",
      "error",
    ],
    { ...process.env, DIPLOGRAPH_SAMPLE_GRAPH: graph },
  );
  const server = await serveStatic(dist);
  project.provide("explorerUrl", server.url);
  project.provide("sampleGraph", graph);
  return async () => {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  };
}
