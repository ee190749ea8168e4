// The reference of bench/extract.ts: the CLI's reading path with a dictionary scan in place of the
// extractor. It reads the same files through the compiled readArticleFiles, loads the same lexicon,
// looks every word up in one Map (bench/dictionaryScanner.mjs) and writes one NDJSON line per article, so it differs from `diplograph extract --jobs 1` only
// in what it does with each article. Run as `node bench/dictionaryScan.mjs OUT FOLDER...` after
// `npm run build:cli`.
import { createWriteStream } from "node:fs";
import { readArticleFiles } from "../dist/io/readArticleFiles.js";
import { loadLexicon } from "../dist/lexicon/loadLexicon.js";
import { createScanner } from "./dictionaryScanner.mjs";

const [out, ...folders] = process.argv.slice(2);
const scan = createScanner(loadLexicon());

const output = createWriteStream(out);
for await (const event of readArticleFiles(folders)) {
  if (event.type !== "article") continue;
  const line = `${JSON.stringify({ article: event.article.id, names: scan(event.article.text) })}\n`;
  if (!output.write(line)) await new Promise((resolve) => output.once("drain", resolve));
}
await new Promise((resolve) => output.end(resolve));
