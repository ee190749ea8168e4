import type { OfficeRole, Person } from "../../lexicon/types.ts";
import type { ActorKind } from "../../model/actor.ts";
import type { Token } from "../text/tokenize.ts";
import { wordClass } from "../text/wordClasses.ts";
import { isCapitalised, isLowerWord, startsCapital, startsLower } from "../text/wordShape.ts";
import { descriptionHeads, wordSet } from "../text/words.ts";
import { INDEX_START, type IndexEntry, type MentionIndex } from "./mentionIndex.ts";

/** How a reference to an actor was written. */
export type RefKind =
  | "name"
  | "metonym"
  | "demonym"
  | "person"
  | "role"
  | "pronoun"
  | "group"
  | "relative"
  | "description";

/**
 * A reference to one or more actors in a sentence: a name, a person, a role
 * ("the US president"), a pronoun, a plural description ("the two presidents").
 * Pronouns and descriptions start unresolved; coreference fills `actors`.
 */
export interface Ref {
  kind: RefKind;
  /** Token span [start, end). */
  start: number;
  end: number;
  actors: string[];
  /** The people behind the reference, when known ("Joe Biden"). */
  speakers: string[];
  role?: OfficeRole;
  gender?: "m" | "f";
  plural: boolean;
  possessive: boolean;
  /** Pronoun or description word ("he", "they", "two"), lower case. */
  word?: string;
  /** Group size for "the two presidents", "both countries". */
  count?: number;
  /** Demonym that only modifies a thing ("sovereign Ukrainian lands"), not an agent. */
  modifierOnly?: boolean;
  /** "a spokesperson": an unnamed person in the office, whose holder must not be guessed. */
  indefinite?: boolean;
  /** "Israel-linked", "US-led": part of a compound adjective, never an actor in the clause. */
  compound?: boolean;
  /** For "the bloc", "the country": the kind of actor it describes. */
  descriptionKind?: ActorKind;
  /** True when actors came from coreference, not from the words themselves. */
  resolved?: boolean;
  /** "Niger's military junta": the description head that names this actor later ("the junta"). */
  describedAs?: string;
}

export interface NameMemory {
  /** Names first seen with a title in this article: "Atal Behari Vajpayee" -> IND. */
  get(name: string): { actor: string; speaker: string } | undefined;
  set(name: string, value: { actor: string; speaker: string }): void;
  /** Acronyms the article introduced in brackets: "the Gulf Cooperation Council (GCC)" -> GCC. */
  readonly acronyms: Map<string, string>;
}

// Words that make a bracketed acronym's name an actor the lexicon does not know:
// "the Alliance of Sahel States (AES)", "the Rapid Support Forces (RSF)".
const ORGANISATION_WORDS = new Set(wordSet("organisationWords"));
const ACRONYM = /^(?=(?:.*\p{Lu}){2})\p{Lu}[\p{L}&-]{1,9}$/u;

// Head nouns that make a demonym an agent: "Russian forces", "Indian officials".
const AGENT_HEADS = wordSet("agentHeads");

interface PronounInfo {
  plural: boolean;
  gender?: "m" | "f";
  possessive: boolean;
  first?: boolean;
}

const PRONOUNS = new Map<string, PronounInfo>([
  ["he", { plural: false, gender: "m", possessive: false }],
  ["him", { plural: false, gender: "m", possessive: false }],
  ["his", { plural: false, gender: "m", possessive: true }],
  ["she", { plural: false, gender: "f", possessive: false }],
  ["her", { plural: false, gender: "f", possessive: true }],
  ["it", { plural: false, possessive: false }],
  ["its", { plural: false, possessive: true }],
  ["they", { plural: true, possessive: false }],
  ["them", { plural: true, possessive: false }],
  ["their", { plural: true, possessive: true }],
  ["we", { plural: true, possessive: false, first: true }],
  ["us", { plural: true, possessive: false, first: true }],
  ["our", { plural: true, possessive: true, first: true }],
  ["i", { plural: false, possessive: false, first: true }],
  ["me", { plural: false, possessive: false, first: true }],
  ["my", { plural: false, possessive: true, first: true }],
]);

