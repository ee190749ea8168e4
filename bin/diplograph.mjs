#!/usr/bin/env node
// Launcher of the compiled CLI in dist/ (built by `npm run build:cli`, which `npm ci` runs as `prepare`).
let main;
try {
  ({ main } = await import("../dist/cli/main.js"));
} catch (error) {
  if (error?.code !== "ERR_MODULE_NOT_FOUND" || !String(error.message).includes("dist/cli/main.js"))
    throw error;
  process.stderr.write("diplograph: the CLI is not built (run 'npm run build:cli' in the repository)\n");
  process.exit(2);
}
process.exitCode = await main(process.argv.slice(2));
