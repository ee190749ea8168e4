/**
 * Writes the built-in lexicon and its mention tables as one JSON file for the
 * compiled CLI (see builtinLexicon.ts): `node dist/cli/prebuildLexicon.js`,
 * run by `npm run build:cli` (and so by `npm ci`) right after tsc.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { MentionIndex } from "../extract/mentions/mentionIndex.ts";
import { mentionTablesToJson } from "../extract/mentions/mentionTables.ts";
import { loadLexicon } from "../lexicon/loadLexicon.ts";
import { BUILTIN_LEXICON_URL, type BuiltinLexiconJson } from "./builtinLexicon.ts";

/** The built-in lexicon and the tables a MentionIndex builds from it, as JSON text. */
export function builtinLexiconJson(): string {
  const lexicon = loadLexicon();
  const json: BuiltinLexiconJson = {
    lexicon,
    mentionTables: mentionTablesToJson(new MentionIndex(lexicon).tables(), lexicon),
  };
  return JSON.stringify(json);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(BUILTIN_LEXICON_URL, builtinLexiconJson());
}
