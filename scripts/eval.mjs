#!/usr/bin/env node
// npm run eval: extracts ../shared/corpus/dev with the CLI, then scores the
// output with ../shared/eval/score.mjs (prints per-article counts and F1).
// Extra arguments go to the scorer, e.g. `npm run eval -- --min-f1 0.8`.
// Exits non-zero when extraction fails or the scorer does.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = resolve(repoRoot, "../shared");
const corpus = join(shared, "corpus/dev");
const work = mkdtempSync(join(tmpdir(), "diplograph-eval-"));
const pred = join(work, "dev.jsonl");

function run(args) {
  const result = spawnSync(process.execPath, args, { cwd: repoRoot, stdio: "inherit" });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

let status;
try {
  status = run([join(repoRoot, "bin/diplograph.mjs"), "extract", corpus, "-o", pred]);
  // 1 = some inputs failed but the rest was extracted: still worth scoring.
  if (status <= 1) {
    const scored = run([
      join(shared, "eval/score.mjs"),
      "--gold",
      corpus,
      "--pred",
      pred,
      "-v",
      ...process.argv.slice(2),
    ]);
    status = Math.max(status, scored);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exitCode = status;
