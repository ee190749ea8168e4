import type { OfficeRole, Person } from "../../lexicon/types.ts";
import type { ActorKind } from "../../model/actor.ts";
import type { Token } from "../text/tokenize.ts";
import { descriptionHeads, wordSet } from "../text/words.ts";
import type { MentionIndex } from "./mentionIndex.ts";

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
// "Mr. Singh", "Prince Faisal", "Ayatollah Ali Khamenei": a name follows.
const HONORIFICS = wordSet("honorifics");

/** Capitalised or a number: "Russia", "G7". Cheaper than a Unicode regex on every token. */
function startsUpper(text: string): boolean {
  const first = text[0] ?? "";
  return first !== first.toLowerCase() || (first >= "0" && first <= "9");
}

/** Finds every actor reference in a sentence's tokens, left to right. */
export function findRefs(
  tokens: readonly Token[],
  index: MentionIndex,
  memory: NameMemory,
  pickPerson: (p: Person[]) => Person | undefined,
): Ref[] {
  const norms = tokens.map((t) => t.norm);
  const lowers = tokens.map((t) => t.lower);
  const refs: Ref[] = [];
  let i = 0;
  while (i < tokens.length) {
    const ref = refAt(i);
    if (ref) {
      if (ref.kind !== "name" || ref.actors.length > 0) refs.push(ref);
      i = Math.max(ref.end, i + 1);
    } else i++;
  }
  adoptAcronyms(tokens, refs, memory, index);
  return markDescribed(tokens, markPossessives(tokens, refs));

  function refAt(i: number): Ref | null {
    // Most words cannot start a reference: lower-case words other than determiners,
    // pronouns and titles, and punctuation. Skip them before any dictionary work.
    const text = tokens[i]?.text ?? "";
    const lower = lowers[i] ?? "";
    const starter =
      startsUpper(text) ||
      REF_STARTERS.has(lower) ||
      PRONOUNS.has(lower) ||
      index.isTitleStart(lower) ||
      index.startsEntry(norms[i] ?? "");
    if (!starter) {
      return null;
    }
    const entry = index.match(norms, i);
    const adopted = entry ? undefined : memory.acronyms.get(norms[i] ?? "");
    if (adopted)
      return {
        kind: "name",
        start: i,
        end: i + 1,
        actors: [adopted],
        speakers: [],
        plural: false,
        possessive: false,
      };
    // "Colombian President Gustavo Petro ... Petro's decision": a name the article introduced.
    const met = entry || HONORIFICS.has(norms[i] ?? "") ? undefined : memory.get(norms[i] ?? "");
    if (met && startsUpper(text) && !startsUpper(tokens[i + 1]?.text ?? "x"))
      return {
        kind: "person",
        start: i,
        end: i + 1,
        actors: [met.actor],
        speakers: [met.speaker],
        plural: false,
        possessive: false,
      };
    if (entry?.kind === "nonactor")
      return {
        kind: "name",
        start: i,
        end: i + entry.tokens.length,
        actors: [],
        speakers: [],
        plural: false,
        possessive: false,
      };
    // "[the] [US|Kremlin|Russian] <title> [Name]"
    const described = describedPerson(i, entry && entry.kind !== "person" ? entry : undefined);
    if (described) return described;
    if (entry?.kind === "person" && entry.persons)
      return personRef(i, i + entry.tokens.length, entry.persons);
    if (entry?.actor) {
      const end = i + entry.tokens.length;
      if (entry.kind === "demonym") {
        // "Russian forces" acts; "sovereign Ukrainian lands" only describes; "Iranians" are people.
        const head = lowers[end] ?? "";
        const agentHead = AGENT_HEADS.has(head);
        const plural = /s$/.test(entry.tokens.at(-1) ?? "") && !agentHead;
        return {
          kind: "demonym",
          start: i,
          end: agentHead ? end + 1 : end,
          actors: [entry.actor],
          speakers: [],
          plural: agentHead || plural,
          possessive: false,
          modifierOnly: !agentHead && !plural,
        };
      }
      // "Israel-linked ships", "a US-led coalition": the name only describes another thing.
      const compound = norms[end] === "-" && /^\p{Ll}/u.test(tokens[end + 1]?.text ?? "");
      return {
        kind: entry.kind === "metonym" ? "metonym" : "name",
        start: i,
        end: compound ? end + 2 : end,
        actors: [entry.actor],
        speakers: [],
        plural: false,
        possessive: false,
        ...(compound ? { modifierOnly: true, compound: true } : {}),
      };
    }
    if (HONORIFICS.has(norms[i] ?? "") && norms[i] !== "King") {
      const nameEnd = properNameEnd(i + 1);
      if (nameEnd > i + 1) return namedRef(i, i + 1, nameEnd, undefined);
    }

    const pronoun = PRONOUNS.get(lower);
    // "It was the deadliest strike", "it is clear that": "it" before a copula rarely means an actor.
    if (lower === "it" && IT_COPULAS.has(lowers[i + 1] ?? "")) return null;
    if (pronoun && !(lower === "us" && norms[i] === "US")) {
      // "their countries' support", "my country welcomes", "his government said": the
      // pronoun and the noun together stand for the actor, possessor of what follows or not.
      if (pronoun.possessive && POSSESSED_ACTOR_NOUNS.has(lowers[i + 1] ?? "")) {
        const possessive = ["'", "'s"].includes(norms[i + 2] ?? "");
        return {
          kind: "pronoun",
          start: i,
          end: possessive ? i + 3 : i + 2,
          actors: [],
          speakers: [],
          plural: pronoun.plural,
          possessive,
          word: lower,
          ...(pronoun.gender ? { gender: pronoun.gender } : {}),
        };
      }
      return {
        kind: "pronoun",
        start: i,
        end: i + 1,
        actors: [],
        speakers: [],
        plural: pronoun.plural,
        possessive: pronoun.possessive,
        word: lower,
        ...(pronoun.gender ? { gender: pronoun.gender } : {}),
      };
    }
    // "the two presidents", "both countries", "our nations"
    const det = lower === "the" || lower === "our" || lower === "these" ? 1 : 0;
    const count = NUMBERS.get(lowers[i + det] ?? "");
    const noun = lowers[i + det + (count ? 1 : 0)] ?? "";
    if ((count || lower === "our") && GROUP_NOUNS.has(noun)) {
      const end = i + det + (count ? 1 : 0) + 1;
      return {
        kind: "group",
        start: i,
        end,
        actors: [],
        speakers: [],
        plural: true,
        possessive: false,
        word: lower === "our" ? "our" : noun,
        ...(count ? { count } : {}),
      };
    }
    // "the bloc would continue to back Kyiv", "the country" (not "the country of ..."),
    // "the Lebanese militant group", "the military junta"
    const description = lower === "the" ? descriptionAt(i + 1) : undefined;
    if (description) return description;
    if ((lower === "who" || lower === "which") && tokens[i - 1]?.norm === ",") {
      return {
        kind: "relative",
        start: i,
        end: i + 1,
        actors: [],
        speakers: [],
        plural: false,
        possessive: false,
        word: lower,
      };
    }
    return null;
  }

  /** "[the] [up to two modifiers] bloc|junta|militant group", `head` the index after "the". */
  function descriptionAt(from: number): Ref | undefined {
    for (let head = from; head <= from + 2; head++) {
      const word = lowers[head] ?? "";
      const kind = DESCRIPTIONS.get(word);
      const modified = head > from;
      if (
        kind &&
        (!modified || tokens[head]?.text === word) &&
        lowers[head + 1] !== "of" &&
        norms[head + 1] !== "'s"
      )
        return {
          kind: "description",
          start: from - 1,
          end: head + 1,
          actors: [],
          speakers: [],
          plural: false,
          possessive: false,
          word,
          descriptionKind: kind,
        };
      // Modifiers: lower-case words ("militant") or demonyms ("Lebanese"), never a name or a preposition.
      const text = tokens[head]?.text ?? "";
      const entry = startsUpper(text) ? index.match(norms, head) : undefined;
      const modifier = startsUpper(text)
        ? entry?.kind === "demonym" || (!entry && /^\p{Lu}\p{Ll}+$/u.test(text))
        : /^\p{Ll}+$/u.test(text) && !PREPOSITIONS_AND_VERBS.has(word);
      if (!modifier) return undefined;
    }
    return undefined;
  }

  /** "US President Joe Biden", "Kremlin spokesman Dmitry Peskov", "the foreign minister", "his French counterpart". */
  function describedPerson(
    i: number,
    modifier: { actor?: string; tokens: string[]; kind: string } | undefined,
  ): Ref | null {
    let k = i;
    const lead = lowers[k];
    const determiner = lead === "the" || lead === "his" || lead === "her" || lead === "their";
    if (determiner) k++;
    let actor: string | undefined;
    let mod = modifier;
    if (determiner) {
      const m = index.match(norms, k);
      if (m?.actor && m.kind !== "person") mod = m;
      else mod = undefined;
    }
    if (mod?.actor) {
      actor = mod.actor;
      k += mod.tokens.length;
    }
    if (lowers[k] === "counterpart" && determiner && lead !== "the") {
      return {
        kind: "role",
        start: i,
        end: k + 1,
        actors: actor ? [actor] : [],
        speakers: [],
        plural: false,
        possessive: false,
        word: "counterpart",
      };
    }
    const title = index.matchTitle(lowers, k);
    if (!title) return null;
    // A title must look like one: "President", "foreign minister"; not "Council" alone.
    const afterTitle = k + title.tokens.length;
    let nameStart = afterTitle;
    while (HONORIFICS.has(norms[nameStart] ?? "")) nameStart++;
    const nameEnd = properNameEnd(nameStart);
    if (nameEnd > nameStart) return namedRef(i, nameStart, nameEnd, actor, title.role);
    if (!determiner && !actor) return null; // "President" alone at a sentence start is not a reference.
    return {
      kind: "role",
      start: i,
      end: afterTitle,
      actors: actor ? [actor] : [],
      speakers: [],
      plural: false,
      possessive: false,
      role: title.role,
      word: title.tokens.join(" "),
      // "a State Department spokesperson": someone in that office, not its holder.
      ...(lowers[i - 1] === "a" || lowers[i - 1] === "an" ? { indefinite: true } : {}),
    };
  }

  /** A person named after a title or honorific; unknown names take the title's actor and are remembered. */
  function namedRef(
    start: number,
    nameStart: number,
    nameEnd: number,
    actor: string | undefined,
    role?: OfficeRole,
  ): Ref | null {
    const name = tokens
      .slice(nameStart, nameEnd)
      .map((t) => t.text)
      .join(" ")
      .replace(/ - /g, "-");
    for (let s = nameStart; s < nameEnd; s++) {
      const e = index.match(norms, s);
      // The known name must end the written one: "President Sharif Sheikh Ahmed" is not a Sharif.
      if (e?.kind === "person" && e.persons && s + e.tokens.length === nameEnd) {
        const person = pickPerson(e.persons);
        if (person) rememberSurname(s, nameEnd, person, actor);
        if (person)
          return {
            ...personFields(person, actor),
            kind: "person",
            start,
            end: nameEnd,
            ...(role ? { role } : {}),
          };
      }
    }
    const known = memory.get(name) ?? memory.get(tokens[nameEnd - 1]?.text ?? "");
    const resolved = actor ?? known?.actor;
    if (!resolved) return null;
    if (actor) {
      memory.set(name, { actor, speaker: name });
      const surname = tokens[nameEnd - 1]?.text;
      if (surname) memory.set(surname, { actor, speaker: name });
    }
    return {
      kind: "person",
      start,
      end: nameEnd,
      actors: [resolved],
      speakers: [known?.speaker ?? name],
      plural: false,
      possessive: false,
      ...(role ? { role } : {}),
    };
  }

  function personRef(start: number, end: number, persons: Person[]): Ref | null {
    const person = pickPerson(persons);
    if (!person) return null;
    if (end - start > 1) rememberSurname(start, end, person, undefined);
    return { ...personFields(person, undefined), kind: "person", start, end };
  }

  /** "Gustavo Petro ... Petro's decision": the surname of a named person stands for them in the article. */
  function rememberSurname(
    nameStart: number,
    nameEnd: number,
    person: Person,
    actor: string | undefined,
  ): void {
    const value = { actor: actor ?? person.actor, speaker: person.name };
    const surname = tokens[nameEnd - 1]?.text;
    if (surname && !memory.get(surname)) memory.set(surname, value);
    // "Kim Jong-il ... Mr. Kim": a hyphenated given name follows the family name.
    const first = tokens[nameStart]?.text;
    const hyphenated = tokens.slice(nameStart, nameEnd).some((t) => t.norm === "-");
    if (first && hyphenated && !memory.get(first)) memory.set(first, value);
  }

  /** End of a run of capitalised name words (with particles "bin", "Al"), or `from` if none. */
  function properNameEnd(from: number): number {
    let k = from;
    while (k < tokens.length) {
      const t = tokens[k]?.text ?? "";
      if (/^\p{Lu}[\p{L}\p{M}'’.]*$/u.test(t) && !/^(The|A|An|In|On|And|But)$/.test(t) && !DATE_WORDS.has(t))
        k++;
      else if (k > from && NAME_PARTICLES.has(t) && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? "")) k++;
      // "Lee Myung-bak"
      else if (
        k > from &&
        t === "-" &&
        /^\p{Ll}+$/u.test(tokens[k + 1]?.text ?? "") &&
        tokens[k]?.start === tokens[k - 1]?.end
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
    const acronym = tokens[p + 1]?.text ?? "";
    if (tokens[p]?.norm !== "(" || tokens[p + 2]?.norm !== ")" || !ACRONYM.test(acronym)) continue;
    if (index.match([acronym], 0) || memory.acronyms.has(acronym)) continue;
    const named = refs.find((r) => r.end === p && r.actors.length === 1 && r.kind === "name");
    if (named?.actors[0]) {
      memory.acronyms.set(acronym, named.actors[0]);
      continue;
    }
    let start = p;
    while (start > 0 && /^(\p{Lu}|of$|for$|and$|the$)/u.test(tokens[start - 1]?.text ?? "")) start--;
    while (start < p && /^(of|for|and|the|The)$/.test(tokens[start]?.text ?? "")) start++;
    const words = tokens.slice(start, p).map((t) => t.text);
    if (words.length < 2 || !words.some((w) => ORGANISATION_WORDS.has(w))) continue;
    if (refs.some((r) => r.start < p && r.end > start)) continue;
    memory.acronyms.set(acronym, acronym);
    const ref: Ref = {
      kind: "name",
      start,
      end: p,
      actors: [acronym],
      speakers: [],
      plural: false,
      possessive: false,
    };
    refs.splice(refs.filter((r) => r.start < start).length, 0, ref);
  }
}

/** "Niger's military junta", "Iran's Revolutionary Guards": the description head after a possessive name. */
function markDescribed(tokens: readonly Token[], refs: Ref[]): Ref[] {
  for (const ref of refs) {
    if (!ref.possessive || ref.kind === "pronoun" || ref.actors.length !== 1) continue;
    for (let k = ref.end; k < ref.end + 3; k++) {
      const w = tokens[k]?.lower ?? "";
      if (DESCRIPTIONS.has(w)) ref.describedAs = w;
      if (!/^\p{Ll}+$/u.test(tokens[k]?.text ?? "") || DESCRIPTIONS.has(w)) break;
    }
  }
  return refs;
}

function personFields(person: Person, actor: string | undefined): Omit<Ref, "kind" | "start" | "end"> {
  return {
    actors: [actor ?? person.actor],
    speakers: [person.name],
    plural: false,
    possessive: false,
    ...(person.gender ? { gender: person.gender } : {}),
  };
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