export function isFirstPerson(word: string | undefined): boolean {
  return word !== undefined && PRONOUNS.get(word)?.first === true;
}

const DESCRIPTIONS = descriptionHeads();

// Words that end a description's modifiers: "the country of", "the bloc said".
const PREPOSITIONS_AND_VERBS = new Set([
  ...wordSet("prepositions"),
  ...wordSet("speechVerbs"),
  "and",
  "or",
  "is",
  "was",
  "has",
  "had",
  "will",
  "would",
]);

// "Vladimir Putin Thursday said": days and months end a name.
const DATE_WORDS = new Set([
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
]);

const IT_COPULAS = new Set(["is", "was", "'s", "seems", "seemed", "remains", "appears"]);

// Lower-case words that can start a reference: "the US president", "his French counterpart", "they", "both countries".
const REF_STARTERS = wordSet("refStarters");

// "their countries' support": nouns through which a possessive pronoun names actors.
const POSSESSED_ACTOR_NOUNS = wordSet("possessedActorNouns");
// "the two presidents", "both countries"
const NUMBERS = new Map([
  ["two", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
  ["both", 2],
]);
const GROUP_NOUNS = wordSet("groupNouns");
// Lower-case parts of names: "Faisal bin Farhan Al Saud", "Ursula von der Leyen".
const NAME_PARTICLES = wordSet("nameParticles");
// A capitalised word of a person's name ("O'Brien", "Jr."), and capitalised words that never are one.
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.]*$/u;
const NOT_NAME_WORDS = new Set(["The", "A", "An", "In", "On", "And", "But"]);
// "Mr. Singh", "Prince Faisal", "Ayatollah Ali Khamenei": a name follows.
const HONORIFICS = wordSet("honorifics");

/**
 * A reference with the given fields, the rest empty. Every reference has every
 * field, in this order: one object shape, so the compiled code of the many
 * functions that read references is not thrown away for each new shape.
 */
export function ref(kind: RefKind, start: number, end: number, fields: Partial<Ref> = {}): Ref {
  const r: Ref = {
    kind,
    start,
    end,
    actors: [],
    speakers: [],
    role: undefined,
    gender: undefined,
    plural: false,
    possessive: false,
    word: undefined,
    count: undefined,
    modifierOnly: undefined,
    indefinite: undefined,
    compound: undefined,
    descriptionKind: undefined,
    resolved: undefined,
    describedAs: undefined,
  };
  return Object.assign(r, fields);
}

/**
 * Lower-case words that may start a reference: determiners, pronouns, first words of
 * titles and of dictionary forms; built once per dictionary. refAt looks a lower-case
 * word up here only when it has one of STARTER_CLASSES (most words have neither).
 */
const starterSets = new WeakMap<MentionIndex, Set<string>>();
const STARTER_CLASSES = wordClass([...REF_STARTERS, ...PRONOUNS.keys()]) | INDEX_START;
function lowerStarters(index: MentionIndex): Set<string> {
  let set = starterSets.get(index);
  if (!set) {
    set = new Set([...REF_STARTERS, ...PRONOUNS.keys(), ...index.lowerCaseFirstWords()]);
    starterSets.set(index, set);
  }
  return set;
}

/** Capitalised or a number: "Russia", "G7". Cheaper than a Unicode regex on every token. */
function startsUpper(text: string): boolean {
  const code = text.charCodeAt(0);
  // ASCII by code (toLowerCase makes a string, and this runs on every word); other letters by case.
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  const first = text[0] ?? "";
  return first !== first.toLowerCase();
}

/** Finds every actor reference in a sentence's tokens, left to right. */
export function findRefs(
  tokens: readonly Token[],
  index: MentionIndex,
  memory: NameMemory,
  pickPerson: (p: Person[]) => Person | undefined,
): Ref[] {
  const refs = new RefFinder(tokens, index, memory, pickPerson).all();
  adoptAcronyms(tokens, refs, memory, index);
  return markDescribed(tokens, markPossessives(tokens, refs));
}

