import { isRelation, type Relation } from "../../model/relations.ts";
import type { Token } from "../text/tokenize.ts";
import { addToWordClass, wordClass } from "../text/wordClasses.ts";
import { isLetters, isLowerWord, startsCapital, startsLetter } from "../text/wordShape.ts";
import { hasWordsAt, wordSet } from "../text/words.ts";
import cueData from "./data/relation-cues.json" with { type: "json" };

/** How a cue word is used: as a verb ("condemned Russia") or a noun ("support for Ukraine"). */
export type CueForm = "verb" | "noun";

export interface CueMatch {
  relation: Relation;
  /** The frame's stable name in relation-cues.json ("condemns.verb"), for --explain. */
  frame: string;
  form: CueForm;
  /** Token index of the cue word (the first word of a phrase). */
  index: number;
  /** Token index just after the cue (after a phrase's particle). */
  after: number;
  /** Talk cues become offers_talks / conditions_talks_on / rejects by context. */
  talks: boolean;
  /** "accept", "recognise": only a relation ("rejects") when negated. */
  requiresNegation: boolean;
  /** "Israel and Hamas traded accusations": the subject's members toward each other. */
  reciprocal?: boolean;
  /** What a negation-requiring cue means without the negation, if anything ("recognised X": supports). */
  positive?: Relation;
  /**
   * "the United States reneges on its commitments": the clause subject is the
   * target, and whoever states the sentence (speaker, document voice) the source.
   */
  accusation: boolean;
  /** See CueGroup.ownerIsTarget. */
  ownerIsTarget: boolean;
  /** Prepositions that introduce the target anywhere in the object ("recalled its envoy from X"). */
  targetPreps?: string[];
  /** Where the target is found when not in the object: "that-subject" ("regret that X did not ..."). */
  target?: "that-subject";
  /** "hold ... accountable": the target sits between the verb and this token index. */
  slotEnd?: number;
  /** Verb form is a past participle or "-ed" form (passive voice candidate). */
  participle: boolean;
  /** Verb form ends in -ing. */
  gerund: boolean;
}

interface CueGroup {
  name: string;
  /** "traded accusations": every member of the subject toward every other. */
  reciprocal?: boolean;
  /** For a frame that needs negation: the relation it expresses without one ("recognised Palestine" supports). */
  positive?: string;
  targetPreps?: string[];
  target?: string;
  relation: Relation;
  verbs?: string[];
  nouns?: string[];
  phrases?: string[];
  slot?: string;
  slotWords?: string[];
  /** Nouns that are a cue only with a target preposition after them ("arms to", "opposition to"). */
  nounsNeedTarget?: string[];
  /** The group's words are cues only before one of these phrases ("right" + "to defend", "regret" + "that"). */
  followedBy?: string[];
  /** Never a cue before one of these phrases ("welcomed him to Paris" is hospitality). */
  notFollowedBy?: string[];
  /** The verb is a cue only with one of these words in its object ("committed war crimes"). */
  withObject?: string[];
  /** "Israel's right to defend itself": the noun's owner is the target, the clause subject the source. */
  ownerIsTarget?: boolean;
  talks?: boolean;
  requiresNegation?: boolean;
  accusation?: boolean;
}

interface VerbEntry {
  group: CueGroup;
  participle: boolean;
  gerund: boolean;
  /** For phrases: the particle words that must follow ("out" of "rule out"). */
  particle?: string[];
}

