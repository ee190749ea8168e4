import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { builtinLexiconJson } from "../../src/cli/prebuildLexicon.ts";

const repoRoot = path.resolve(import.meta.dirname, "../..");

// `npm run build:cli` writes dist/lexicon/builtin.json from the sources; a stale copy would
// make the CLI read another lexicon than the one in src/lexicon/data.
it("dist/lexicon/builtin.json is the lexicon of the sources", () => {
  const written = readFileSync(path.join(repoRoot, "dist/lexicon/builtin.json"), "utf8");
  expect(written === builtinLexiconJson()).toBe(true);
});
