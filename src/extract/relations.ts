import type { Relation } from "../model/relations.ts";
import {
  BE_FORMS,
  CONDITION_MARKERS,
  clauseEnd,
  clauseStart,
  isQuote,
  isSpeechVerb,
  isStopped,
  isUnasserted,
  MODALS_OF_POSSIBILITY,
  NEGATING_VERBS,
  NEGATORS,
  PREPOSITIONS,
} from "./clauses.ts";
import type { CueMatch } from "./cues.ts";
import type { RefGroup } from "./groups.ts";
import type { Ref } from "./mentions.ts";
import type { Token } from "./tokenize.ts";

/** One relation found in a sentence, before it becomes an Assertion. */
export interface Finding {
  relation: Relation;
  sources: Ref[];
  targets: Ref[];
  negated: boolean;
  condition?: { start: number; end: number };
  speaker?: string;
  /** Reasons that lower confidence (see confidence.ts). */
  indirect: { nominal: boolean; viaSpeaker: boolean };
}

// Prepositions that introduce the target right after a cue ("support for", "talk to", "rejected an offer from").
const TARGET_PREPS: Partial<Record<Relation, string[]>> = {
  condemns: ["of", "against", "by", "at"],
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
  rejects: ["by", "from"],
  supports: ["of", "to", "for"],
  threatens: ["against"],
};

// Verbs whose object is a position the subject holds: "reaffirmed their support", "expressed solidarity".
const WILLINGNESS = new Set([
  "willing",
  "ready",
  "open",
  "prepared",
  "offer",
  "offers",
  "offered",
  "offering",
  "propose",
  "proposed",
  "proposes",
  "invite",
  "invited",
  "invites",
  "invitation",
  "want",
  "wants",
  "seek",
  "seeks",
  "eager",
  "pleased",
  "keen",
  "openness",
  "welcome",
  "welcomes",
  "welcomed",
  "happy",
  "resume",
  "reopen",
]);

// Talks that took place ("held talks with"); "holding talks" may be hypothetical.
const HOLD_TALKS = new Set(["held", "had"]);

interface SentenceView {
  tokens: readonly Token[];
  groups: RefGroup[];
  cues: CueMatch[];
  /** The person or actor the sentence quotes or reports, if any. */
  speaker: Ref | undefined;
  /** The actor the document speaks for ("We Iranians ..."), if known. */
  voice: string | null;
}

/** Turns each cue of a sentence into findings, with source, target, negation and condition. */
export function findRelations(view: SentenceView): Finding[] {
  const { tokens, cues } = view;
  if (tokens.at(-1)?.norm === "?" || tokens.at(-2)?.norm === "?") return [];
  const out: Finding[] = [];
  const subjects = new Map<CueMatch, RefGroup | undefined>();
  for (const [n, cue] of cues.entries()) {
    if (isUnasserted(tokens, cue)) continue;
    // "refused to condemn Russia": the refusal negates the inner verb; it is not a rejection of Russia.
    if (
      cue.relation === "rejects" &&
      tokens[cue.after]?.lower === "to" &&
      cues.some((c) => c.index === cue.after + 1)
    )
      continue;
    const finding = cue.talks
      ? talkFinding(view, cue)
      : cue.accusation
        ? accusationFinding(view, cue, cues)
        : cue.relation === "proxy_of"
          ? proxyFinding(view, cue)
          : plainFinding(view, cue, cues, n, subjects);
    if (finding) out.push(finding);
  }
  return out;
}