/** One sentence's reference scan: the tokens, the dictionary and the article's memory of names. */
class RefFinder {
  private readonly norms: string[];
  private readonly lowers: string[];
  private readonly starters: Set<string>;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly index: MentionIndex,
    private readonly memory: NameMemory,
    private readonly pickPerson: (p: Person[]) => Person | undefined,
  ) {
    this.norms = tokens.map((t) => t.norm);
    this.lowers = tokens.map((t) => t.lower);
    this.starters = lowerStarters(index);
  }

  all(): Ref[] {
    const refs: Ref[] = [];
    let i = 0;
    while (i < this.tokens.length) {
      const ref = this.refAt(i);
      if (ref) {
        if (ref.kind !== "name" || ref.actors.length > 0) refs.push(ref);
        i = Math.max(ref.end, i + 1);
      } else i++;
    }
    return refs;
  }

  /** The reference that starts at token `i`, or null: the first reader below that finds one. */
  private refAt(i: number): Ref | null {
    // Most words cannot start a reference: lower-case words other than determiners,
    // pronouns and titles, and punctuation. Skip them before any dictionary work.
    const token = this.tokens[i];
    const text = token?.text ?? "";
    const lower = this.lowers[i] ?? "";
    const norm = this.norms[i] ?? "";
    const starter =
      startsUpper(text) ||
      (norm === lower
        ? ((token?.classes ?? 0) & STARTER_CLASSES) !== 0 && this.starters.has(lower)
        : REF_STARTERS.has(lower) ||
          PRONOUNS.has(lower) ||
          this.index.isTitleStart(lower) ||
          this.index.startsEntry(norm));
    if (!starter) return null;
    const entry = this.index.match(this.norms, i);
    if (entry?.kind === "nonactor") return ref("name", i, i + entry.tokens.length);
    const remembered = entry ? null : this.rememberedRef(i);
    if (remembered) return remembered;
    // "[the] [US|Kremlin|Russian] <title> [Name]"
    const described = this.describedPerson(i, entry && entry.kind !== "person" ? entry : undefined);
    if (described) return described;
    const named = entry ? this.entryRef(i, entry) : null;
    if (named) return named;
    // "the bloc would continue to back Kyiv", "the Lebanese militant group", "the junta"
    const description = lower === "the" ? this.descriptionAt(i + 1) : undefined;
    return (
      this.honorificRef(i) ?? this.pronounRef(i) ?? this.groupRef(i) ?? description ?? this.relativeRef(i)
    );
  }

  /** An acronym the article introduced ("GCC"), or a name it met with a title ("Petro's decision"). */
  private rememberedRef(i: number): Ref | null {
    const norm = this.norms[i] ?? "";
    const adopted = this.memory.acronyms.get(norm);
    if (adopted) return ref("name", i, i + 1, { actors: [adopted] });
    const met = HONORIFICS.has(norm) ? undefined : this.memory.get(norm);
    if (met && startsUpper(this.tokens[i]?.text ?? "") && !startsUpper(this.tokens[i + 1]?.text ?? "x"))
      return ref("person", i, i + 1, { actors: [met.actor], speakers: [met.speaker] });
    return null;
  }

  /** A dictionary entry: a person, a demonym ("Russian forces") or a name or metonym. */
  private entryRef(i: number, entry: IndexEntry): Ref | null {
    if (entry.kind === "person" && entry.persons)
      return this.personRef(i, i + entry.tokens.length, entry.persons);
    if (!entry.actor) return null;
    const end = i + entry.tokens.length;
    if (entry.kind === "demonym") {
      // "Russian forces" acts; "sovereign Ukrainian lands" only describes; "Iranians" are people.
      const agentHead = AGENT_HEADS.has(this.lowers[end] ?? "");
      const plural = /s$/.test(entry.tokens.at(-1) ?? "") && !agentHead;
      return ref("demonym", i, agentHead ? end + 1 : end, {
        actors: [entry.actor],
        plural: agentHead || plural,
        modifierOnly: !agentHead && !plural,
      });
    }
    // "Israel-linked ships", "a US-led coalition": the name only describes another thing.
    const compound = this.norms[end] === "-" && startsLower(this.tokens[end + 1]?.text ?? "");
    return ref(entry.kind === "metonym" ? "metonym" : "name", i, compound ? end + 2 : end, {
      actors: [entry.actor],
      modifierOnly: compound || undefined,
      compound: compound || undefined,
    });
  }

  /** "Mr. Singh", "Sheikh Tamim": an honorific and the name after it. */
  private honorificRef(i: number): Ref | null {
    if (!HONORIFICS.has(this.norms[i] ?? "") || this.norms[i] === "King") return null;
    const nameEnd = this.properNameEnd(i + 1);
    return nameEnd > i + 1 ? this.namedRef(i, i + 1, nameEnd, undefined) : null;
  }

  /** "he", "their", "my country", "their countries'": pronouns, resolved later by coreference. */
  private pronounRef(i: number): Ref | null {
    const lower = this.lowers[i] ?? "";
    const pronoun = PRONOUNS.get(lower);
    // "It was the deadliest strike", "it is clear that": "it" before a copula rarely means an actor.
    if (!pronoun || (lower === "it" && IT_COPULAS.has(this.lowers[i + 1] ?? ""))) return null;
    if (lower === "us" && this.norms[i] === "US") return null;
    // "their countries' support", "my country welcomes", "his government said": the
    // pronoun and the noun together stand for the actor, possessor of what follows or not.
    const withNoun = pronoun.possessive && POSSESSED_ACTOR_NOUNS.has(this.lowers[i + 1] ?? "");
    const marker = this.norms[i + 2];
    const possessive = withNoun ? marker === "'" || marker === "'s" : pronoun.possessive;
    const end = withNoun ? (possessive ? i + 3 : i + 2) : i + 1;
    // Fields set directly: an object spread here, on every pronoun, cost more than the rest of the rule.
    return ref("pronoun", i, end, {
      plural: pronoun.plural,
      word: lower,
      gender: pronoun.gender,
      possessive,
    });
  }

  /** "the two presidents", "both countries", "our nations". */
  private groupRef(i: number): Ref | null {
    const lower = this.lowers[i] ?? "";
    const det = lower === "the" || lower === "our" || lower === "these" ? 1 : 0;
    const count = NUMBERS.get(this.lowers[i + det] ?? "");
    const noun = this.lowers[i + det + (count ? 1 : 0)] ?? "";
    if (!(count || lower === "our") || !GROUP_NOUNS.has(noun)) return null;
    return ref("group", i, i + det + (count ? 1 : 0) + 1, {
      plural: true,
      word: lower === "our" ? "our" : noun,
      count: count || undefined,
    });
  }

  /** ", who" and ", which": relative pronouns, resolved to the actor right before. */
  private relativeRef(i: number): Ref | null {
    const lower = this.lowers[i] ?? "";
    if ((lower !== "who" && lower !== "which") || this.tokens[i - 1]?.norm !== ",") return null;
    return ref("relative", i, i + 1, { word: lower });
  }

  /** "[the] [up to two modifiers] bloc|junta|militant group", `head` the this.index after "the". */
  private descriptionAt(from: number): Ref | undefined {
    for (let head = from; head <= from + 2; head++) {
      const word = this.lowers[head] ?? "";
      const kind = DESCRIPTIONS.get(word);
      const modified = head > from;
      if (
        kind &&
        (!modified || this.tokens[head]?.text === word) &&
        this.lowers[head + 1] !== "of" &&
        this.norms[head + 1] !== "'s"
      )
        return ref("description", from - 1, head + 1, { word, descriptionKind: kind });
      // Modifiers: lower-case words ("militant") or demonyms ("Lebanese"), never a name or a preposition.
      const text = this.tokens[head]?.text ?? "";
      const entry = startsUpper(text) ? this.index.match(this.norms, head) : undefined;
      const modifier = startsUpper(text)
        ? entry?.kind === "demonym" || (!entry && isCapitalised(text))
        : isLowerWord(text) && !PREPOSITIONS_AND_VERBS.has(word);
      if (!modifier) return undefined;
    }
    return undefined;
  }

  /** "US President Joe Biden", "Kremlin spokesman Dmitry Peskov", "the foreign minister", "his French counterpart". */
  private describedPerson(
    i: number,
    modifier: { actor?: string; tokens: string[]; kind: string } | undefined,
  ): Ref | null {
    let k = i;
    const lead = this.lowers[k];
    const determiner = lead === "the" || lead === "his" || lead === "her" || lead === "their";
    if (determiner) k++;
    let actor: string | undefined;
    let mod = modifier;
    if (determiner) {
      const m = this.index.match(this.norms, k);
      if (m?.actor && m.kind !== "person") mod = m;
      else mod = undefined;
    }
    if (mod?.actor) {
      actor = mod.actor;
      k += mod.tokens.length;
    }
    if (this.lowers[k] === "counterpart" && determiner && lead !== "the") {
      return ref("role", i, k + 1, { actors: actor ? [actor] : [], word: "counterpart" });
    }
    const title = this.index.matchTitle(this.lowers, k);
    if (!title) return null;
    // A title must look like one: "President", "foreign minister"; not "Council" alone.
    const afterTitle = k + title.tokens.length;
    let nameStart = afterTitle;
    while (HONORIFICS.has(this.norms[nameStart] ?? "")) nameStart++;
    const nameEnd = this.properNameEnd(nameStart);
    if (nameEnd > nameStart) return this.namedRef(i, nameStart, nameEnd, actor, title.role);
    if (!determiner && !actor) return null; // "President" alone at a sentence start is not a reference.
    return ref("role", i, afterTitle, {
      actors: actor ? [actor] : [],
      role: title.role,
      word: title.tokens.join(" "),
      // "a State Department spokesperson": someone in that office, not its holder.
      indefinite: this.lowers[i - 1] === "a" || this.lowers[i - 1] === "an" || undefined,
    });
  }

  /** A person named after a title or honorific; unknown names take the title's actor and are remembered. */
  private namedRef(
    start: number,
    nameStart: number,
    nameEnd: number,
    actor: string | undefined,
    role?: OfficeRole,
  ): Ref | null {
    const name = this.tokens
      .slice(nameStart, nameEnd)
      .map((t) => t.text)
      .join(" ")
      .replace(/ - /g, "-");
    for (let s = nameStart; s < nameEnd; s++) {
      const e = this.index.match(this.norms, s);
      // The known name must end the written one: "President Sharif Sheikh Ahmed" is not a Sharif.
      if (e?.kind === "person" && e.persons && s + e.tokens.length === nameEnd) {
        const person = this.pickPerson(e.persons);
        if (person) this.rememberSurname(s, nameEnd, person, actor);
        if (person) return ref("person", start, nameEnd, personFields(person, actor, role));
      }
    }
    const known = this.memory.get(name) ?? this.memory.get(this.tokens[nameEnd - 1]?.text ?? "");
    const resolved = actor ?? known?.actor;
    if (!resolved) return null;
    if (actor) {
      this.memory.set(name, { actor, speaker: name });
      const surname = this.tokens[nameEnd - 1]?.text;
      if (surname) this.memory.set(surname, { actor, speaker: name });
    }
    return ref("person", start, nameEnd, {
      actors: [resolved],
      speakers: [known?.speaker ?? name],
      role,
    });
  }

  private personRef(start: number, end: number, persons: Person[]): Ref | null {
    const person = this.pickPerson(persons);
    if (!person) return null;
    if (end - start > 1) this.rememberSurname(start, end, person, undefined);
    return ref("person", start, end, personFields(person, undefined));
  }

  /** "Gustavo Petro ... Petro's decision": the surname of a named person stands for them in the article. */
  private rememberSurname(
    nameStart: number,
    nameEnd: number,
    person: Person,
    actor: string | undefined,
  ): void {
    const value = { actor: actor ?? person.actor, speaker: person.name };
    const surname = this.tokens[nameEnd - 1]?.text;
    if (surname && !this.memory.get(surname)) this.memory.set(surname, value);
    // "Kim Jong-il ... Mr. Kim": a hyphenated given name follows the family name.
    const first = this.tokens[nameStart]?.text;
    const hyphenated = this.tokens.slice(nameStart, nameEnd).some((t) => t.norm === "-");
    if (first && hyphenated && !this.memory.get(first)) this.memory.set(first, value);
  }

  /** End of a run of capitalised name words (with particles "bin", "Al"), or `from` if none. */
  private properNameEnd(from: number): number {
    let k = from;
    while (k < this.tokens.length) {
      const t = this.tokens[k]?.text ?? "";
      if (NAME_WORD.test(t) && !NOT_NAME_WORDS.has(t) && !DATE_WORDS.has(t)) k++;
      else if (k > from && NAME_PARTICLES.has(t) && startsCapital(this.tokens[k + 1]?.text ?? "")) k++;
      // "Lee Myung-bak"
      else if (
        k > from &&
        t === "-" &&
        isLowerWord(this.tokens[k + 1]?.text ?? "") &&
        this.tokens[k]?.start === this.tokens[k - 1]?.end
      )
        k += 2;
      else break;
    }
    return k;
  }
}

