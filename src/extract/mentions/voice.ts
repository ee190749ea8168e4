import type { Sentence } from "../text/sentences.ts";
import type { Token } from "../text/tokenize.ts";
import type { Ref } from "./mentions.ts";

export interface AnalysedSentence {
  tokens: Token[];
  refs: Ref[];
}

// A speaker naming its own side: "On behalf of the people and Government of Venezuela",
// "my country, Nigeria,", "We Iranians have been ...", "greetings from the people of Fiji".
const SELF_REFERENCE =
  /\b(?:[Oo]n behalf of|[Mm]y (?:country|delegation|Government|government|nation)|greetings from|[Ww]e,?(?= (?:the )?\p{Lu}))/gu;

// Words that name a document as someone's statement ("UK statement", "Press Statement").
const STATEMENT_WORDS = new Set([
  "statement",
  "declaration",
  "communique",
  "communiqué",
  "readout",
  "remarks",
]);

/**
 * The actor a document speaks for, so that "we" and "our" outside quotes
 * resolve: a speech says "We Iranians ..." or "on behalf of ... Venezuela";
 * a statement carries a byline ("Antony J. Blinken, Secretary of State").
 * Null when the text does not say.
 */
export function findVoice(
  sentences: readonly Sentence[],
  analyseSentence: (s: Sentence) => AnalysedSentence,
  source: string | undefined,
  isState: (id: string) => boolean,
): string | null {
  const analyse = once(analyseSentence);
  for (const s of sentences) {
    for (const m of s.text.matchAll(SELF_REFERENCE)) {
      const after = s.start + (m.index ?? 0) + m[0].length;
      const { tokens, refs } = analyse(s);
      const first = tokens.findIndex((t) => t.start >= after);
      // "on behalf of the people and Government of X" names it a few words on; "my country, X,"
      // and "We Iranians" right away (not "my country welcomes the decision of X").
      const apposition = /^[Mm]y /.test(m[0]);
      if (apposition && tokens[first]?.norm !== ",") continue;
      const from = apposition ? first + 1 : first;
      const reach = /behalf|greetings/.test(m[0]) ? 8 : apposition ? 0 : 1;
      const ref = refs.find(
        (r) => r.start >= from && r.start <= from + reach && r.actors.length === 1 && r.kind !== "person",
      );
      if (first >= 0 && ref) return ref.actors[0] ?? null;
    }
  }
  // UN General Debate Corpus files are named after the speaking state: ".../IRN_74_2019.txt".
  const debate = /(?:^|[/\\])([A-Z]{3})_\d{1,3}_\d{4}\.txt\b/.exec(source ?? "")?.[1];
  if (debate && isState(debate)) return debate;
  // A headline that names the document as an actor's statement: "...: UK statement at the
  // UN Security Council", "Security Council Press Statement on ...", "Statement by the EU".
  for (const s of sentences.slice(0, 4)) {
    if (/[.!?"”]$/.test(s.text) || s.text.length > 200) continue;
    const { tokens, refs } = analyse(s);
    const at = tokens.findIndex((t) => STATEMENT_WORDS.has(t.lower));
    if (at < 0) continue;
    const before = refs.find((r) => (r.end === at || r.end === at - 1) && r.actors.length === 1);
    const by = ["by", "of", "from"].includes(tokens[at + 1]?.lower ?? "")
      ? refs.find((r) => r.start > at + 1 && r.start <= at + 4 && r.actors.length === 1)
      : undefined;
    const ref = before ?? by;
    if (ref) return ref.actors[0] ?? null;
  }
  // A byline among the first lines: a short line without a full stop that names a person.
  for (const s of sentences.slice(0, 6)) {
    if (/[.!?"”]$/.test(s.text) || s.text.length > 120) continue;
    const person = analyse(s).refs.find((r) => r.kind === "person" && r.actors.length === 1);
    if (person) return person.actors[0] ?? null;
  }
  return null;
}

/** `analyse`, run at most once for each sentence: a headline may be read by several of the tests above. */
function once(analyse: (s: Sentence) => AnalysedSentence): (s: Sentence) => AnalysedSentence {
  const done = new Map<Sentence, AnalysedSentence>();
  return (s) => {
    let analysed = done.get(s);
    if (!analysed) {
      analysed = analyse(s);
      done.set(s, analysed);
    }
    return analysed;
  };
}