function plainFinding(
  view: SentenceView,
  cue: CueMatch,
  cues: CueMatch[],
  n: number,
  subjects: Map<CueMatch, RefGroup | undefined>,
): Finding | null {
  const { tokens, groups } = view;
  const start = clauseStart(tokens, cue.index);
  if (isPossibility(tokens, start, cue.index)) return null;
  const negated = isNegated(tokens, start, cue) || isStopped(tokens, cue);
  if (cue.requiresNegation && !negated) return null;
  const passive = cue.form === "verb" && cue.participle && isPassive(tokens, cue.index);

  let sourceGroup: RefGroup | undefined;
  let targetGroup: RefGroup | undefined;
  let nominal = false;
  if (cue.form === "noun") {
    nominal = true;
    sourceGroup = possessorOf(tokens, groups, cue.index) ?? agentAfter(tokens, groups, cue);
    // "reaffirmed ... support", "providing ... assistance": the noun is the clause subject's own act.
    if (!sourceGroup && afterLightVerb(tokens, cue.index))
      sourceGroup = subjectOf(view, start, cue.index, cues);
    targetGroup = objectOf(view, cue, cues, n, sourceGroup);
  } else if (passive) {
    sourceGroup = byAgent(tokens, groups, cue.after, clauseEnd(tokens, cue.after));
    targetGroup = subjectOf(view, start, cue.index, cues);
  } else {
    const previous = sharedSubject(view, cue, cues, n, subjects);
    const modifier = cue.gerund ? participleSource(view, cue, start, cues) : undefined;
    if (modifier === null) return null;
    sourceGroup = previous ?? modifier ?? subjectOf(view, start, cue.index, cues);
    targetGroup =
      cue.slotEnd !== undefined ? slotTarget(groups, cue) : objectOf(view, cue, cues, n, sourceGroup);
  }
  subjects.set(cue, sourceGroup);
  if (!sourceGroup || !targetGroup) return null;
  const relation: Relation = cue.requiresNegation ? "rejects" : cue.relation;
  return {
    relation,
    sources: sourceGroup.refs,
    targets: targetGroup.refs,
    negated: cue.requiresNegation ? false : negated,
    ...speakerField(view, sourceGroup, cue.index),
    indirect: { nominal, viaSpeaker: false },
  };
}

/** "X reneges on its commitments", stated by a speaker or the document's voice: the speaker condemns X. */
function accusationFinding(view: SentenceView, cue: CueMatch, cues: CueMatch[]): Finding | null {
  const { tokens } = view;
  const start = clauseStart(tokens, cue.index);
  if (isPossibility(tokens, start, cue.index)) return null;
  const negated = isNegated(tokens, start, cue);
  if (cue.requiresNegation !== negated) return null;
  const accused = subjectOf(view, start, cue.index, cues);
  const accuser = reportingSubject(view, cue.index) ?? voiceGroup(view);
  // Only named subjects: "they run away from treaties" is too loose to pin on anyone.
  if (!accused || !accuser || accused.refs.some((r) => r.kind === "pronoun" || r.kind === "relative"))
    return null;
  return {
    relation: "condemns",
    sources: accuser.refs,
    targets: accused.refs,
    negated: false,
    ...speakerField(view, accuser, cue.index),
    indirect: { nominal: false, viaSpeaker: true },
  };
}

function voiceGroup(view: SentenceView): RefGroup | undefined {
  if (!view.voice) return undefined;
  const ref: Ref = {
    kind: "name",
    start: 0,
    end: 0,
    actors: [view.voice],
    speakers: [],
    plural: false,
    possessive: false,
    resolved: true,
  };
  return { refs: [ref], start: 0, end: 0 };
}

/** "Russian forces and their proxies, including entities like the Wagner Group": WAGNER proxy_of RUS. */
function proxyFinding(view: SentenceView, cue: CueMatch): Finding | null {
  const { tokens, groups } = view;
  const patron = possessorOf(tokens, groups, cue.index);
  if (!patron) return null;
  for (let k = cue.after; k < Math.min(tokens.length, cue.after + 6); k++) {
    const w = tokens[k]?.lower ?? "";
    if (w === "including" || w === "like" || (w === "such" && tokens[k + 1]?.lower === "as")) {
      const proxy = groups.find(
        (g) => g.start > k && g.start <= k + 5 && !g.refs.some((r) => r.modifierOnly),
      );
      if (!proxy) return null;
      return {
        relation: "proxy_of",
        sources: proxy.refs,
        targets: patron.refs,
        negated: false,
        indirect: { nominal: true, viaSpeaker: false },
      };
    }
  }
  return null;
}

