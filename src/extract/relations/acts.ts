import { clauseEnd, clauseStart, isHypothetical, isQuote, PREPOSITIONS } from "../clauses/clauses.ts";
import { isPassive } from "../clauses/modality.ts";
import { looksLikeNoun, verbForms } from "../cues/cues.ts";
import type { RefGroup } from "../mentions/groups.ts";
import type { Token } from "../text/tokenize.ts";
import { wordClass } from "../text/wordClasses.ts";
import { isLowerWord, startsLower } from "../text/wordShape.ts";
import { hasWordsAt, wordSet } from "../text/words.ts";
import { subjectOf } from "./arguments.ts";
import actData from "./data/acts.json" with { type: "json" };
import type { ActAuthors, SentenceView } from "./finding.ts";

/**
 * Acts and their authors. "The members of the Council condemned the attack"
 * names an act, not an actor: the target is whoever performed it, stated in the
 * same sentence ("the attack, attributed to the Houthis", "the decision of the
 * authorities of Burma", "for which the Taliban claimed responsibility") or
 * earlier in the article ("Al-Shabab militants attacked a base ... Ban condemned
 * the attack"). Kinds of acts, their nouns and verbs are data (data/acts.json).
 */

type Kind = string;

const KIND_OF_NOUN = new Map<string, Kind>();
const KIND_OF_VERB = new Map<string, Kind>();
for (const [kind, spec] of Object.entries(actData.kinds)) {
  for (const noun of spec.nouns) KIND_OF_NOUN.set(noun, kind);
  for (const verb of spec.verbs) for (const form of formsOf(verb)) KIND_OF_VERB.set(form, kind);
}
const AUTHORING = new Set(actData.authoring.flatMap(formsOf));
/** Every act noun, act verb and authoring word: one lookup rules out most words of a sentence. */
const ACT_WORD = wordClass([...KIND_OF_NOUN.keys(), ...KIND_OF_VERB.keys(), ...AUTHORING]);
const AUTHOR_LINKS = actData.authorLinks.map((l) => l.split(" "));
const LINK_STARTS = new Set(AUTHOR_LINKS.map((l) => l[0] ?? ""));
const OWNED_BY_OF = new Set(actData.ownedByOf);
// People and bodies that act for an actor: "issued by leaders of Kosovo".
const SPOKESPEOPLE = wordSet("transparentHeads");
const REPRESSION = new Set(actData.repression.acts);
const VICTIMS = new Set(actData.repression.victims);
const COUPS = new Set(actData.repression.coups);
// Words that may stand between a verb and the head noun of its object: "the egregious and escalatory drone attack".
const MAX_OBJECT_WORDS = 8;

function formsOf(spec: string): string[] {
  return verbForms(spec).map((f) => f.form);
}

/** An act named in a sentence: its kind and the token index of its noun. */
export interface ActNoun {
  kind: Kind;
  index: number;
}

/**
 * The head noun of the object that starts at `from`, if it names an act:
 * "the attack", "Friday's "horrifying" terrorist attack", "a draft resolution".
 * Stops at a preposition, a clause boundary or an actor name.
 */
export function actNounAt(tokens: readonly Token[], from: number, end: number): ActNoun | undefined {
  let found: ActNoun | undefined;
  let words = 0;
  for (let k = from; k < end && words < MAX_OBJECT_WORDS; k++) {
    const t = tokens[k];
    if (!t) break;
    // 'Friday's "horrifying" terrorist attack': quotes inside the phrase are not words of it.
    if (isQuote(t)) continue;
    words++;
    const kind = KIND_OF_NOUN.get(t.lower);
    // "the attack" or "the draft resolution": the last act noun of the run is the head.
    if (kind) found = { kind, index: k };
    else if (found) break;
    else if (PREPOSITIONS.has(t.lower) || t.norm === "," || t.norm === ";") break;
  }
  return found;
}

/** The actor group that authored the act at `act`, as the same sentence states it. */
export function authorInSentence(view: SentenceView, act: ActNoun): RefGroup | undefined {
  const { tokens, groups } = view;
  // "Hamas' terrorist attacks", "Iran's decision": a possessor before the noun.
  const possessor = groups.find(
    (g) =>
      g.end <= act.index &&
      g.end >= act.index - 3 &&
      g.refs.at(-1)?.possessive &&
      tokens.slice(g.end, act.index).every((t) => startsLower(t.text) || isQuote(t)),
  );
  if (possessor) return possessor;
  // "an Australian ultimatum", "a Japanese-Australian draft resolution": demonyms of the author.
  const demonyms = demonymsBefore(tokens, groups, act.index);
  if (demonyms) return demonyms;
  const here = authorNamedAfter(view, act);
  if (here !== undefined) return here ?? undefined;
  const noun = tokens[act.index]?.lower ?? "";
  return REPRESSION.has(noun) || COUPS.has(noun) ? stateWhereItHappened(view, act) : undefined;
}

