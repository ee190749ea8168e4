import { holdersOf, termCovers } from "../lexicon/offices.ts";
import type { Lexicon, OfficeRole, Person } from "../lexicon/types.ts";
import type { Article, Assertion } from "../model/assertion.ts";
import type { RuleNote, SentenceExplanation } from "../model/explanation.ts";
import { findSpeaker } from "./clauses/speaker.ts";
import { type CueLexicon, type CueMatch, defaultCueLexicon } from "./cues/cues.ts";
import { attachConditionFragment } from "./findings/conditionFragment.ts";
import { OpponentTally } from "./findings/opponentTally.ts";
import { toAssertions } from "./findings/toAssertions.ts";
import { Discourse } from "./mentions/coreference.ts";
import { groupRefs, type RefGroup } from "./mentions/groups.ts";
import { MentionIndex } from "./mentions/mentionIndex.ts";
import { findRefs, type NameMemory, type Ref } from "./mentions/mentions.ts";
import { findVoice } from "./mentions/voice.ts";
import { ActMemory } from "./relations/acts.ts";
import { sentenceSubject } from "./relations/arguments.ts";
import type { Finding, SentenceView } from "./relations/finding.ts";
import { findRelations } from "./relations/relations.ts";
import type { Sentence } from "./text/sentences.ts";
import { splitSentences } from "./text/sentences.ts";
import { type Token, tokenize } from "./text/tokenize.ts";

export interface Extractor {
  /**
   * Every assertion the article states, in text order. Pure: no I/O. With
   * `explain`, each sentence that names an actor or holds a cue is reported
   * with the rules that fired or blocked there.
   */
  extract(article: Article, explain?: (e: SentenceExplanation) => void): Assertion[];
}

/** Builds the matchers for a lexicon once; the extractor is then reused for many articles. */
export function createExtractor(lexicon: Lexicon): Extractor {
  const shared: Matchers = {
    lexicon,
    index: new MentionIndex(lexicon),
    cues: defaultCueLexicon(),
    peopleByName: new Map(lexicon.people.map((p) => [p.name, p])),
  };
  return {
    extract: (article, explain) => new ArticleReading(shared, article, explain).run(),
  };
}

/** What every article is read with: the lexicon and the lookup tables built from it. */
interface Matchers {
  lexicon: Lexicon;
  index: MentionIndex;
  cues: CueLexicon;
  peopleByName: Map<string, Person>;
}

/** One article read sentence by sentence, with what the article has said so far. */
class ArticleReading {
  private readonly memory = articleMemory();
  private readonly voice: string | null;
  private readonly discourse: Discourse;
  private readonly opponents: OpponentTally;
  private readonly acts = new ActMemory();
  private readonly out: Assertion[] = [];
  /** Offers of talks in the previous sentence, which a bare condition may qualify. */
  private offers: Assertion[] = [];
  private readonly sentences: Sentence[];

  constructor(
    private readonly m: Matchers,
    private readonly article: Article,
    private readonly explain: ((e: SentenceExplanation) => void) | undefined,
  ) {
    const { index, lexicon, peopleByName } = m;
    const date = article.date;
    this.sentences = splitSentences(article.text, article.bodyStart);
    this.voice = findVoice(
      this.sentences,
      (s) => {
        const tokens = tokenize(s.text, s.start);
        return { tokens, refs: this.refsOf(tokens) };
      },
      article.source,
      (id) => index.actors.get(id)?.kind === "state",
    );
    // Office lookups scan every term: remember them for the article.
    const holders = new Map<string, ReturnType<typeof holderOn>>();
    this.discourse = new Discourse(
      this.voice,
      (actor, role) => {
        const key = `${actor}>${role}`;
        if (!holders.has(key)) holders.set(key, holderOn(lexicon, actor, role, date));
        return holders.get(key);
      },
      (name) => roleOn(peopleByName.get(name), date),
      (actor) => index.actors.get(actor)?.kind,
      (actor) => index.actors.get(actor)?.label,
    );
    this.opponents = new OpponentTally(this.voice);
  }

  run(): Assertion[] {
    for (const sentence of this.sentences) this.read(sentence);
    return this.out;
  }

  private refsOf(tokens: Token[]): Ref[] {
    return findRefs(tokens, this.m.index, this.memory, (persons) => pickByDate(persons, this.article.date));
  }

