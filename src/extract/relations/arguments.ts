import type { Relation } from "../../model/relations.ts";
import {
  BE_FORMS,
  clauseEnd,
  clauseStart,
  isInsideQuote,
  isQuote,
  isSpeechVerb,
  PREPOSITIONS,
} from "../clauses/clauses.ts";
import type { CueMatch } from "../cues/cues.ts";
import { actorsOf, type RefGroup, speakersOf } from "../mentions/groups.ts";
import type { Ref } from "../mentions/mentions.ts";
import type { Token } from "../text/tokenize.ts";
import { isLowerWord, startsLower } from "../text/wordShape.ts";
import { wordSet } from "../text/words.ts";
import type { SentenceView } from "./finding.ts";

/**
 * Who does what to whom: the subject, object, possessor and agent groups
 * around a cue, and who reports the clause.
 */
// Prepositions that introduce the target right after a cue ("support for", "talk to", "rejected an offer from").
const TARGET_PREPS: Partial<Record<Relation, string[]>> = {
  condemns: ["of", "against", "by", "at", "over", "with"],
  supports: ["for", "to", "with", "of", "behind", "by"],
  rejects: ["of", "from", "by", "to"],
  calls_on: ["to", "on", "upon"],
  threatens: ["against"],
  sanctions: ["on", "against"],
  attacks: ["on", "against", "in"],
  offers_talks: ["with", "to"],
  meets: ["with", "to"],
  allied_with: ["with"],
};

// Prepositions that may introduce a target further into the object ("the defense of Japan", "mentioned by the US president").
const DEEP_PREPS: Partial<Record<Relation, string[]>> = {
  condemns: ["by"],
  rejects: ["by", "from", "of"],
  supports: ["of", "to", "for", "by"],
  threatens: ["against"],
};

const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "we", "i"]);

/** "he", "they"; "it" in "what it called": a pronoun in subject case is never an object. */
function isSubjectPronoun(tokens: readonly Token[], ref: Ref): boolean {
  if (ref.kind !== "pronoun") return false;
  const word = tokens[ref.start]?.lower ?? "";
  return (
    SUBJECT_PRONOUNS.has(word) ||
    (word === "it" && ["what", "which", "that", "who"].includes(tokens[ref.start - 1]?.lower ?? ""))
  );
}

/** The subject of a whole sentence: its first actor group outside a prepositional phrase. */
export function sentenceSubject(tokens: readonly Token[], groups: RefGroup[]): RefGroup | undefined {
  return groups.find(
    (g) =>
      !inPrepPhrase(tokens, g) &&
      !g.refs.every((r) => r.possessive) &&
      g.refs.some((r) => r.actors.length > 0 || r.kind === "pronoun"),
  );
}

/** The subject of the clause ending at `at`: the closest actor group not inside a prepositional phrase. */
export function subjectOf(
  view: SentenceView,
  start: number,
  at: number,
  cues: CueMatch[],
): RefGroup | undefined {
  const { tokens, groups } = view;
  // "..., a claim Paris denied": an actor right before the verb is its subject.
  const direct = groups.find(
    (g) =>
      g.start >= start &&
      g.end <= at &&
      tokens.slice(g.end, at).every((t) => AUXILIARIES.has(t.lower) || t.lower.endsWith("ly")) &&
      !inPrepPhrase(tokens, g) &&
      !g.refs.every((r) => r.possessive) &&
      g.refs.some((r) => !r.modifierOnly && r.actors.length > 0),
  );
  if (direct) return direct;
  // Coordinated verbs share the subject of the first one: "Biden thanked Fidan and condemned Russia".
  const firstVerb = cues.find((c) => c.form === "verb" && c.index >= start && c.index < at && !c.gerund);
  const limit = firstVerb ? firstVerb.index : at;
  const candidates = groups.filter(
    (g) =>
      g.start >= start &&
      g.end <= limit &&
      (g.start === start || !inPrepPhrase(tokens, g)) &&
      !inParentheticalRelative(tokens, g, limit) &&
      g.refs.some((r) => !r.modifierOnly && r.actors.length > 0),
  );
  const plain = candidates.filter((g) => !g.refs.every((r) => r.possessive));
  // "Karimov, who has resisted the demands": the relative pronoun that opens the clause.
  const relative = groups.find(
    (g) => g.end === start && g.refs.some((r) => r.kind === "relative" && r.actors.length),
  );
  const found = plain.at(-1) ?? candidates.at(-1) ?? relative;
  // "Germany not only condemned Russia but also imposed sanctions": the verb after "but" shares the subject.
  if (!found && tokens[start - 1]?.lower === "but" && start > 1)
    return subjectOf(view, clauseStart(tokens, start - 1), start - 1, cues);
  return found;
}

