// The reference of bench/extract.ts: the CLI's reading path with a dictionary scan in place of the
// extractor. It reads the same files through the compiled readArticleFiles, loads the same lexicon,
// looks every word up in one Map (lexicon names keyed by their first word, longer names checked on a
// hit) and writes one NDJSON line per article, so it differs from `diplograph extract --jobs 1` only
// in what it does with each article. Run as `node bench/dictionaryScan.mjs OUT FOLDER...` after
// `npm run build:cli`.
import { createWriteStream } from "node:fs";
import { readArticleFiles } from "../dist/io/readArticleFiles.js";
import { loadLexicon } from "../dist/lexicon/loadLexicon.js";

const WORD_RE = /[\p{L}\p{N}]+/gu;
const [out, ...folders] = process.argv.slice(2);
const lexicon = loadLexicon();
const byFirst = new Map();
for (const actor of lexicon.actors) {
  for (const name of [actor.label, ...actor.aliases, ...actor.metonyms]) add(name);
}
for (const person of lexicon.people) for (const name of [person.name, ...person.aliases]) add(name);

function add(name) {
  const [first, ...rest] = name.match(WORD_RE) ?? [];
  if (first) byFirst.set(first, [...(byFirst.get(first) ?? []), rest]);
}

function scan(text) {
  const words = text.match(WORD_RE) ?? [];
  let hits = 0;
  for (let i = 0; i < words.length; i++) {
    const rests = byFirst.get(words[i]);
    if (!rests) continue;
    if (rests.some((rest) => rest.every((word, k) => words[i + 1 + k] === word))) hits++;
  }
  return hits;
}

const output = createWriteStream(out);
for await (const event of readArticleFiles(folders)) {
  if (event.type !== "article") continue;
  const line = `${JSON.stringify({ article: event.article.id, names: scan(event.article.text) })}\n`;
  if (!output.write(line)) await new Promise((resolve) => output.once("drain", resolve));
}
await new Promise((resolve) => output.end(resolve));
