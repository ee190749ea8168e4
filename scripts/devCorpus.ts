// The annotated dev corpus the scripts read: `--corpus DIR`, else ../shared/corpus/dev
// (where new gold arrives), else the copy bundled in tests/fixtures/corpus/dev.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArticle } from "../src/ingest/parseArticle.ts";
import type { Article } from "../src/model/assertion.ts";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The corpus folder and the arguments left once `--corpus DIR` is taken out; undefined dir when none exists. */
export function devCorpus(argv: string[]): { dir: string | undefined; rest: string[] } {
  const flag = argv.indexOf("--corpus");
  if (flag >= 0)
    return { dir: resolve(argv[flag + 1] ?? "."), rest: argv.filter((_, i) => i !== flag && i !== flag + 1) };
  const dir = [resolve(repoRoot, "../shared/corpus/dev"), join(repoRoot, "tests/fixtures/corpus/dev")].find(
    existsSync,
  );
  return { dir, rest: argv };
}

/** The corpus articles (NAME.txt), in name order, as the extractor reads them. */
export function readArticles(dir: string): Article[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) =>
      parseArticle(f.replace(/\.txt$/, ""), readFileSync(join(dir, f), "utf8"), { format: "text" }),
    );
}
