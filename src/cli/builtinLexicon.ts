/**
 * The lexicon of a CLI run. The compiled CLI reads the one `npm run build:cli`
 * wrote beside it (dist/lexicon/builtin.json, by prebuildLexicon.ts) with the
 * mention index's tables: one JSON.parse instead of loading world-countries,
 * checking the data and indexing ten thousand names at every start (and in
 * every worker thread). Run from the sources (tests, tsx), there is no such
 * file and the lexicon is built from src/lexicon/data as before.
 */
import { readFileSync } from "node:fs";
import { attachMentionTables, type MentionTablesJson } from "../extract/mentions/mentionTables.ts";
import { applyExtraActors, type ExtraActorsFile } from "../lexicon/extraActors.ts";
import type { Lexicon } from "../lexicon/types.ts";

/** What prebuildLexicon.ts writes. */
export interface BuiltinLexiconJson {
  lexicon: Lexicon;
  mentionTables: MentionTablesJson;
}

/** Where the compiled CLI finds the prebuilt lexicon: dist/lexicon/builtin.json. */
export const BUILTIN_LEXICON_URL = new URL("../lexicon/builtin.json", import.meta.url);

let builtIn: Lexicon | undefined;

/** The built-in lexicon (once per thread), merged with the run's --actors when given (a new object). */
export async function cliLexicon(extra?: ExtraActorsFile): Promise<Lexicon> {
  builtIn ??= readBuiltinLexicon() ?? (await import("../lexicon/loadLexicon.ts")).loadLexicon();
  return extra ? applyExtraActors(builtIn, extra) : builtIn;
}

/** The prebuilt lexicon with its mention tables attached, or undefined when there is none (sources). */
function readBuiltinLexicon(): Lexicon | undefined {
  let text: string;
  try {
    text = readFileSync(BUILTIN_LEXICON_URL, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  return restoreBuiltinLexicon(text);
}

/** The lexicon in prebuildLexicon.ts's JSON, with its mention tables attached. */
export function restoreBuiltinLexicon(text: string): Lexicon {
  const { lexicon, mentionTables }: BuiltinLexiconJson = JSON.parse(text);
  // Not frozen like loadLexicon's (that walk costs ~15 ms): the same data, which nothing changes.
  attachMentionTables(lexicon, mentionTables);
  return lexicon;
}
