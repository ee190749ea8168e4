import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Compiles the CLI to dist/ when a source is newer (tests spawn bin/diplograph.mjs), then builds
    // the CLI sample and the web app once, only when browser tests are part of the run.
    globalSetup: ["tests/cli/buildCli.ts", "tests/e2e/globalSetup.ts"],
    // The whole suite runs on 2 cores shared with Chromium and the spawned CLIs: vitest's 5 s
    // default fails tests that take 1-2 s alone. Heavy tests (browser, CLI, large graphs) set
    // their own, longer time-outs.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
