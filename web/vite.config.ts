import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";

const webDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(webDir, "..");
/**
 * The sample graph built by `diplograph build`; bundled so the app needs
 * nothing outside web/dist. DIPLOGRAPH_SAMPLE_GRAPH points elsewhere (the
 * browser tests build theirs in a temporary folder, never over the tracked file).
 */
const SAMPLE_GRAPH = process.env.DIPLOGRAPH_SAMPLE_GRAPH ?? path.join(repoRoot, "graph-data", "graph.json");
const SAMPLE_URL = "graph.json";

/** Serves the sample graph in dev and emits it into the build as a plain asset (relative URL). */
function sampleGraph(): Plugin {
  const read = (): string => {
    if (!existsSync(SAMPLE_GRAPH)) {
      throw new Error(
        `sample graph missing: ${path.relative(repoRoot, SAMPLE_GRAPH)} (run: npx diplograph build graph-data/articles -o graph-data/graph.json)`,
      );
    }
    return readFileSync(SAMPLE_GRAPH, "utf8");
  };
  return {
    name: "diplograph-sample-graph",
    configureServer(server) {
      server.middlewares.use(`/${SAMPLE_URL}`, (_req, res) => {
        res.setHeader("Content-Type", "application/json");
        res.end(read());
      });
    },
    generateBundle() {
      this.emitFile({ type: "asset", fileName: SAMPLE_URL, source: read() });
    },
  };
}

export default defineConfig({
  root: webDir,
  base: "./",
  plugins: [sampleGraph()],
  // Module workers (graphWorker.ts imports the readers and the layout), split like the page.
  worker: { format: "es" },
  build: {
    outDir: path.join(webDir, "dist"),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  preview: { host: "127.0.0.1", port: 4173, strictPort: false },
  server: { host: "127.0.0.1", port: 5173, strictPort: false },
});
