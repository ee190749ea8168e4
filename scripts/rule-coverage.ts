// npm run rules: every named rule (frames, verdicts, act authors, filters) with the
// annotated articles where it fired or blocked, so a rule that only ever fires in
// one article stands out (it is either made general or removed). Reads the same
// corpus as `npm run eval`, or `-- --corpus DIR`.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createExtractor } from "../src/extract/createExtractor.ts";
import { loadLexicon } from "../src/lexicon/loadLexicon.ts";
import { devCorpus, readArticles, repoRoot } from "./devCorpus.ts";

const { dir: corpus } = devCorpus(process.argv.slice(2));
if (!corpus) {
  console.error("rules: no annotated corpus (../shared/corpus/dev or tests/fixtures/corpus/dev)");
  process.exit(2);
}
const extractor = createExtractor(loadLexicon());
const seen = new Map<string, { fired: Set<string>; blocked: Set<string> }>();
const articles = readArticles(corpus);
for (const article of articles) {
  extractor.extract(article, (e) => {
    for (const note of e.notes) {
      const entry = seen.get(note.rule) ?? { fired: new Set(), blocked: new Set() };
      entry[note.outcome].add(article.id);
      seen.set(note.rule, entry);
    }
  });
}
// The CAMEO codebook sentences: third-party text no rule was written for.
const cameoFile = [
  join(repoRoot, "tests/fixtures/cameo-examples.jsonl"),
  resolve(repoRoot, "../shared/corpus/cameo-examples.jsonl"),
].find(existsSync);
const cameo = new Map<string, number>();
for (const [n, line] of (cameoFile
  ? readFileSync(cameoFile, "utf8").split("\n").filter(Boolean)
  : []
).entries()) {
  const { text } = JSON.parse(line) as { text: string };
  extractor.extract({ id: `cameo-${n}`, text, bodyStart: 0, date: null }, (e) => {
    for (const note of e.notes)
      if (note.outcome === "fired") cameo.set(note.rule, (cameo.get(note.rule) ?? 0) + 1);
  });
}

console.log(
  `rule                                 fired blocked (in ${articles.length} articles)  fired in CAMEO sentences`,
);
for (const rule of [...new Set([...seen.keys(), ...cameo.keys()])].sort()) {
  const { fired, blocked } = seen.get(rule) ?? { fired: new Set(), blocked: new Set() };
  const lone = fired.size === 1 && !cameo.get(rule) ? "   <- fires in one article only" : "";
  console.log(
    `${rule.padEnd(36)} ${String(fired.size).padStart(5)} ${String(blocked.size).padStart(7)} ${String(cameo.get(rule) ?? 0).padStart(26)}${lone}`,
  );
}