  private read(sentence: Sentence): void {
    const conditioned = attachConditionFragment(this.article.text, sentence, this.offers);
    this.offers = [];
    const tokens = tokenize(sentence.text, sentence.start);
    const refs = this.refsOf(tokens);
    if (refs.length === 0 && !this.explain) return;
    const groups = groupRefs(tokens, refs);
    const speaker = findSpeaker(tokens, groups);
    this.discourse.resolveSentence(groups, speaker, sentenceSubject(tokens, groups));
    const found = this.m.cues.findCues(tokens);
    const notes: RuleNote[] = conditioned.map((a) => ({
      rule: "talks.condition-next-sentence",
      outcome: "fired",
      cue: "",
      detail: `the previous sentence's offer: ${a.source} conditions_talks_on ${a.target}`,
    }));
    const opponent = this.opponents.leader;
    // Every field, absent ones undefined: one object shape for all the relation finders.
    const view: SentenceView = {
      tokens,
      groups,
      cues: found,
      speaker,
      voice: this.voice,
      opponent,
      acts: this.acts,
      trace: this.explain ? { note: (n: RuleNote) => void notes.push(n) } : undefined,
    };
    if (refs.length > 0) {
      this.acts.remember(view);
      for (const finding of findRelations(view)) this.add(finding, sentence, tokens);
    }
    if (this.explain && (refs.length > 0 || found.length > 0 || conditioned.length > 0))
      this.explain(explanationOf(this.article, sentence, tokens, refs, found, notes));
  }

  private add(finding: Finding, sentence: Sentence, tokens: Token[]): void {
    for (const assertion of toAssertions(finding, this.article, sentence, tokens, this.m.index)) {
      this.opponents.add(assertion);
      this.out.push(assertion);
      if (assertion.relation === "offers_talks") this.offers.push(assertion);
    }
  }
}

function articleMemory(): NameMemory {
  const names = new Map<string, { actor: string; speaker: string }>();
  return {
    get: (name) => names.get(name),
    set: (name, value) => void names.set(name, value),
    acronyms: new Map(),
  };
}

/** Several people share a surname ("Bush"): take the one in office on the article's date. */
function pickByDate(persons: Person[], date: string | null): Person | undefined {
  if (persons.length <= 1 || !date) return persons[0];
  const inOffice = persons.find((p) =>
    p.terms.some((t) => t.from <= date && (t.to === null || date <= t.to)),
  );
  if (inOffice) return inOffice;
  // Otherwise the one whose tenure ended or began closest to the date.
  const distance = (p: Person) =>
    Math.min(
      ...p.terms.map((t) => Math.min(Math.abs(diff(t.from, date)), Math.abs(diff(t.to ?? date, date)))),
    );
  return [...persons].sort((a, b) => distance(a) - distance(b))[0];
}

function diff(a: string, b: string): number {
  return Date.parse(a) - Date.parse(b);
}

// Undated articles resolve offices to their current holders (terms still open).
const OPEN_TERM = "9999-12-31";

function holderOn(
  lexicon: Lexicon,
  actor: string,
  role: OfficeRole,
  date: string | null,
): { name: string; gender?: "m" | "f" } | undefined {
  const person = holdersOf(lexicon, actor, role, date ?? OPEN_TERM)[0];
  return person && { name: person.name, ...(person.gender ? { gender: person.gender } : {}) };
}

function roleOn(person: Person | undefined, date: string | null): OfficeRole | undefined {
  return person?.terms.find((t) => termCovers(t, date ?? OPEN_TERM))?.role;
}

export type { Ref, RefGroup };

function explanationOf(
  article: Article,
  sentence: Sentence,
  tokens: Token[],
  refs: Ref[],
  cues: CueMatch[],
  notes: RuleNote[],
): SentenceExplanation {
  const words = (from: number, to: number) => article.text.slice(tokens[from]?.start, tokens[to - 1]?.end);
  return {
    article: article.id,
    sentence: sentence.text,
    start: sentence.start,
    end: sentence.end,
    mentions: refs.map((r) => ({ text: words(r.start, r.end), actors: r.actors, kind: r.kind })),
    cues: cues.map((c) => ({ word: words(c.index, c.after), relation: c.relation, frame: c.frame })),
    notes:
      refs.length === 0
        ? [{ rule: "mentions.none", outcome: "blocked", cue: "", detail: "no actor named" }]
        : notes,
  };
}
