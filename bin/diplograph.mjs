#!/usr/bin/env node
// Launcher of the compiled, bundled CLI in dist/bundle/ (built by `npm run build:cli`, which `npm ci`
// runs as `prepare`; scripts/bundleCli.mjs says why bundled).
import { setFlagsFromString } from "node:v8";

// The extractor is many rules with rarely taken branches: each rare branch met for the first time
// throws away the optimised code of the function that inlined it, and the JIT recompiles it, in
// every thread. A smaller inlining budget makes those recompilations small: extraction took about
// a tenth less CPU time, and a fifth less with two threads (README, Performance). Set before any
// code is compiled; it applies to the worker threads too.
setFlagsFromString("--max-inlined-bytecode-size-cumulative=150");
let main;
try {
  ({ main } = await import("../dist/bundle/main.js"));
} catch (error) {
  if (error?.code !== "ERR_MODULE_NOT_FOUND" || !String(error.message).includes("dist/bundle/main.js"))
    throw error;
  process.stderr.write("diplograph: the CLI is not built (run 'npm run build:cli' in the repository)\n");
  process.exit(2);
}
process.exitCode = await main(process.argv.slice(2));