/**
 * "the killing of protesters in Guinea": violence against a state's own people,
 * with no author named, is laid at the door of the state where it happens.
 */
function stateWhereItHappened(view: SentenceView, act: ActNoun): RefGroup | undefined {
  const { tokens, groups } = view;
  // "the coup in Myanmar": the state where the military seized power.
  if (COUPS.has(tokens[act.index]?.lower ?? "") && tokens[act.index + 1]?.lower === "in")
    return groups.find((x) => x.start === act.index + 2 && x.refs.every((r) => r.kind === "name"));
  if (tokens[act.index + 1]?.lower !== "of") return undefined;
  for (let k = act.index + 2; k < Math.min(tokens.length, act.index + 6); k++) {
    const w = tokens[k]?.lower ?? "";
    if (!VICTIMS.has(w)) continue;
    if (tokens[k + 1]?.lower !== "in") return undefined;
    const g = groups.find((x) => x.start === k + 2);
    return g?.refs.every((r) => r.kind === "name") ? g : undefined;
  }
  return undefined;
}

/**
 * The author named after the act noun: a group, null when a "by" phrase names
 * no known actor ("by unknown gunmen"), undefined when nothing is said.
 */
function authorNamedAfter(view: SentenceView, act: ActNoun): RefGroup | null | undefined {
  const { tokens } = view;
  const end = Math.min(tokens.length, act.index + 30);
  for (let k = act.index + 1; k < end; k++) {
    const w = tokens[k]?.lower ?? "";
    if (w === "." || w === ";") break;
    // Apart from the loop, and only for the words it reads: its closures make each call allocate a scope.
    if (w !== "which" && w !== "that" && w !== "claimed" && w !== "of" && !LINK_STARTS.has(w)) continue;
    const author = authorAt(view, act, k, w);
    if (author !== undefined) return author;
  }
  return undefined;
}

/** The author that the words at `k` (`w` the first) name for the act, null for "by" no known actor. */
function authorAt(view: SentenceView, act: ActNoun, k: number, w: string): RefGroup | null | undefined {
  const { tokens, groups } = view;
  // "the plan, which Beijing had put forward": the subject of a relative clause that authors it.
  if ((w === "which" || w === "that") && k <= act.index + 2) {
    const g = groups.find((x) => x.start === k + 1 || (x.start === k + 2 && tokens[k + 1]?.lower === "the"));
    const verb =
      g && tokens.slice(g.end, g.end + 3).find((t) => AUTHORING.has(t.lower) || KIND_OF_VERB.has(t.lower));
    if (g && verb) return g;
  }
  // "the attack ..., attributed to the Houthis", "blasts claimed by the group": near the noun.
  for (const link of k <= act.index + 12 && LINK_STARTS.has(w) ? AUTHOR_LINKS : []) {
    if (!hasWordsAt(tokens, k, link)) continue;
    // "an offer from Kabul", not "a vehicle carrying peacekeepers from the UN".
    if (link[0] === "from" && k !== act.index + 1) continue;
    // "a call rejected by Moscow": the agent of another participle, not the act's author.
    const prev = tokens[k - 1]?.lower ?? "";
    if (link.length === 1 && prev.endsWith("ed") && !AUTHORING.has(prev) && !KIND_OF_VERB.has(prev)) continue;
    const after = k + link.length;
    const g = groupStartingNear(groups, tokens, after);
    if (g) return g;
    if (link[0] === "by" && k <= act.index + 2) return null;
  }
  // "..., for which the Taliban have claimed responsibility"
  if (w === "claimed" && tokens[k + 1]?.lower === "responsibility") {
    const g = [...groups].reverse().find((x) => x.end <= k && x.start > act.index);
    if (g) return g;
  }
  // "the decision of the authorities of Burma/Myanmar": the author follows "of".
  if (w === "of" && k === act.index + 1 && OWNED_BY_OF.has(tokens[act.index]?.lower ?? "")) {
    const g = groupStartingNear(groups, tokens, k + 1);
    if (g) return g;
  }
  return undefined;
}

/**
 * The demonyms or names that modify a noun: "an Australian ultimatum", "a west
 * African peace plan", "a Japanese-Australian draft", "a U.S. request". Only
 * adjectives may stand between; a name must follow an article ("a U.S. request",
 * not "Russia condemned the attack").
 */
function demonymsBefore(tokens: readonly Token[], groups: RefGroup[], at: number): RefGroup | undefined {
  // "the US-led invasion", "a Saudi-backed offensive": the compound names the author.
  const compound = groups.find((g) => g.end === at && g.refs.every((r) => r.compound));
  if (compound) return compound;
  const refs = [];
  let k = at - 1;
  while (k >= at - 3 && isLowerWord(tokens[k]?.text ?? "") && !ARTICLES.has(tokens[k]?.lower ?? "")) k--;
  for (;;) {
    const g = groups.find((x) => x.end === k + 1);
    const modifier = (r: RefGroup["refs"][number]) =>
      (r.kind === "demonym" && r.modifierOnly) ||
      (r.kind === "name" && !r.possessive && ARTICLES.has(tokens[(g?.start ?? 0) - 1]?.lower ?? ""));
    if (!g?.refs.every(modifier)) break;
    refs.unshift(...g.refs);
    k = g.start - 1;
    if (tokens[k]?.norm !== "-" && tokens[k]?.lower !== "and") break;
    k--;
  }
  const first = refs[0];
  return first ? { refs, start: first.start, end: refs.at(-1)?.end ?? first.end } : undefined;
}

