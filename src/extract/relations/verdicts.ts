import type { Relation } from "../../model/relations.ts";
import { clauseEnd, clauseStart, isInsideQuote, NEGATORS } from "../clauses/clauses.ts";
import { inflect } from "../cues/cues.ts";
import verdictData from "../cues/data/verdicts.json" with { type: "json" };
import { actorsOf, impliedGroup, type RefGroup } from "../mentions/groups.ts";
import type { Token } from "../text/tokenize.ts";
import { wordClass } from "../text/wordClasses.ts";
import { hasWordsAt } from "../text/words.ts";
import { actNounAt, authorInSentence } from "./acts.ts";
import { reportingSubject, speakerField, subjectOf } from "./arguments.ts";
import type { Finding, SentenceView } from "./finding.ts";

/**
 * Verdicts: stances stated as an evaluation, with no stance verb.
 * - verdict.call: "Ankara called Athens's decision reckless and illegal",
 *   "Caracas described the sanctions imposed by Washington as economic terrorism":
 *   the subject of a verb of calling judges its object.
 * - verdict.copular: "Maduro's claim to power is fraudulent", said by a speaker or
 *   written by the document's voice: the speaker judges the subject.
 * The target is the actor the judged phrase names, or the author of the act it names.
 */
const CALL_VERBS = new Set(verdictData.callVerbs.flatMap((v) => inflect(v).map((f) => f.form)));
const COPULAS = new Set(verdictData.copulas);
/** Evaluation phrases by first word, longest first: "a gross violation" before "a violation". */
const PHRASES = new Map<string, Array<{ words: string[]; relations: Set<Relation> }>>();
for (const relation of ["condemns", "rejects"] as const) {
  for (const phrase of verdictData[relation]) {
    const words = phrase.split(" ");
    const first = words[0] ?? "";
    const list = PHRASES.get(first) ?? [];
    const same = list.find((p) => p.words.join(" ") === phrase);
    if (same) same.relations.add(relation);
    else list.push({ words, relations: new Set([relation]) });
    list.sort((a, b) => b.words.length - a.words.length);
    PHRASES.set(first, list);
  }
}
const PHRASE_START = wordClass(PHRASES.keys());
// Between a copula and the evaluation: "is totally unacceptable", "are the 'ultimate' ...".
const FILLERS = new Set([
  "a",
  "an",
  "the",
  "totally",
  "completely",
  "utterly",
  "deeply",
  "simply",
  "clearly",
  "very",
  "so",
  "entirely",
  "absolutely",
  "wholly",
  "both",
  "also",
  "nothing",
  "but",
  "more",
  "than",
]);

interface Verdict {
  relations: Set<Relation>;
  /** Token index of the evaluation word. */
  at: number;
  end: number;
}

/** Evaluations in the sentence: the words and phrases of verdicts.json. */
function evaluations(tokens: readonly Token[]): Verdict[] {
  const out: Verdict[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    // Written in lower case: "A crime" starts a sentence, it does not judge one.
    const phrases =
      t && (t.classes & PHRASE_START) !== 0 && t.text === t.lower ? PHRASES.get(t.lower) : undefined;
    if (!phrases) continue;
    for (const { words, relations } of phrases) {
      if (!hasWordsAt(tokens, k, words)) continue;
      out.push({ relations, at: k, end: k + words.length });
      k += words.length - 1;
      break;
    }
  }
  return out;
}

export function verdictFindings(view: SentenceView): Finding[] {
  const { tokens } = view;
  const out: Finding[] = [];
  const done = new Set<string>();
  let previous: { v: Verdict; found: Found } | undefined;
  for (const v of evaluations(tokens)) {
    const start = clauseStart(tokens, v.at);
    // "immoral and illegal": a coordinated evaluation judges the same phrase.
    const coordinated =
      previous && tokens.slice(previous.v.end, v.at).every((t) => ["and", "or", ","].includes(t.lower))
        ? previous.found
        : undefined;
    const found = coordinated ?? callVerdict(view, v, start) ?? copularVerdict(view, v);
    if (!found) continue;
    previous = { v, found };
    // "immoral and illegal": each relation once per judged phrase.
    for (const relation of v.relations) {
      if (done.has(`${found.key}>${relation}`)) continue;
      done.add(`${found.key}>${relation}`);
      view.trace?.note({
        rule: found.rule,
        outcome: "fired",
        cue: tokens[v.at]?.text ?? "",
        detail: `${names(found.source)} ${relation} ${names(found.target)}`,
      });
      out.push({
        relation,
        sources: found.source.refs,
        targets: found.target.refs,
        negated: false,
        ...speakerField(view, found.source, v.at),
        indirect: { nominal: true, viaSpeaker: found.rule === "verdict.copular" },
      });
    }
  }
  return out;
}