/** Talks: offered with a condition, offered, refused, or held. */
function talkFinding(view: SentenceView, cue: CueMatch): Finding | null {
  const { tokens, groups } = view;
  const start = clauseStart(tokens, cue.index);
  const sentenceStart = sentenceClauseStart(tokens, cue.index);
  if (isPossibility(tokens, start, cue.index)) return null;
  const condition = findCondition(tokens, cue, sentenceStart);
  const negated =
    isNegated(tokens, Math.min(start, sentenceStart), cue) || ruledOut(tokens, sentenceStart, cue.index);
  let sourceGroup = cue.form === "noun" ? possessorOf(tokens, groups, cue.index) : undefined;
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
  if (!sourceGroup || !targetGroup) return null;
  let relation: Relation;
  if (condition) relation = "conditions_talks_on";
  else if (negated) relation = "rejects";
  else if (hasWillingness(tokens, Math.min(start, sentenceStart), cue)) relation = "offers_talks";
  else if (HOLD_TALKS.has(tokens[cue.index - 1]?.lower ?? "")) relation = "meets";
  else return null;
  return {
    relation,
    sources: sourceGroup.refs,
    targets: targetGroup.refs,
    negated: false,
    ...(condition ? { condition } : {}),
    ...speakerField(view, sourceGroup, cue.index),
    indirect: { nominal: cue.form === "noun", viaSpeaker },
  };
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
function subjectOf(view: SentenceView, start: number, at: number, cues: CueMatch[]): RefGroup | undefined {
  const { tokens, groups } = view;
  // Coordinated verbs share the subject of the first one: "Biden thanked Fidan and condemned Russia".
  const firstVerb = cues.find((c) => c.form === "verb" && c.index >= start && c.index < at && !c.gerund);
  const limit = firstVerb ? firstVerb.index : at;
  const candidates = groups.filter(
    (g) =>
      g.start >= start &&
      g.end <= limit &&
      (g.start === start || !inPrepPhrase(tokens, g)) &&
      g.refs.some((r) => !r.modifierOnly && r.actors.length > 0),
  );
  const plain = candidates.filter((g) => !g.refs.every((r) => r.possessive));
  return plain.at(-1) ?? candidates.at(-1);
}

/** For the second of coordinated verbs ("condemn and reject"), reuse the first verb's subject. */
function sharedSubject(
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
  const prev = tokens[group.start - 1]?.lower ?? "";
  if (prev === "of") {
    // "The members of the Security Council", "the Government of Saudi Arabia" speak for the actor.
    const head = tokens[group.start - 2]?.lower ?? "";
    return ![
      "members",
      "member",
      "government",
      "leaders",
      "leader",
      "people",
      "ministry",
      "president",
      "officials",
      "authorities",
      "representatives",
      "representative",
      "delegation",
      "minister",
      "spokesman",
      "spokesperson",
      "spokeswoman",
      "secretary",
    ].includes(head);
  }
  if (prev === "the" || prev === "a") return PREPOSITIONS.has(tokens[group.start - 2]?.lower ?? "");
  return PREPOSITIONS.has(prev);
}

/** "their continued support", "Iran's attack": the possessor right before a noun cue. */
function possessorOf(tokens: readonly Token[], groups: RefGroup[], at: number): RefGroup | undefined {
  const g = groups.find((g) => g.end <= at && g.end >= at - 3 && g.refs.at(-1)?.possessive);
  if (!g) return undefined;
  const between = tokens.slice(g.end, at);
  return between.every((t) => /^\p{Ll}/u.test(t.text) && !PREPOSITIONS.has(t.lower)) ? g : undefined;
}

/** "attack by Iran": the agent of a noun cue. */
function agentAfter(tokens: readonly Token[], groups: RefGroup[], cue: CueMatch): RefGroup | undefined {
  const end = clauseEnd(tokens, cue.after);
  for (let k = cue.after; k < Math.min(end, cue.after + 6); k++) {
    if (tokens[k]?.lower === "by") return groups.find((g) => g.start > k && g.start <= k + 2);
    if (PREPOSITIONS.has(tokens[k]?.lower ?? "") && !["on", "against", "in"].includes(tokens[k]?.lower ?? ""))
      break;
  }
  return undefined;
}

function byAgent(
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
function objectOf(
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
  let end = clauseEnd(tokens, from);
  // "welcomed the release ... and thanked Qatar": the next verb has its own object.
  const following = cues.find((c) => c.index >= from && c.form === "verb");
  if (following) end = Math.min(end, following.index);
  // A noun cue's target follows it closely: "support for Ukraine", not a later clause.
  if (cue.form === "noun") end = Math.min(end, cue.after + 12, clauseComma(tokens, cue.after));
  const immediate = TARGET_PREPS[cue.relation] ?? [];
  const deep = DEEP_PREPS[cue.relation] ?? [];
  for (const g of groups) {
    if (g.start < from || g.start >= end || g === source) continue;
    if (g.refs.every((r) => r.kind === "relative" || r.compound)) continue;
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

// Verbs whose object names the subject's own act: "reaffirmed their support", "imposed sanctions".
const LIGHT_VERBS = new Set([
  "reaffirmed",
  "reaffirms",
  "reaffirm",
  "expressed",
  "expresses",
  "express",
  "offered",
  "offers",
  "offer",
  "pledged",
  "pledges",
  "pledge",
  "provided",
  "provides",
  "provide",
  "providing",
  "gave",
  "gives",
  "give",
  "extended",
  "extends",
  "extend",
  "voiced",
  "voices",
  "announced",
  "announces",
  "reiterated",
  "reiterates",
  "renewed",
  "renews",
  "launched",
  "launches",
  "launch",
  "carried",
  "conducted",
  "conducts",
  "promised",
  "imposed",
  "imposes",
  "impose",
  "imposing",
  "sent",
  "sends",
  "send",
  "delivered",
  "delivers",
  "issued",
  "issues",
  "continued",
  "continues",
  "stepped",
  "intensified",
  "declared",
  "declares",
  "promised",
  "promises",
  "underlined",
  "affirmed",
  "affirms",
  "showed",
  "shows",
  "demonstrated",
  "lent",
  "lends",
  "granted",
  "grants",
  "supplied",
  "supplies",
  "approved",
  "approves",
]);

function afterLightVerb(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 7); k--) {
    const t = tokens[k];
    if (!t || t.norm === "," || t.norm === ";" || isQuote(t)) return false;
    if (LIGHT_VERBS.has(t.lower)) return true;
  }
  return false;
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
    if (!next || !/^\p{Ll}+$/u.test(next.text) || PRONOUN_STARTS.has(next.lower) || next.lower === "the")
      return k;
  }
  return tokens.length;
}

const PRONOUN_STARTS = new Set(["we", "they", "he", "she", "it", "i", "which", "who", "but", "while", "and"]);

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

/** "hold Russia accountable": the target sits between the verb and the slot word. */
function slotTarget(groups: RefGroup[], cue: CueMatch): RefGroup | undefined {
  return groups.find((g) => g.start >= cue.after && g.end <= (cue.slotEnd ?? 0));
}

/** "talk directly to Putin", "talks with Pakistan", "meeting with the DPRK". */
function partnerOf(tokens: readonly Token[], groups: RefGroup[], cue: CueMatch): RefGroup | undefined {
  for (let k = cue.after; k < Math.min(tokens.length, cue.after + 4); k++) {
    const w = tokens[k]?.lower ?? "";
    if (w === "with" || w === "to") {
      return groups.find((g) => g.start > k && g.start <= k + 3);
    }
    if (!/ly$/.test(w) && w !== "directly" && w !== "down" && w !== "again") break;
  }
  return undefined;
}

const ONLY_CONDITIONS = new Set(["on", "upon", "with", "in", "provided", "through", "under"]);

/** "only after Putin leaves Ukraine", "if he withdraws his forces", "until that country changes". */
function findCondition(
  tokens: readonly Token[],
  cue: CueMatch,
  sentenceStart: number,
): { start: number; end: number } | undefined {
  for (let k = cue.after; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || t.norm === ";" || (isQuote(t) && k > cue.after + 1 && !isInsideQuote(tokens, cue.index))) break;
    const onlyAfter =
      (t.lower === "after" || t.lower === "when") &&
      tokens.slice(Math.max(sentenceStart, k - 8), k).some((x) => x.lower === "only");
    const onCondition = t.lower === "on" && tokens[k + 1]?.lower === "condition";
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
  }
  return tokens.length;
}