/** "Tinubu, who chairs the bloc, condemned": `g` sits in a relative clause closed before `at`. */
function inParentheticalRelative(tokens: readonly Token[], g: RefGroup, at: number): boolean {
  let k = g.start - 1;
  while (k >= 0 && tokens[k]?.norm !== "," && !["who", "which"].includes(tokens[k]?.lower ?? "")) k--;
  if (!["who", "which"].includes(tokens[k]?.lower ?? "") || tokens[k - 1]?.norm !== ",") return false;
  return tokens.slice(g.end, at).some((t) => t.norm === ",");
}

// Words between a subject and its verb: "Paris had denied", "Kenya also strongly condemned".
const AUXILIARIES = new Set([
  "had",
  "has",
  "have",
  "was",
  "were",
  "is",
  "are",
  "will",
  "would",
  "also",
  "then",
  "again",
  "swiftly",
  "quickly",
  "later",
  "has",
  "did",
  "does",
  "do",
]);

/** For the second of coordinated verbs ("condemn and reject"), reuse the first verb's subject. */
export function sharedSubject(
  view: SentenceView,
  cue: CueMatch,
  cues: CueMatch[],
  n: number,
  subjects: Map<CueMatch, RefGroup | undefined>,
): RefGroup | undefined {
  const prev = cues[n - 1];
  if (prev?.form !== "verb") return undefined;
  const between = view.tokens.slice(prev.after, cue.index).map((t) => t.lower);
  if (between.length > 0 && between.every((w) => w === "and" || w === "or" || w === "," || w.endsWith("ly")))
    return subjects.get(prev);
  return undefined;
}

function inPrepPhrase(tokens: readonly Token[], group: RefGroup): boolean {
  let k = group.start - 1;
  if (tokens[k]?.lower === "the" || tokens[k]?.lower === "a") k--;
  const prev = tokens[k]?.lower ?? "";
  // "The members of the Security Council", "the foreign ministers of Saudi Arabia" speak for the actor.
  if (prev === "of") return !TRANSPARENT_HEADS.has(tokens[k - 1]?.lower ?? "");
  // "Several states, including Norway and Chile, condemned": the list names the subject.
  if (prev === "including" && tokens[k - 1]?.norm === ",") return false;
  // "A statement from the U.S. Department of State condemned", "a spokesman for al-Shabab said".
  if (prev === "from" || prev === "for") return !STATEMENT_HEADS.has(tokens[k - 1]?.lower ?? "");
  return PREPOSITIONS.has(prev);
}

// Heads that speak for the actor after "from" or "for": "a statement from", "a spokesman for".
const STATEMENT_HEADS = wordSet("statementHeads");

// Heads that speak for the actor after "of": "the Government of Japan", "the members of the Council".
const TRANSPARENT_HEADS = wordSet("transparentHeads");

/** "their continued support", "Iran's attack": the possessor right before a noun cue. */
export function possessorOf(tokens: readonly Token[], groups: RefGroup[], at: number): RefGroup | undefined {
  const g = groups.find((g) => g.end <= at && g.end >= at - 3 && g.refs.at(-1)?.possessive);
  if (!g) return undefined;
  const between = tokens.slice(g.end, at);
  return between.every((t) => startsLower(t.text) && !PREPOSITIONS.has(t.lower)) ? g : undefined;
}

