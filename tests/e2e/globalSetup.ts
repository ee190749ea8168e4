import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { serveStatic } from "./staticServer.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

declare module "vitest" {
  export interface ProvidedContext {
    explorerUrl: string;
  }
}

/** True when this vitest run may include the browser tests (no filter, or a filter naming them). */
function runsE2e(): boolean {
  const filters = process.argv.slice(2).filter((a) => !a.startsWith("-") && a !== "run" && a !== "watch");
  return (
    filters.length === 0 ||
    filters.some((f) => f.includes("e2e") || "tests/e2e".includes(f.replace(/\/$/, "")))
  );
}

/**
 * Builds the sample graph with the CLI and the app with vite once per run,
 * then serves web/dist on a free port. Browser tests read the URL with inject().
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (!runsE2e()) return undefined;
  const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: repoRoot, stdio: "pipe" });
  run([
    "bin/diplograph.mjs",
    "build",
    "graph-data/articles",
    "-o",
    "graph-data/graph.json",
    "--gexf",
    "graph-data/graph.gexf",
  ]);
  run(["node_modules/vite/bin/vite.js", "build", "--config", "web/vite.config.ts", "--logLevel", "error"]);
  const server = await serveStatic(path.join(repoRoot, "web", "dist"));
  project.provide("explorerUrl", server.url);
  return () => server.close();
}