/**
 * "the Gulf Cooperation Council (GCC)": the acronym names the same actor for the
 * rest of the article. An unknown name whose words say it is an organisation or
 * an armed group ("the Alliance of Sahel States (AES)") becomes an actor with the
 * acronym as its id, and the name before the brackets a reference to it.
 */
function adoptAcronyms(tokens: readonly Token[], refs: Ref[], memory: NameMemory, index: MentionIndex): void {
  for (let p = 1; p + 2 < tokens.length; p++) {
    // Apart from the loop: closures over `p` would make every word allocate its own scope.
    if (tokens[p]?.norm === "(" && tokens[p + 2]?.norm === ")") adoptAcronym(tokens, refs, memory, index, p);
  }
}

/** The acronym in brackets at `p`, if the words before name what it stands for. */
function adoptAcronym(
  tokens: readonly Token[],
  refs: Ref[],
  memory: NameMemory,
  index: MentionIndex,
  p: number,
): void {
  const acronym = tokens[p + 1]?.text ?? "";
  if (!ACRONYM.test(acronym) || index.match([acronym], 0) || memory.acronyms.has(acronym)) return;
  const named = refs.find((r) => r.end === p && r.actors.length === 1 && r.kind === "name");
  if (named?.actors[0]) {
    memory.acronyms.set(acronym, named.actors[0]);
    return;
  }
  let start = p;
  while (start > 0 && /^(\p{Lu}|of$|for$|and$|the$)/u.test(tokens[start - 1]?.text ?? "")) start--;
  while (start < p && /^(of|for|and|the|The)$/.test(tokens[start]?.text ?? "")) start++;
  const words = tokens.slice(start, p).map((t) => t.text);
  if (words.length < 2 || !words.some((w) => ORGANISATION_WORDS.has(w))) return;
  if (refs.some((r) => r.start < p && r.end > start)) return;
  memory.acronyms.set(acronym, acronym);
  refs.splice(refs.filter((r) => r.start < start).length, 0, ref("name", start, p, { actors: [acronym] }));
}

