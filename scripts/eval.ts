// npm run eval: extracts the annotated dev corpus (../shared/corpus/dev, where
// new gold arrives), scores it with ../shared/eval/score.mjs, and explains every
// miss and every spurious triple: the sentences that name both actors, the cues
// found there and the rules that fired or blocked.
// Extra arguments go to the scorer, e.g. `npm run eval -- --min-f1 0.8`.
// `npm run eval -- --corpus DIR` scores another annotated folder.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { formatExplanation } from "../src/cli/formatExplanation.ts";
import { createExtractor } from "../src/extract/createExtractor.ts";
import { loadLexicon } from "../src/lexicon/loadLexicon.ts";
import type { Assertion } from "../src/model/assertion.ts";
import type { SentenceExplanation } from "../src/model/explanation.ts";
import { devCorpus, readArticles, repoRoot } from "./devCorpus.ts";

const shared = resolve(repoRoot, "../shared");
const { dir: corpus, rest: scorerArgs } = devCorpus(process.argv.slice(2));
const scorer = join(shared, "eval/score.mjs");
if (!corpus || !existsSync(scorer)) {
  console.error("eval: needs ../shared/eval/score.mjs and an annotated corpus (../shared/corpus/dev)");
  process.exit(2);
}

const extractor = createExtractor(loadLexicon());
const assertions: Assertion[] = [];
const explained = new Map<string, SentenceExplanation[]>();
for (const article of readArticles(corpus)) {
  const sentences: SentenceExplanation[] = [];
  assertions.push(...extractor.extract(article, (e) => sentences.push(e)));
  explained.set(article.id, sentences);
}

const work = mkdtempSync(join(tmpdir(), "diplograph-eval-"));
let status = 0;
try {
  const pred = join(work, "dev.jsonl");
  writeFileSync(pred, assertions.map((a) => JSON.stringify(a)).join("\n"));
  const scored = spawnSync(
    process.execPath,
    [scorer, "--gold", corpus, "--pred", pred, "-v", ...scorerArgs],
    {
      encoding: "utf8",
    },
  );
  status = scored.status ?? 2;
  process.stderr.write(scored.stderr);
  let article = "";
  for (const line of scored.stdout.split("\n")) {
    if (!line) continue;
    console.log(line);
    const head = /^(\S+): tp=/.exec(line);
    if (head) article = head[1] ?? "";
    const triple = /^\s+(missed|spurious)\s+(\S+) (\S+) (\S+)$/.exec(line);
    if (triple)
      console.log(
        indent(diagnose(article, triple[1] === "missed", triple[2] ?? "", triple[3] ?? "", triple[4] ?? "")),
      );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exitCode = status;

/** What the extractor did where a missed triple should have come from, or where a spurious one came from. */
function diagnose(
  article: string,
  missed: boolean,
  source: string,
  relation: string,
  target: string,
): string {
  const sentences = explained.get(article) ?? [];
  if (!missed) {
    const from = assertions.filter(
      (a) => a.article === article && a.source === source && a.relation === relation && a.target === target,
    );
    const at = new Set(from.map((a) => a.start));
    return sentences
      .filter((e) => at.has(e.start))
      .map(formatExplanation)
      .join("");
  }
  const names = (e: SentenceExplanation) => new Set(e.mentions.flatMap((m) => m.actors));
  const both = sentences.filter((e) => names(e).has(source) && names(e).has(target));
  if (both.length > 0) return both.slice(0, 3).map(formatExplanation).join("");
  const seen = (id: string) => sentences.some((e) => names(e).has(id));
  return `no sentence names both (${source} ${seen(source) ? "found" : "never found"}, ${target} ${seen(target) ? "found" : "never found"})\n`;
}

function indent(text: string): string {
  return text.replace(/^/gm, "      ").trimEnd();
}
