#!/usr/bin/env node
// Launcher of the compiled, bundled CLI in dist/bundle/ (built by `npm run build:cli`, which `npm ci`
// runs as `prepare`; scripts/bundleCli.mjs says why bundled).
import { applyJitFlags } from "./jitFlags.mjs";

applyJitFlags();
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