function isInsideQuote(tokens: readonly Token[], at: number): boolean {
  let inside = false;
  for (let k = 0; k < at; k++) if (isQuote(tokens[k])) inside = !inside;
  return inside;
}

function sentenceClauseStart(tokens: readonly Token[], at: number): number {
  for (let k = at - 1; k >= 0; k--) {
    const w = tokens[k]?.norm ?? "";
    if (w === ";" || w === ":" || isQuote(tokens[k])) return k + 1;
  }
  return 0;
}

function isNegated(tokens: readonly Token[], start: number, cue: CueMatch): boolean {
  for (let k = Math.max(start, cue.index - 6); k < cue.index; k++) {
    const w = tokens[k]?.lower ?? "";
    if (NEGATORS.has(w)) {
      if (w === "not" && tokens[k + 1]?.lower === "only") continue;
      if (w === "no" && tokens[k + 1]?.lower === "longer") return true;
      return true;
    }
    if (NEGATING_VERBS.has(w) && tokens[k + 1]?.lower === "to") return true;
    // "has yet to condemn": not (yet) done.
    if (w === "yet" && tokens[k + 1]?.lower === "to" && YET_AUXILIARIES.has(tokens[k - 1]?.lower ?? ""))
      return true;
  }
  // "Iran denied supplying weapons": a denial of the act.
  return cue.gerund && DENIALS.has(tokens[cue.index - 1]?.lower ?? "");
}