/** Regular inflections of a verb lemma: condemn -> condemns, condemned, condemning. */
export function inflect(lemma: string): { form: string; participle: boolean; gerund: boolean }[] {
  const stem = lemma.endsWith("e") ? lemma.slice(0, -1) : lemma;
  const third = /(s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  const forms = [
    { form: lemma, participle: false, gerund: false },
    { form: third, participle: false, gerund: false },
    { form: `${stem}ed`, participle: true, gerund: false },
    { form: `${stem}ing`, participle: false, gerund: true },
  ];
  // "regret" -> "regretted", "commit" -> "committing": a final consonant after one vowel may double.
  if (/[^aeiou][aeiou][bdglmnprt]$/.test(lemma)) {
    const last = lemma.at(-1);
    forms.push(
      { form: `${lemma}${last}ed`, participle: true, gerund: false },
      { form: `${lemma}${last}ing`, participle: false, gerund: true },
    );
  }
  return forms;
}

/** "slam:slam|slams|slammed|slamming" -> explicit forms; "condemn" -> regular inflection. */
export function verbForms(spec: string): { form: string; participle: boolean; gerund: boolean }[] {
  const [lemma, explicit] = spec.split(":");
  if (!explicit) return inflect(lemma ?? spec);
  return explicit.split("|").map((form, i, all) => ({
    form,
    participle:
      i > 1 && i === all.length - 2 ? true : /ed$|[^i]en$|held|met|struck|spoke|stood|sat|hit/.test(form),
    gerund: form.endsWith("ing"),
  }));
}

/** The words of every cue lexicon built so far: a token without this bit is no cue word. */
const CUE_WORD = wordClass([]);

/** Lookup tables built once from the cue data. */
export class CueLexicon {
  private readonly verbs = new Map<string, VerbEntry[]>();
  /** Every cue verb form and noun: most words are neither, and one lookup tells. */
  private readonly cueWords = new Set<string>();
  private readonly nouns = new Map<string, CueGroup>();
  /** Cue nouns that are also plural nouns ("attacks", "strikes"), for telling verbs from nouns. */
  private readonly nounWords = new Set<string>();

  constructor(groups: CueGroup[]) {
    for (const group of groups) {
      for (const spec of group.verbs ?? []) {
        for (const f of verbForms(spec))
          this.addVerb(f.form, { group, participle: f.participle, gerund: f.gerund });
      }
      for (const spec of group.phrases ?? []) {
        const [words, forms] = spec.split(":");
        const [head, ...particle] = (words ?? "").split(" ");
        if (!head) continue;
        const list = forms ? verbForms(`${head}:${forms}`) : inflect(head);
        for (const f of list) {
          this.addVerb(f.form, { group, participle: f.participle, gerund: f.gerund, particle });
        }
      }
      for (const noun of group.nouns ?? []) {
        this.nouns.set(noun, group);
        this.cueWords.add(noun);
        this.nounWords.add(noun);
      }
    }
    addToWordClass(CUE_WORD, this.cueWords);
  }

  private addVerb(form: string, entry: VerbEntry): void {
    const list = this.verbs.get(form) ?? [];
    list.push(entry);
    this.cueWords.add(form);
    // Phrases first, so "rule out" wins over a plain verb of the same head.
    list.sort((a, b) => (b.particle?.length ?? 0) - (a.particle?.length ?? 0));
    this.verbs.set(form, list);
  }

  /** Every cue in a token list, in order; phrase particles are consumed. */
  findCues(tokens: readonly Token[]): CueMatch[] {
    const out: CueMatch[] = [];
    // "Security Council Press Statement on Afghanistan": in a title-case headline a
    // capitalised word is a name or a noun, not a verb of the sentence.
    const titleCase = isTitleCase(tokens);
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i];
      // Except a third-person verb right after a capitalised word: "Brazil Slams Paraguay".
      if (!tok || (titleCase && i > 0 && tok.text !== tok.lower && !headlineVerb(tokens, i))) continue;
      // Checked here, not only in matchAt: its closures over `i` make each call allocate a scope.
      if ((tok.classes & CUE_WORD) === 0 || !this.cueWords.has(tok.lower)) continue;
      const match = this.matchAt(tokens, i, titleCase);
      if (match) out.push(match);
    }
    return out;
  }

  private matchAt(tokens: readonly Token[], i: number, titleCase = false): CueMatch | null {
    const word = tokens[i]?.lower ?? "";
    const tok = tokens[i]?.text ?? "";
    if (!this.cueWords.has(word)) return null;
    // "the Arab Coalition to Support Legitimacy", "the Alliance of Sahel States": a
    // capitalised word inside a name is neither a verb nor a noun of the sentence.
    if (i > 0 && tok !== word && !titleCase && isInName(tokens, i)) return null;
    let nounGroup = this.nouns.get(word);
    if (nounGroup?.nounsNeedTarget?.includes(word) && !NOUN_TARGET_PREPS.has(tokens[i + 1]?.lower ?? ""))
      nounGroup = undefined;
    if (
      nounGroup?.followedBy &&
      !nounGroup.followedBy.some((phrase) => startsWithPhrase(tokens, i + 1, phrase))
    ) {
      nounGroup = undefined;
    }
    const nounContext = nounGroup !== undefined && looksLikeNoun(tokens, i, this.nounWords);
    if (nounGroup && nounContext) return this.cue(nounGroup, "noun", i, i + 1, false, false);
    for (const entry of this.verbs.get(word) ?? []) {
      let after = i + 1;
      if (entry.particle) {
        // Particles may be separated by an object: "turned the offer down" is rare in news; require adjacency.
        if (!hasWordsAt(tokens, i + 1, entry.particle)) continue;
        after = i + 1 + entry.particle.length;
      }
      const group = entry.group;
      if (group.followedBy && !group.followedBy.some((p) => startsWithPhrase(tokens, after, p))) continue;
      if (notFollowed(tokens, after, group.notFollowedBy)) continue;
      if (group.withObject && findSlotEnd(tokens, after, group.withObject, 7) < 0) continue;
      if (entry.group.slot) {
        const slotEnd = findSlotEnd(tokens, after, entry.group.slotWords ?? []);
        if (slotEnd < 0) continue;
        return this.cue(entry.group, "verb", i, after, entry.participle, entry.gerund, slotEnd);
      }
      // "their disputed border", "the contested region": a participle after a determiner is an adjective.
      if (entry.participle && ARTICLES.has(tokens[i - 1]?.lower ?? "")) continue;
      // "the back channel", "a strike": base forms after a determiner are nouns, not verbs.
      if (
        !entry.particle &&
        !entry.participle &&
        !entry.gerund &&
        looksLikeNoun(tokens, i, this.nounWords) &&
        !nounGroup
      )
        continue;
      if (
        word === "back" &&
        ["up", "to", "down", "in", "from", "on", "into"].includes(tokens[i + 1]?.lower ?? "")
      )
        continue;
      return this.cue(entry.group, "verb", i, after, entry.participle, entry.gerund);
    }
    if (nounGroup && !this.verbs.has(word) && tokens[i + 1]?.lower !== "coalition")
      return this.cue(nounGroup, "noun", i, i + 1, false, false);
    return null;
  }

  private cue(
    group: CueGroup,
    form: CueForm,
    index: number,
    after: number,
    participle: boolean,
    gerund: boolean,
    slotEnd?: number,
  ): CueMatch {
    // Every field, in one order: one object shape for the functions that read cues.
    return {
      relation: group.relation,
      frame: group.name,
      form,
      index,
      after,
      talks: group.talks === true,
      requiresNegation: group.requiresNegation === true,
      reciprocal: group.reciprocal ? true : undefined,
      positive: group.positive && isRelation(group.positive) ? group.positive : undefined,
      accusation: group.accusation === true,
      ownerIsTarget: group.ownerIsTarget === true,
      targetPreps: group.targetPreps,
      target: group.target === "that-subject" ? "that-subject" : undefined,
      slotEnd,
      participle,
      gerund,
    };
  }
}

