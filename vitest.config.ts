import { configDefaults, defineConfig } from "vitest/config";

/**
 * Two projects: "unit" (everything that runs in-process, under 30 s on two
 * cores: `npm run test:unit`) and "e2e" (the headless browser, the CLI run as
 * a child process, and the GEXF writer tests that validate against the XSD
 * and NetworkX in a Python process: `npm run test:e2e`). `npm test` and CI
 * run both.
 */
const END_TO_END = [
  "tests/e2e/**/*.test.ts",
  "tests/cli/**/*.test.ts",
  "tests/export/gexf.test.ts",
  "tests/export/gexfStream.test.ts",
];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts"],
          exclude: [...configDefaults.exclude, ...END_TO_END],
          // Two cores shared with Chromium and spawned CLIs: vitest's 5 s default fails tests that take
          // 1-2 s alone. Heavy tests set their own, longer time-outs.
          testTimeout: 30_000,
          // One module cache for all unit files: loading the lexicon and extractor once, not per file,
          // takes the run from ~75 s to ~12 s here. Unit tests share no mutable module state.
          isolate: false,
        },
      },
      {
        test: {
          name: "e2e",
          include: END_TO_END,
          // Compiles the CLI to dist/ when a source is newer (these tests spawn bin/diplograph.mjs), then
          // builds the CLI sample and the web app once, into a temporary folder, when browser tests run.
          globalSetup: ["tests/cli/buildCli.ts", "tests/e2e/globalSetup.ts"],
          // Chromium and child processes on two busy cores: generous, explicit bounds.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