const YET_AUXILIARIES = new Set(["has", "have", "had", "is", "are", "was", "were"]);

const DENIALS = new Set(["denied", "denies", "deny", "denying"]);

// Documents that speak for whoever adopts or issues them: "adopted a resolution condemning".
const DOCUMENTS = new Set([
  "resolution",
  "statement",
  "declaration",
  "communique",
  "communiqué",
  "letter",
  "motion",
  "text",
]);
const ADOPTING = new Set([
  "adopted",
  "adopt",
  "adopts",
  "issued",
  "issue",
  "issues",
  "passed",
  "pass",
  "passes",
  "approved",
  "approve",
  "released",
  "release",
  "signed",
  "sign",
  "sent",
  "published",
  "endorsed",
  "backed",
  "tabled",
  "drafted",
]);

/**
 * "a resolution condemning Russia": a participle after a noun is that noun's act.
 * Returns the actor group behind the noun, undefined when the cue is not such a
 * modifier, or null when it is one whose author the sentence does not give
 * ("India abstained from the vote condemning Russia").
 */
function participleSource(
  view: SentenceView,
  cue: CueMatch,
  start: number,
  cues: CueMatch[],
): RefGroup | null | undefined {
  const { tokens, groups } = view;
  const noun = tokens[cue.index - 1];
  if (!noun || !/^\p{Ll}+$/u.test(noun.text) || noun.text.endsWith("ly") || PREPOSITIONS.has(noun.lower))
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

function isPossibility(tokens: readonly Token[], start: number, at: number): boolean {
  return tokens.slice(start, at).some((t) => MODALS_OF_POSSIBILITY.has(t.lower));
}

function isPassive(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const w = tokens[k]?.lower ?? "";
    if (BE_FORMS.has(w)) return true;
    // "was not condemned by": a negator sits between the auxiliary and the participle.
    if (NEGATORS.has(w)) continue;
    if (!w.endsWith("ly") && w !== "also" && w !== "widely" && w !== "being" && w !== "been") return false;
  }
  return false;
}

/** The subject of the nearest speech verb before `at`: who reports the clause. */
function reportingSubject(view: SentenceView, at: number): RefGroup | undefined {
  const { tokens, groups } = view;
  for (let k = at - 1; k >= 0; k--) {
    if (isSpeechVerb(tokens[k], tokens[k + 1])) {
      // "Biden said", "Biden also said", "Kremlin spokesman Dmitry Peskov said"
      const subject = groups.find(
        (g) => (g.end === k || g.end === k - 1) && !g.refs.every((r) => r.possessive),
      );
      if (subject) return subject;
    }
  }
  if (view.speaker && isInsideQuote(tokens, at))
    return (
      groups.find((g) => g.refs.includes(view.speaker as Ref)) ?? {
        refs: [view.speaker],
        start: view.speaker.start,
        end: view.speaker.end,
      }
    );
  return undefined;
}

function speakerField(view: SentenceView, source: RefGroup, at: number): { speaker?: string } {
  const own = source.refs.flatMap((r) => r.speakers);
  if (own.length === 1 && own[0]) return { speaker: own[0] };
  const reporter = reportingSubject(view, at);
  const names = reporter?.refs.flatMap((r) => r.speakers) ?? [];
  // The person who voiced it: "Mr. Blair said New Delhi would be willing to open talks ...".
  if (reporter && reporter !== source && names.length === 1 && names[0]) return { speaker: names[0] };
  return {};
}