/** Whether the tokens from `at` begin with `phrase` ("to self" matches "to self-defence"). */
function startsWithPhrase(tokens: readonly Token[], at: number, phrase: string): boolean {
  return hasWordsAt(tokens, at, phrase.split(" "));
}

// "with support from", "without backing": a cue word after these is a noun.
const NOUN_AFTER = wordSet("nounAfter");
// "arms to", "opposition to": the prepositions that make a target-needing noun a cue.
const NOUN_TARGET_PREPS = wordSet("nounTargetPreps");
// "their continued support", "a strong rebuke": words before a noun, not a verb.
const DETERMINERS = wordSet("determiners");
// Words that stay lower case in title-case headlines ("Press Statement on Afghanistan").
const SMALL_WORDS = wordSet("smallWords");

function headlineVerb(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]?.lower ?? "";
  return (
    word.endsWith("s") && startsCapital(tokens[i - 1]?.text ?? "") && startsCapital(tokens[i + 1]?.text ?? "")
  );
}

function isTitleCase(tokens: readonly Token[]): boolean {
  // Headlines carry no full stop; sentences that end like one are never headlines.
  if (/^[.!?"”’']$/.test(tokens.at(-1)?.text ?? "")) return false;
  const words = tokens.filter((t) => startsLetter(t.text) && !SMALL_WORDS.has(t.text));
  if (words.length < 4) return false;
  const capitalised = words.filter((t) => startsCapital(t.text)).length;
  return capitalised / words.length >= 0.75;
}

const ARTICLES = new Set([
  "the",
  "a",
  "an",
  "their",
  "its",
  "his",
  "her",
  "our",
  "my",
  "your",
  "this",
  "these",
  "those",
]);

// "will support", "to back", "they condemn": a cue word after these is a verb.
const VERB_MARKERS = wordSet("verbMarkers");

/**
 * "their continued support for", "last night's unprecedented air attack" -> noun;
 * "we support", "will continue to support" -> verb. Looks back over a few
 * lower-case modifiers for a determiner or a possessive.
 */
export function looksLikeNoun(
  tokens: readonly Token[],
  i: number,
  nounWords: ReadonlySet<string> = NO_WORDS,
): boolean {
  const word = tokens[i]?.lower ?? "";
  const next = tokens[i + 1]?.lower ?? "";
  if (
    ["of", "for", "with", "to", "against", "on", "from"].includes(next) &&
    /s$|ion$|ance$|ism$|ity$|ment$/.test(word)
  )
    return true;
  // "a text that condemns Hamas": after "that", an -s form is a verb (a plural would need "those").
  if (tokens[i - 1]?.lower === "that" && word.endsWith("s")) return false;
  // "The bloc condemns Russia's annexation": an -s form after "the N" is the verb, unless a plural noun.
  if (
    word.endsWith("s") &&
    !nounWords.has(word) &&
    ARTICLES.has(tokens[i - 2]?.lower ?? "") &&
    isLowerWord(tokens[i - 1]?.text ?? "")
  )
    return false;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const t = tokens[k];
    if (!t) break;
    // "with support from", "without backing": after a preposition it is a noun.
    if (DETERMINERS.has(t.lower) || (k === i - 1 && NOUN_AFTER.has(t.lower))) return true;
    if (VERB_MARKERS.has(t.lower) || startsCapital(t.text) || !isLetters(t.norm)) return false;
    // "My country welcomes", "the ministry rejected": a word for an actor is the subject.
    if (k === i - 1 && ACTOR_NOUNS.has(t.lower)) return false;
  }
  return false;
}

const NO_WORDS: ReadonlySet<string> = new Set();

const ACTOR_NOUNS = new Set([...wordSet("agentHeads"), ...wordSet("possessedActorNouns")]);

/**
 * Whether one of `phrases` follows within a few words: "welcomed the Kenyan president
 * to the Elysee". In a phrase, "^" stands for any capitalised word ("to ^": "to Paris").
 */
function notFollowed(tokens: readonly Token[], from: number, phrases: string[] | undefined): boolean {
  if (!phrases) return false;
  for (let k = from; k < Math.min(tokens.length, from + 6); k++) {
    if (/^[.;:,]$/.test(tokens[k]?.norm ?? "")) return false;
    const hit = phrases.some((p) =>
      p
        .split(" ")
        .every((w, n) => (w === "^" ? startsCapital(tokens[k + n]?.text ?? "") : tokens[k + n]?.lower === w)),
    );
    if (hit) return true;
  }
  return false;
}

/** A capitalised word next to another capitalised word: part of a name, not a verb. */
function isInName(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]?.text ?? "";
  const next = tokens[i + 1]?.text ?? "";
  const upper = (t: string) => startsCapital(t);
  return (
    upper(next) || upper(prev) || (["to", "for", "of"].includes(prev) && upper(tokens[i - 2]?.text ?? ""))
  );
}

function findSlotEnd(tokens: readonly Token[], from: number, words: string[], span = 10): number {
  for (let k = from; k < Math.min(tokens.length, from + span); k++) {
    const w = tokens[k]?.lower ?? "";
    if (words.includes(w)) return k;
    if (w === "." || w === ";") return -1;
  }
  return -1;
}

let defaultCues: CueLexicon | undefined;

/** The built-in cue lexicon (src/extract/data/relation-cues.json), built once. */
export function defaultCueLexicon(): CueLexicon {
  defaultCues ??= new CueLexicon(
    cueData.cues.map((c) => {
      if (!isRelation(c.relation)) throw new Error(`relation-cues.json: invalid relation: ${c.relation}`);
      return { ...c, relation: c.relation };
    }),
  );
  return defaultCues;
}