const ARTICLES = new Set(["a", "an", "the", "its", "their", "this", "that", "these", "those"]);

/** An actor group starting at `at`, after an optional article and transparent head ("the authorities of"). */
function groupStartingNear(groups: RefGroup[], tokens: readonly Token[], at: number): RefGroup | undefined {
  let k = at;
  if (["the", "a", "an"].includes(tokens[k]?.lower ?? "")) k++;
  const direct = groups.find((g) => g.start >= at && g.start <= k);
  if (direct) return direct;
  // "the authorities of Burma", "leaders of Kosovo's ethnic Albanian majority"
  const head = tokens[k]?.lower ?? "";
  if (tokens[k + 1]?.lower === "of" && (OWNED_BY_OF.has(head) || SPOKESPEOPLE.has(head)))
    return groupStartingNear(groups, tokens, k + 2);
  return undefined;
}

/**
 * The acts a relative pronoun at `at` may stand for, earliest first: in "a draft
 * resolution that presents Iraq with ... demands, which France says it will veto"
 * the main clause's object (the resolution) comes before nouns nested in it.
 */
export function actsBefore(tokens: readonly Token[], at: number): ActNoun[] {
  const out: ActNoun[] = [];
  for (let k = Math.max(0, at - 25); k < at; k++) {
    const t = tokens[k];
    if (t?.norm === ";" || t?.norm === ":") out.length = 0;
    const kind = KIND_OF_NOUN.get(t?.lower ?? "");
    // The last noun of a run is its head: "draft resolution".
    if (kind && !KIND_OF_NOUN.has(tokens[k + 1]?.lower ?? "")) out.push({ kind, index: k });
  }
  return out;
}

/** Who last performed each kind of act in an article, latest first. */
export class ActMemory implements ActAuthors {
  private readonly authors = new Map<Kind, { actors: string[]; sentence: number }>();
  private sentence = 0;

  /** The actors who last performed an act of this kind, recently enough, other than `except`. */
  authorOf(kind: Kind, except: Set<string>): string[] | undefined {
    const last = this.authors.get(kind);
    if (!last || (kind !== "violence" && this.sentence - last.sentence > actData.recency)) return undefined;
    const actors = last.actors.filter((a) => !except.has(a));
    return actors.length > 0 ? actors : undefined;
  }

  /** Remembers the acts a sentence reports: "X attacked ...", "X introduced a draft", "blasts claimed by X". */
  remember(view: SentenceView): void {
    const { tokens, groups } = view;
    this.sentence++;
    // "Niger's military junta": the junta's coup is the state's.
    for (const g of groups) if (g.refs.some((r) => r.describedAs === "junta")) this.record("coup", g);
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      if (!t || (t.classes & ACT_WORD) === 0 || t.text !== t.lower) continue;
      const nounKind = KIND_OF_NOUN.get(t.lower);
      const verbKind = KIND_OF_VERB.get(t.lower);
      const authoring = AUTHORING.has(t.lower);
      // "if the army stopped its air strikes": an act in a condition did not happen.
      if ((!nounKind && !verbKind && !authoring) || isHypothetical(tokens, k)) continue;
      if (nounKind) {
        const author = authorInSentence(view, { kind: nounKind, index: k });
        if (author) this.record(nounKind, author);
      }
      // "condemned the attack": a verb form after a determiner is the noun.
      if ((!verbKind && !authoring) || (nounKind && looksLikeNoun(tokens, k))) continue;
      // An act noun in the object says what kind of act it was: "launched a missile".
      const object = actNounAt(tokens, k + 1, clauseEnd(tokens, k + 1));
      const kind = object?.kind ?? verbKind;
      if (!kind || isPassiveParticiple(tokens, k)) continue;
      const subject = subjectOf(view, clauseStart(tokens, k), k, []);
      if (subject && subject.start < k) this.record(kind, subject);
    }
  }

  private record(kind: Kind, group: RefGroup): void {
    const actors = [...new Set(group.refs.filter((r) => !r.modifierOnly).flatMap((r) => r.actors))];
    if (actors.length > 0) this.authors.set(kind, { actors, sentence: this.sentence });
  }
}

/** "was attacked", "were not launched": passive; "have been pressing" is progressive. */
function isPassiveParticiple(tokens: readonly Token[], k: number): boolean {
  return !(tokens[k]?.lower ?? "").endsWith("ing") && isPassive(tokens, k);
}
