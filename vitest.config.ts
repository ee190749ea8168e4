import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Builds the CLI sample and the web app once, only when browser tests are part of the run.
    globalSetup: ["tests/e2e/globalSetup.ts"],
  },
});
