import type { CueMatch } from "../cues/cues.ts";
import type { Token } from "../text/tokenize.ts";
import { wordClass } from "../text/wordClasses.ts";
import { isLowerWord, startsCapital, startsLetter } from "../text/wordShape.ts";
import { wordSet } from "../text/words.ts";

/** Word lists that shape clauses. Each list says what the words do in a sentence. */

/** Prepositions: an actor after one is not a clause subject ("In Moscow, the Kremlin ..."). */
export const PREPOSITIONS = wordSet("prepositions");

/** Verbs that introduce reported speech: "Peskov said Moscow rejects ...". */
export const SPEECH_VERBS = wordSet("speechVerbs");
const SPEECH_VERB = wordClass(SPEECH_VERBS);

/** Words after which a new clause (with its own subject) begins. */
const CLAUSE_OPENERS = new Set([
  "that",
  "while",
  "whereas",
  "but",
  "although",
  "though",
  "because",
  "since",
  "which",
  "who",
  "as",
  // "after Russia invaded Ukraine": a subordinate clause has its own subject.
  "after",
  "before",
  "when",
  "whenever",
]);
const CLAUSE_OPENER = wordClass(CLAUSE_OPENERS);

/** Negators of the verb that follows: "did not condemn", "refused to back". */
export const NEGATORS = wordSet("negators");
export const NEGATING_VERBS = wordSet("negatingVerbs");

/** Mere possibility is not a position: "may consider supporting". */
export const MODALS_OF_POSSIBILITY = wordSet("modalsOfPossibility");

/** Auxiliaries that make a following participle passive: "was condemned by". */
export const BE_FORMS = wordSet("beForms");

/** Words that open a condition on talks: "if he withdraws", "only after", "until ...". */
export const CONDITION_MARKERS = wordSet("conditionMarkers");
const CONDITION_MARKER = wordClass(CONDITION_MARKERS);

/**
 * A speech verb as written in running text: "said", not "States" of "United
 * States"; "He continued:" but not "Russia's continued attacks".
 */
export function isSpeechVerb(t: Token | undefined, next?: Token): boolean {
  if (t === undefined || (t.classes & SPEECH_VERB) === 0 || t.text !== t.lower) return false;
  return t.lower !== "continued" || next === undefined || /^[:,"“]$/.test(next.norm) || next.lower === "that";
}

const QUOTE_MARK = wordClass(['"', "“", "”", "„", "«", "»"]);

export function isQuote(t: Token | undefined): boolean {
  return t !== undefined && (t.classes & QUOTE_MARK) !== 0;
}

/** True when the word at `at` stands inside a quotation (an odd number of quote marks before it). */
export function isInsideQuote(tokens: readonly Token[], at: number): boolean {
  let inside = false;
  for (let k = 0; k < at; k++) if (isQuote(tokens[k])) inside = !inside;
  return inside;
}

/**
 * Index just after the last clause boundary before `at`: the start of the
 * clause the word at `at` belongs to, as far as its subject is concerned.
 */
export function clauseStart(tokens: readonly Token[], at: number, floor = 0): number {
  for (let k = at - 1; k >= floor; k--) {
    const t = tokens[k];
    if (!t) continue;
    const w = t.lower;
    // 'called the strikes "unacceptable" and condemned': a short quote inside the clause.
    const opening = isQuote(t) ? shortQuoteStart(tokens, k, floor) : -1;
    if (opening >= 0) {
      k = opening;
      continue;
    }
    // 'said it "strongly condemns" the strike': the cue inside a short quote keeps its clause.
    if (isQuote(t) && isShortQuoteAround(tokens, k, at)) continue;
    if (w === ";" || w === ":" || isQuote(t) || isSpeechVerb(t, tokens[k + 1])) return k + 1;
    // "Tinubu, who chairs the bloc, condemned": a relative clause between commas is skipped.
    if ((w === "who" || w === "which") && tokens[k - 1]?.norm === "," && hasComma(tokens, k + 1, at)) {
      k--;
      continue;
    }
    if ((t.classes & CLAUSE_OPENER) !== 0 && (w !== "as" || tokens[k - 1]?.norm === ",")) return k + 1;
    // "has once again rejected": not a condition.
    if ((t.classes & CONDITION_MARKER) !== 0 && !(w === "once" && tokens[k + 1]?.lower === "again"))
      return k + 1;
  }
  return floor;
}

function hasComma(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]?.norm === ",") return true;
  return false;
}

/** Whether the quote at `k` opens a quote of at most four words that holds `at`. */
function isShortQuoteAround(tokens: readonly Token[], k: number, at: number): boolean {
  for (let j = at; j <= Math.min(tokens.length - 1, k + 5); j++) if (isQuote(tokens[j])) return j - k <= 5;
  return false;
}