/** "attack by Iran": the agent of a noun cue. */
export function agentAfter(
  tokens: readonly Token[],
  groups: RefGroup[],
  cue: CueMatch,
): RefGroup | undefined {
  const end = clauseEnd(tokens, cue.after);
  for (let k = cue.after; k < Math.min(end, cue.after + 6); k++) {
    if (tokens[k]?.lower === "by") return groups.find((g) => g.start > k && g.start <= k + 2);
    if (PREPOSITIONS.has(tokens[k]?.lower ?? "") && !["on", "against", "in"].includes(tokens[k]?.lower ?? ""))
      break;
  }
  return undefined;
}

export function byAgent(
  tokens: readonly Token[],
  groups: RefGroup[],
  from: number,
  end: number,
): RefGroup | undefined {
  for (let k = from; k < Math.min(end, from + 4); k++) {
    if (tokens[k]?.lower === "by") return groups.find((g) => g.start > k && g.start <= k + 2);
  }
  return undefined;
}

/** The target of a cue: the first actor group in its object that is not a victim or place. */
export function objectOf(
  view: SentenceView,
  cue: CueMatch,
  cues: CueMatch[],
  n: number,
  source: RefGroup | undefined,
): RefGroup | undefined {
  const { tokens, groups } = view;
  let from = cue.after;
  // "condemn and reject Russia's attempt": the first verb shares the second's object.
  const next = cues[n + 1];
  if (next && cue.form === "verb" && next.form === "verb") {
    const between = tokens.slice(cue.after, next.index).map((t) => t.lower);
    if (between.length > 0 && between.every((w) => w === "and" || w === "or" || w === ",")) from = next.after;
  }
  // "denied that they were harbouring ...": the object is a proposition, not an actor.
  if (cue.form === "verb" && tokens[from]?.lower === "that") return undefined;
  from = afterAdverbials(tokens, from);
  let end = clauseEnd(tokens, from);
  // "welcomed the release ... and thanked Qatar": the next verb has its own object.
  const following = cues.find((c) => c.index >= from && c.form === "verb");
  if (following) end = Math.min(end, following.index);
  // A noun cue's target follows it closely: "support for Ukraine", not a later clause.
  if (cue.form === "noun") end = Math.min(end, cue.after + 12, clauseComma(tokens, cue.after));
  const immediate = TARGET_PREPS[cue.relation] ?? [];
  const deep = [...(DEEP_PREPS[cue.relation] ?? []), ...(cue.targetPreps ?? [])];
  const own = new Set(actorsOf(source?.refs ?? []));
  for (const g of groups) {
    if (g.start < from || g.start >= end || g === source) continue;
    if (g.refs.every((r) => r.kind === "relative" || r.compound || isSubjectPronoun(tokens, r))) continue;
    // "accused its western neighbour Morocco": the source's own possessive is not the target.
    if (g.refs.every((r) => r.kind === "pronoun" && r.possessive && r.actors.every((a) => own.has(a))))
      continue;
    // "block the EU accession talks of Ukraine": a name modifying a noun gives way to the noun's owner.
    const owner = ownerAfterModifier(tokens, groups, g);
    if (owner) return owner;
    const prep = lastPrep(tokens, from, g.start);
    if (prep === undefined) {
      if (cue.form === "noun") continue;
      return g;
    }
    const directlyAfterCue = prep.index <= from + 1;
    if ((directlyAfterCue && immediate.includes(prep.word)) || deep.includes(prep.word)) return g;
  }
  // "promised Ukrainian President Volodymyr Zelenskiy another $500 million in military aid"
  if (cue.form === "noun") return indirectObject(tokens, groups, cue.index, source);
  return undefined;
}

