import type { Relation } from "../../model/relations.ts";
import { CONDITION_MARKERS, clauseStart, isInsideQuote, isQuote, isSpeechVerb } from "../clauses/clauses.ts";
import { isNegated, isPossibility } from "../clauses/modality.ts";
import type { CueMatch } from "../cues/cues.ts";
import { impliedGroup, type RefGroup } from "../mentions/groups.ts";
import type { Token } from "../text/tokenize.ts";
import { isLowerWord } from "../text/wordShape.ts";
import { wordSet } from "../text/words.ts";
import { afterAdverbials, possessorOf, reportingSubject, speakerField, subjectOf } from "./arguments.ts";
import { blocked, type Finding, type SentenceView } from "./finding.ts";

/**
 * Talk cues ("ready to talk to X if ...", "no negotiations until ...") become
 * conditions_talks_on, offers_talks, rejects or meets depending on their context.
 */
// Words of willingness: "ready to talk", "offered talks", "open to negotiations".
const WILLINGNESS = wordSet("willingness");

// Talks that took place ("held talks with"); "holding talks" may be hypothetical.
const HOLD_TALKS = wordSet("holdTalks");

/** Talks: offered with a condition, offered, refused, or held. */
export function talkFinding(view: SentenceView, cue: CueMatch): Finding | null {
  const { tokens, groups } = view;
  const start = clauseStart(tokens, cue.index);
  const sentenceStart = sentenceClauseStart(tokens, cue.index);
  if (isPossibility(tokens, start, cue.index))
    return blocked(view, cue, "modality.possibility", "a mere possibility (may, might, could)");
  const demanded = demandedBefore(tokens, cue, sentenceStart);
  const condition = findCondition(tokens, cue, sentenceStart) ?? demanded?.condition;
  const negated =
    isNegated(tokens, Math.min(start, sentenceStart), cue) || ruledOut(tokens, sentenceStart, cue.index);
  let sourceGroup = cue.form === "noun" ? possessorOf(tokens, groups, cue.index) : undefined;
  // "Iran demanded that the US lift sanctions before talks resume": who demands sets the condition.
  if (demanded && !findCondition(tokens, cue, sentenceStart))
    sourceGroup = subjectOf(view, clauseStart(tokens, demanded.request), demanded.request, []);
  sourceGroup ??= subjectOf(view, start, cue.index, []);
  let viaSpeaker = false;
  if (!sourceGroup) {
    sourceGroup = reportingSubject(view, cue.index);
    viaSpeaker = sourceGroup !== undefined;
  }
  let targetGroup = partnerOf(tokens, groups, cue);
  if (!targetGroup && condition)
    targetGroup = groups.find(
      (g) =>
        g.start >= condition.start && g.start <= condition.start + 4 && !g.refs.every((r) => r.possessive),
    );
  // A speech refusing or conditioning "negotiations" without naming the other side means
  // the side it has been condemning: "we will never negotiate with an enemy that ...".
  const speaksForVoice = sourceGroup?.refs.some((r) => view.voice !== null && r.actors.includes(view.voice));
  if (!targetGroup && speaksForVoice && view.opponent && (negated || condition)) {
    targetGroup = impliedGroup(view.opponent);
  }
  if (!sourceGroup) return blocked(view, cue, "argument.no-source", "nobody offers or refuses the talks");
  if (!targetGroup) return blocked(view, cue, "talks.no-partner", "talks with no named counterpart");
  let relation: Relation;
  // "had no plans to meet Zelensky" is a meeting not held, not a rejection.
  const notMeeting = negated && !condition && cue.relation === "meets";
  if (condition) relation = "conditions_talks_on";
  else if (notMeeting) relation = "meets";
  else if (negated) relation = "rejects";
  else if (hasWillingness(tokens, Math.min(start, sentenceStart), cue)) relation = "offers_talks";
  else if (cue.relation === "meets" || HOLD_TALKS.has(tokens[cue.index - 1]?.lower ?? "")) relation = "meets";
  else return blocked(view, cue, "talks.no-stance", "talks mentioned, neither offered, refused nor held");
  return {
    relation,
    sources: sourceGroup.refs,
    targets: targetGroup.refs,
    negated: notMeeting,
    ...(condition ? { condition } : {}),
    ...speakerField(view, sourceGroup, cue.index),
    indirect: { nominal: cue.form === "noun", viaSpeaker },
  };
}

/**
 * "demanded that the United States lift sanctions before nuclear talks resume": a
 * demand whose fulfilment must come before the talks is their condition.
 */
function demandedBefore(
  tokens: readonly Token[],
  cue: CueMatch,
  sentenceStart: number,
): { request: number; condition: { start: number; end: number } } | undefined {
  let before = cue.index - 1;
  while (
    before > sentenceStart &&
    isLowerWord(tokens[before]?.text ?? "") &&
    !BEFORE.has(tokens[before]?.lower ?? "")
  )
    before--;
  if (!BEFORE.has(tokens[before]?.lower ?? "") || before < cue.index - 4) return undefined;
  for (let k = before - 1; k >= sentenceStart; k--) {
    if (!DEMANDS.has(tokens[k]?.lower ?? "")) continue;
    const from = tokens[k + 1]?.lower === "that" ? k + 2 : k + 1;
    return from < before ? { request: k, condition: { start: from, end: before } } : undefined;
  }
  return undefined;
}

const BEFORE = new Set(["before", "prior"]);
const DEMANDS = new Set([
  "demanded",
  "demands",
  "demand",
  "insisted",
  "insists",
  "insist",
  "wants",
  "wanted",
  "required",
  "requires",
  "conditioned",
]);