interface Found {
  rule: string;
  source: RefGroup;
  target: RefGroup;
  /** Where the judged phrase starts: two evaluations of one phrase count once per relation. */
  key: number;
}

/** "called Athens's decision reckless", "described the sanctions ... as economic terrorism". */
function callVerdict(view: SentenceView, v: Verdict, start: number): Found | undefined {
  const { tokens } = view;
  for (let k = v.at - 1; k >= Math.max(start, v.at - 14); k--) {
    if (!CALL_VERBS.has(tokens[k]?.lower ?? "")) continue;
    if (hasNegation(tokens, Math.max(start, k - 4), k)) return undefined;
    const target = judged(view, k + 1, v.at);
    const source = subjectOf(view, clauseStart(tokens, k), k, []);
    if (!target || !source || target === source) return undefined;
    return { rule: "verdict.call", source, target, key: k + 1 };
  }
  return undefined;
}

/** "Maduro's claim to power is fraudulent", by a speaker or the document's voice. */
function copularVerdict(view: SentenceView, v: Verdict): Found | undefined {
  const { tokens } = view;
  let k = v.at - 1;
  while (k > 0 && (FILLERS.has(tokens[k]?.lower ?? "") || /^["“”']$/.test(tokens[k]?.norm ?? ""))) k--;
  const copula = tokens[k]?.lower ?? "";
  // 'would be "immoral and illegal"': the clause is the copula's, before any quote.
  const start = clauseStart(tokens, k);
  if (!COPULAS.has(copula) || hasNegation(tokens, Math.max(start, k - 3), v.at)) return undefined;
  const subjectEnd = tokens[k - 1]?.lower === "would" || tokens[k - 1]?.lower === "will" ? k - 1 : k;
  const target = judged(view, start, subjectEnd);
  if (!target) return undefined;
  const reporter = reportingSubject(view, v.at);
  const quoted = isInsideQuote(tokens, v.at);
  const source = reporter ?? (view.voice && !quoted && !view.speaker ? impliedGroup(view.voice) : undefined);
  if (!source || sameActors(source, target)) return undefined;
  return { rule: "verdict.copular", source, target, key: start };
}

/** The actor a judged phrase [from, to) stands for: its author, a possessor or a named actor. */
function judged(view: SentenceView, from: number, to: number): RefGroup | undefined {
  const { tokens, groups } = view;
  const act = actNounAt(tokens, from, Math.min(to, clauseEnd(tokens, from)));
  if (act) {
    const author = authorInSentence(view, act);
    if (author && author.start < to + 8) return author;
  }
  const named = groups.find(
    (g) =>
      g.start >= from &&
      g.end <= to &&
      g.refs.some((r) => r.actors.length > 0 && !r.modifierOnly) &&
      !["in", "on", "at", "to", "from", "with"].includes(tokens[g.start - 1]?.lower ?? ""),
  );
  if (named) return named;
  if (act) {
    const earlier = view.acts?.authorOf(act.kind, new Set());
    if (earlier) return impliedGroup(...earlier);
  }
  return undefined;
}

function hasNegation(tokens: readonly Token[], from: number, to: number): boolean {
  return tokens.slice(from, to).some((t) => NEGATORS.has(t.lower));
}

function sameActors(a: RefGroup, b: RefGroup): boolean {
  const x = new Set(actorsOf(a.refs));
  return b.refs.flatMap((r) => r.actors).every((y) => x.has(y));
}

function names(g: RefGroup): string {
  return actorsOf(g.refs).join("+");
}