/** "the EU accession talks of Ukraine": the group after "of" when `g` only modifies the noun before it. */
function ownerAfterModifier(tokens: readonly Token[], groups: RefGroup[], g: RefGroup): RefGroup | undefined {
  let k = g.end;
  if (!isLowerWord(tokens[k]?.text ?? "") || g.refs.some((r) => r.possessive)) return undefined;
  while (k < g.end + 3 && isLowerWord(tokens[k]?.text ?? "") && tokens[k]?.lower !== "of") k++;
  if (tokens[k]?.lower !== "of" || k === g.end) return undefined;
  return groups.find((x) => x.start === k + 1 || (x.start === k + 2 && tokens[k + 1]?.lower === "the"));
}

// Verbs whose object names the subject's own act: "reaffirmed their support", "imposed sanctions".
const LIGHT_VERBS = wordSet("lightVerbs");

export function afterLightVerb(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 7); k--) {
    const t = tokens[k];
    if (!t || t.norm === "," || t.norm === ";" || isQuote(t)) return false;
    if (LIGHT_VERBS.has(t.lower)) return true;
  }
  return false;
}

const WEEKDAYS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);

/**
 * Skips what stands between a verb and its object without being the object:
 * "condemn in the strongest possible terms Russia's war", "rejected on Monday the plan".
 */
export function afterAdverbials(tokens: readonly Token[], from: number): number {
  let k = from;
  // 'said it "strongly condemns" the strike': the closing quote after a quoted verb.
  if (isQuote(tokens[k]) && isInsideQuote(tokens, k)) k++;
  for (;;) {
    const w = tokens[k]?.lower ?? "";
    if (w === "in") {
      const terms = tokens.slice(k + 1, k + 6).findIndex((t) => t.lower === "terms");
      if (terms < 0) return k;
      k += terms + 2;
    } else if (w === "on" && WEEKDAYS.has(tokens[k + 1]?.lower ?? "")) k += 2;
    else if (w === "once" && tokens[k + 1]?.lower === "again") k += 2;
    else if (["again", "today", "yesterday", "also", "firmly", "strongly"].includes(w)) k += 1;
    else return k;
  }
}

/** The recipient between a light verb and its noun: "gave the Ivory Coast aid". */
function indirectObject(
  tokens: readonly Token[],
  groups: RefGroup[],
  at: number,
  source: RefGroup | undefined,
): RefGroup | undefined {
  for (let k = at - 1; k >= Math.max(0, at - 10); k--) {
    const t = tokens[k];
    if (!t || t.norm === "," || PREPOSITIONS.has(t.lower)) return undefined;
    if (LIGHT_VERBS.has(t.lower)) {
      return groups.find(
        (g) => g.start === k + 1 && g !== source && !g.refs.some((r) => r.possessive || r.modifierOnly),
      );
    }
  }
  return undefined;
}

/** The first comma that opens a new clause, not one inside a list ("sovereignty, independence and ..."). */
function clauseComma(tokens: readonly Token[], from: number): number {
  for (let k = from; k < tokens.length; k++) {
    if (tokens[k]?.norm !== ",") continue;
    const next = tokens[k + 1];
    if (!next || !isLowerWord(next.text) || PRONOUN_STARTS.has(next.lower) || next.lower === "the") return k;
  }
  return tokens.length;
}

// A comma before these opens a new clause: "..., we deeply regret".
const PRONOUN_STARTS = wordSet("pronounStarts");

function lastPrep(
  tokens: readonly Token[],
  from: number,
  to: number,
): { word: string; index: number } | undefined {
  for (let k = to - 1; k >= from; k--) {
    const w = tokens[k]?.lower ?? "";
    if (PREPOSITIONS.has(w)) return { word: w, index: k };
  }
  return undefined;
}

/**
 * "regret that the Presidents of Azerbaijan and Armenia did not take ...": the
 * subject of the clause that `that` at `at` opens, if it is an actor.
 */