/** "Niger's military junta", "Iran's Revolutionary Guards": the description head after a possessive name. */
function markDescribed(tokens: readonly Token[], refs: Ref[]): Ref[] {
  for (const ref of refs) {
    if (!ref.possessive || ref.kind === "pronoun" || ref.actors.length !== 1) continue;
    // The last head of the run: "Niger's military junta" is a junta.
    for (let k = ref.end; k < ref.end + 3 && isLowerWord(tokens[k]?.text ?? ""); k++) {
      const w = tokens[k]?.lower ?? "";
      if (DESCRIPTIONS.has(w)) ref.describedAs = w;
    }
  }
  return refs;
}

function personFields(person: Person, actor: string | undefined, role?: OfficeRole): Partial<Ref> {
  return { actors: [actor ?? person.actor], speakers: [person.name], gender: person.gender, role };
}

/** "Russia's attempt", "their countries' support": the ref is followed by a possessive marker. */
function markPossessives(tokens: readonly Token[], refs: Ref[]): Ref[] {
  for (const ref of refs) {
    const next = tokens[ref.end]?.norm;
    if (next === "'s" || (next === "'" && /s$/.test(tokens[ref.end - 1]?.text ?? ""))) {
      ref.possessive = true;
      ref.end += 1;
    }
  }
  return refs;
}