/** For a closing quote at `k` that ends a quote of at most four words, the index of its opening quote. */
function shortQuoteStart(tokens: readonly Token[], k: number, floor: number): number {
  for (let j = k - 1; j >= Math.max(floor, k - 5); j--) {
    if (!isQuote(tokens[j])) continue;
    return j < k - 1 && startsLetter(tokens[j - 1]?.text ?? "") ? j : -1;
  }
  return -1;
}

/** A sentence mark, a quote mark or a condition marker: the clause ends before it. */
function endsClause(t: Token): boolean {
  const w = t.lower;
  return (
    w === ";" || w === "." || w === "?" || w === "!" || isQuote(t) || (t.classes & CONDITION_MARKER) !== 0
  );
}

/** Index of the end of the clause that starts after `from` (exclusive). */
export function clauseEnd(tokens: readonly Token[], from: number): number {
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t) continue;
    const w = t.lower;
    if (endsClause(t)) return k;
    if (
      w === "," &&
      ["which", "who", "but", "while", "whereas", "although", "saying", "adding"].includes(
        tokens[k + 1]?.lower ?? "",
      )
    )
      return k;
    if (
      w === "," &&
      tokens[k + 1]?.lower === "and" &&
      !startsCapital(tokens[k + 2]?.text ?? "") &&
      tokens[k + 2]?.lower !== "the"
    )
      return k;
    if (w === "that" && k > from && isSpeechVerb(tokens[k - 1], t)) return k;
  }
  return tokens.length;
}

// "accused Pakistan of supporting", "warned China against supplying": a gerund after these is content.
const GERUND_CONTENT = wordSet("gerundContent");

/** Requests and obligations are not positions: "urged the EC to support the PLO", "Libya must hand over". */
const REQUESTS = wordSet("requests");

// Verbs that stop what the cue names: "halted economic aid", "suspended military aid".
const STOPPERS = wordSet("stoppers");

// "urged X to back", "demanded that X cancel", "asked X for support"
const GOVERNED = new Set(["to", "that", "for"]);

/**
 * Why a cue is mentioned but not asserted by its clause's subject, as a rule
 * name, or null when it is asserted: the content of an accusation ("accused
 * Pakistan of supporting"), a request ("urged Europe to back"), "declined to
 * comment", a hypothesis ("if Japan condemns China").
 */
export function unassertedBy(tokens: readonly Token[], cue: CueMatch): string | null {
  const prev = tokens[cue.index - 1]?.lower ?? "";
  // "warned China against supplying weapons", "accused Pakistan of supporting": the gerund is content.
  if (cue.gerund && GERUND_CONTENT.has(prev)) return "clause.gerund-content";
  if (
    cue.relation === "rejects" &&
    ["comment", "say", "elaborate", "speculate"].includes(tokens[cue.after + 1]?.lower ?? "")
  ) {
    return "clause.declined-comment";
  }
  const start = clauseStart(tokens, cue.index);
  for (let k = Math.max(start, cue.index - 8); k < cue.index; k++) {
    if (!REQUESTS.has(tokens[k]?.lower ?? "")) continue;
    // "made a call rejected by Moscow": a request noun, not a request.
    if (["a", "an", "the", "its", "their", "his", "her"].includes(tokens[k - 1]?.lower ?? "")) continue;
    // The request must govern the cue: "urged the EC to support", "demanded support";
    // not "asked only for partial relief and accused Washington".
    const between = tokens.slice(k + 1, cue.index).map((t) => t.lower);
    if (between.includes("and")) continue;
    if (between.length === 0 || cue.form === "noun" || between.some((w) => GOVERNED.has(w)))
      return "clause.request";
  }
  return isHypothetical(tokens, cue.index) ? "clause.hypothetical" : null;
}

/** "If Japan condemns China, ...": the cue sits inside an if/unless clause, a hypothesis. */
export function isHypothetical(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 10); k--) {
    const w = tokens[k]?.lower ?? "";
    if (w === "," || w === ";" || w === ":" || isQuote(tokens[k])) return false;
    if (w === "if" || w === "unless" || w === "whether") return true;
    // "in case the West recognizes Kosovo"
    if (w === "case" && tokens[k - 1]?.lower === "in") return true;
  }
  return false;
}

/** "halted economic aid to Yugoslavia": the cue is there, its position is withdrawn. */
export function isStopped(tokens: readonly Token[], cue: CueMatch): boolean {
  for (let k = cue.index - 1; k >= Math.max(0, cue.index - 4); k--) {
    const w = tokens[k]?.lower ?? "";
    if (STOPPERS.has(w)) return true;
    // "suspended all budget support": only modifiers may stand between; a verb form is its own cue.
    if (cue.form === "verb" && !isLowerWord(tokens[k]?.text ?? "")) return false;
  }
  return false;
}
