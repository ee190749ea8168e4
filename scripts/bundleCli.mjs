/**
 * Bundles the compiled CLI (dist/cli/main.js and its worker, from tsc) into
 * dist/bundle/, which bin/diplograph.mjs runs. Node's ESM loader resolves,
 * reads and links each of the ~200 modules of an `extract` run (ours, yaml's,
 * node-html-parser's) one by one; a few chunks load in a fraction of that
 * time. Split by dynamic import, so `--help` loads no command and `extract`
 * no graph, layout or export code. The YAML and HTML parsers are bundled apart
 * (dist/bundle/vendor/) and loaded on first use (scripts/lazyModules/): most
 * articles are plain text without front matter. Run by `npm run build:cli`.
 */
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const LAZY = ["yaml", "node-html-parser"];
const lazyModule = (name) => fileURLToPath(new URL(`./lazyModules/${name}.mjs`, import.meta.url));

await build({
  entryPoints: ["dist/cli/main.js", "dist/cli/extractWorker.js"],
  outdir: "dist/bundle",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  logLevel: "warning",
  // The CommonJS packages (graphology) call require(); an ES module has none of its own.
  banner: {
    js: "import { createRequire as __diplographRequire } from 'node:module'; const require = __diplographRequire(import.meta.url);",
  },
  plugins: [
    {
      name: "lazy-modules",
      setup(on) {
        on.onResolve({ filter: new RegExp(`^(${LAZY.join("|")})$`) }, (args) => ({
          path: lazyModule(args.path),
        }));
      },
    },
  ],
});

await build({
  entryPoints: Object.fromEntries(LAZY.map((name) => [name, name])),
  outdir: "dist/bundle/vendor",
  outExtension: { ".js": ".cjs" },
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  logLevel: "warning",
});

// The stand-in's node types must be the package's.
const { NodeType } = createRequire(import.meta.url)("../dist/bundle/vendor/node-html-parser.cjs");
const { NodeType: copied } = await import("./lazyModules/node-html-parser.mjs");
for (const [name, value] of Object.entries(copied)) {
  if (NodeType[name] !== value)
    throw new Error(`scripts/lazyModules/node-html-parser.mjs: NodeType.${name} is ${NodeType[name]}`);
}