export function complementSubject(
  tokens: readonly Token[],
  groups: RefGroup[],
  at: number,
): RefGroup | undefined {
  if (tokens[at]?.lower !== "that") return undefined;
  const end = clauseEnd(tokens, at + 1);
  return groups.find(
    (g) =>
      g.start > at &&
      g.start <= at + 5 &&
      g.start < end &&
      !inPrepPhrase(tokens, g) &&
      g.refs.some((r) => r.actors.length > 0 && !r.modifierOnly),
  );
}

/** "hold Russia accountable": the target sits between the verb and the slot word. */
export function slotTarget(groups: RefGroup[], cue: CueMatch): RefGroup | undefined {
  return groups.find((g) => g.start >= cue.after && g.end <= (cue.slotEnd ?? 0));
}

// Documents that speak for whoever adopts or issues them: "adopted a resolution condemning".
const DOCUMENTS = wordSet("documents");
const ADOPTING = wordSet("adopting");

/**
 * "a resolution condemning Russia": a participle after a noun is that noun's act.
 * Returns the actor group behind the noun, undefined when the cue is not such a
 * modifier, or null when it is one whose author the sentence does not give
 * ("India abstained from the vote condemning Russia").
 */
export function participleSource(
  view: SentenceView,
  cue: CueMatch,
  start: number,
  cues: CueMatch[],
): RefGroup | null | undefined {
  const { tokens, groups } = view;
  const noun = tokens[cue.index - 1];
  if (!noun || !isLowerWord(noun.text) || noun.text.endsWith("ly") || PREPOSITIONS.has(noun.lower))
    return undefined;
  if (
    BE_FORMS.has(noun.lower) ||
    ["and", "or", "of", "to", "by", "while", "after", "before", "without", "not"].includes(noun.lower)
  )
    return undefined;
  // "a UN Security Council resolution condemning ..."
  const owner = groups.find((g) => g.end === cue.index - 1);
  if (owner) return owner;
  if (DOCUMENTS.has(noun.lower)) {
    const adopted = tokens
      .slice(Math.max(start, cue.index - 5), cue.index - 1)
      .some((t) => ADOPTING.has(t.lower));
    if (adopted) return subjectOf(view, start, cue.index, cues) ?? null;
  }
  return null;
}

/** The group ending at `k` or one word before (an adverb between), not only possessives. */
function groupEndingAt(groups: readonly RefGroup[], k: number): RefGroup | undefined {
  return groups.find((g) => (g.end === k || g.end === k - 1) && !g.refs.every((r) => r.possessive));
}

/** The subject of the nearest speech verb before `at`: who reports the clause. */
export function reportingSubject(view: SentenceView, at: number): RefGroup | undefined {
  const { tokens, groups } = view;
  for (let k = at - 1; k >= 0; k--) {
    // "Biden said", "Biden also said", "Kremlin spokesman Dmitry Peskov said"
    const subject = isSpeechVerb(tokens[k], tokens[k + 1]) ? groupEndingAt(groups, k) : undefined;
    if (subject) return subject;
  }
  // Quoted words, or a trailing attribution: "There can be no talks until ..., Netanyahu said."
  const speaker = view.speaker;
  if (!speaker || !(isInsideQuote(tokens, at) || speaker.start > at)) return undefined;
  return (
    groups.find((g) => g.refs.includes(speaker)) ?? {
      refs: [speaker],
      start: speaker.start,
      end: speaker.end,
    }
  );
}

export function speakerField(view: SentenceView, source: RefGroup, at: number): { speaker?: string } {
  const own = speakersOf(source.refs);
  if (own.length === 1 && own[0]) return { speaker: own[0] };
  const reporter = reportingSubject(view, at);
  const names = speakersOf(reporter?.refs ?? []);
  // The person who voiced it: "Mr. Blair said New Delhi would be willing to open talks ...".
  if (reporter && reporter !== source && names.length === 1 && names[0]) return { speaker: names[0] };
  return {};
}
