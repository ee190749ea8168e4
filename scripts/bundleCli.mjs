/**
 * Bundles the compiled CLI (dist/cli/main.js and its worker, from tsc) into
 * dist/bundle/, which bin/diplograph.mjs runs. Node's ESM loader resolves,
 * reads and links each of the ~200 modules of an `extract` run (ours, yaml's,
 * node-html-parser's) one by one; a few chunks load in a fraction of that
 * time. Split by dynamic import, so `--help` loads no command and `extract`
 * no graph, layout or export code. Run by `npm run build:cli`.
 */
import { build } from "esbuild";

await build({
  entryPoints: ["dist/cli/main.js", "dist/cli/extractWorker.js"],
  outdir: "dist/bundle",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  logLevel: "warning",
  // The CommonJS packages (yaml, graphology) call require(); an ES module has none of its own.
  banner: {
    js: "import { createRequire as __diplographRequire } from 'node:module'; const require = __diplographRequire(import.meta.url);",
  },
});