/** "talk directly to Putin", "talks with Pakistan", "meeting with the DPRK". */
function partnerOf(tokens: readonly Token[], groups: RefGroup[], cue: CueMatch): RefGroup | undefined {
  // "meet North Korea": the partner is the object.
  // "met today with ...", "met on Monday ..."
  const from = afterAdverbials(tokens, cue.after);
  if (cue.relation === "meets") {
    const object = groups.find(
      (g) => g.start === from || (g.start === from + 1 && tokens[from]?.lower === "the"),
    );
    if (object) return object;
  }
  for (let k = from; k < Math.min(tokens.length, from + 4); k++) {
    const w = tokens[k]?.lower ?? "";
    if (w === "with" || w === "to") {
      return groups.find((g) => g.start > k && g.start <= k + 3);
    }
    if (!/ly$/.test(w) && w !== "directly" && w !== "down" && w !== "again") break;
  }
  return undefined;
}

// "only on the basis of", "only with guarantees": "only" before these opens a condition.
const ONLY_CONDITIONS = wordSet("onlyConditions");

/** "only after Putin leaves Ukraine", "if he withdraws his forces", "until that country changes". */
function findCondition(
  tokens: readonly Token[],
  cue: CueMatch,
  sentenceStart: number,
): { start: number; end: number } | undefined {
  for (let k = cue.after; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || t.norm === ";" || (isQuote(t) && k > cue.after + 1 && !isInsideQuote(tokens, cue.index))) break;
    // "After meeting Vajpayee, Mr. Blair said New Delhi would talk ... if ...": a new reported clause
    // has its own talks and conditions.
    if (isSpeechVerb(t, tokens[k + 1])) break;
    const onlyAfter =
      (t.lower === "after" || t.lower === "when") &&
      tokens.slice(Math.max(sentenceStart, k - 8), k).some((x) => x.lower === "only");
    const onCondition =
      (t.lower === "on" &&
        (tokens[k + 1]?.lower === "condition" ||
          (tokens[k + 1]?.lower === "the" && tokens[k + 2]?.lower === "condition"))) ||
      // "talks are conditional on the group respecting ...", "contingent upon"
      ((t.lower === "conditional" || t.lower === "contingent") &&
        ["on", "upon"].includes(tokens[k + 1]?.lower ?? ""));
    // "but only on the basis of the realities on the ground", "only with guarantees"
    if (
      t.lower === "only" &&
      ONLY_CONDITIONS.has(tokens[k + 1]?.lower ?? "") &&
      tokens[k - 1]?.lower !== "not"
    ) {
      return { start: k, end: conditionEnd(tokens, k + 2) };
    }
    const asLongAs = t.lower === "as" && tokens[k + 1]?.lower === "long" && tokens[k + 2]?.lower === "as";
    if (CONDITION_MARKERS.has(t.lower) || onlyAfter || onCondition || asLongAs) {
      if (t.lower === "once" && !/^\p{Lu}|the|it|he|she|they/u.test(tokens[k + 1]?.text ?? "")) continue;
      const start = tokens[k - 1]?.lower === "only" ? k - 1 : k;
      return { start, end: conditionEnd(tokens, k + 1) };
    }
  }
  // "If Russia withdraws, we will talk": a leading condition.
  for (let k = sentenceStart; k < cue.index; k++) {
    const w = tokens[k]?.lower ?? "";
    if (w === "if" || w === "unless") {
      let end = k + 1;
      while (end < cue.index && tokens[end]?.norm !== ",") end++;
      if (end < cue.index) return { start: k, end };
    }
  }
  return undefined;
}

function conditionEnd(tokens: readonly Token[], from: number): number {
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t) break;
    if (t.norm === ";" || t.norm === "." || t.norm === "?" || isQuote(t)) return k;
    if (
      t.norm === "," &&
      ["which", "but", "while", "and", "he", "she", "they", "said", "adding"].includes(
        tokens[k + 1]?.lower ?? "",
      )
    )
      return k;
    // "..., Netanyahu said." / "..., the EU said in a statement.": the attribution is not the condition.
    if (t.norm === "," && tokens.slice(k + 1, k + 7).some((x, n) => isSpeechVerb(x, tokens[k + 2 + n])))
      return k;
  }
  return tokens.length;
}

function sentenceClauseStart(tokens: readonly Token[], at: number): number {
  for (let k = at - 1; k >= 0; k--) {
    const w = tokens[k]?.norm ?? "";
    if (w === ";" || w === ":" || isQuote(tokens[k])) return k + 1;
  }
  return 0;
}

/** "ruled out holding talks", "rejected negotiations": talks refused by a preceding verb. */
function ruledOut(tokens: readonly Token[], start: number, at: number): boolean {
  const words = tokens.slice(Math.max(start, at - 5), at).map((t) => t.lower);
  return (
    words.some((w, i) => (w === "ruled" || w === "rules" || w === "rule") && words[i + 1] === "out") ||
    words.some((w) => /^(reject|refus|dismiss)/.test(w))
  );
}

function hasWillingness(tokens: readonly Token[], start: number, cue: CueMatch): boolean {
  const before = tokens
    .slice(Math.max(start, cue.index - 8), cue.index)
    .some((t) => WILLINGNESS.has(t.lower));
  const after = tokens.slice(cue.after, cue.after + 6).map((t) => t.lower);
  return before || (after.includes("without") && after.includes("preconditions"));
}
