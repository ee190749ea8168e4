import type { OfficeRole } from "../../lexicon/types.ts";
import type { ActorKind } from "../../model/actor.ts";
import { actorsOf, type RefGroup, speakersOf } from "./groups.ts";
import { isFirstPerson, type Ref } from "./mentions.ts";

interface PersonMention {
  name: string;
  actor: string;
  gender?: "m" | "f";
  role?: OfficeRole;
}

/** Office holders by date, supplied by the extractor (lexicon lookup). */
export type HolderLookup = (
  actor: string,
  role: OfficeRole,
) => { name: string; gender?: "m" | "f" } | undefined;
export type RoleOf = (speaker: string) => OfficeRole | undefined;

/**
 * What an article has mentioned so far, for resolving "he", "they", "the two
 * presidents", "the foreign minister" and first-person "we" to actors.
 */
export class Discourse {
  private persons: PersonMention[] = [];
  private lastGroup: { actors: string[]; speakers: string[] } | null = null;
  /** Whether `lastGroup` was formed in the previous sentence. */
  private groupIsRecent = false;
  /** The person who was subject of the previous sentence. */
  private previousSubject: PersonMention | undefined;
  /** Distinct actors of the people named in the previous sentence. */
  private previousPeople: string[] = [];
  private lastSingular: string | null = null;
  private lastSubject: string[] | null = null;
  /** Actors named so far, latest last, for "the bloc" and "the country". */
  private recent = new Set<string>();
  /** Description words and the actors they last stood for: "junta" -> NER. */
  private described = new Map<string, string[]>();

  constructor(
    /** The actor the document speaks for ("We Iranians", a State Department byline). */
    readonly voice: string | null,
    private readonly holderOf: HolderLookup,
    private readonly roleOf: RoleOf,
    private readonly kindOf: (actor: string) => ActorKind | undefined,
    /** The actor's display name: "the Council" prefers an actor called "... Council". */
    private readonly labelOf: (actor: string) => string | undefined = () => undefined,
  ) {}

  /**
   * Fills `actors` of pronouns, descriptions and relatives in one sentence, in order,
   * then remembers the sentence's mentions. `speaker` is who the sentence quotes, if anyone.
   */
  resolveSentence(groups: RefGroup[], speaker: Ref | undefined, subject?: RefGroup): void {
    const seen: Ref[] = [];
    for (const group of groups) {
      for (const ref of group.refs) {
        if (ref.actors.length === 0 || ref.kind === "role") this.resolve(ref, seen, speaker, group, groups);
        if (ref.kind === "person" && !ref.role && ref.speakers[0]) {
          const role = this.roleOf(ref.speakers[0]);
          if (role) ref.role = role;
        }
        seen.push(ref);
      }
    }
    this.remember(groups, subject);
  }

  private resolve(
    ref: Ref,
    seen: Ref[],
    speaker: Ref | undefined,
    group: RefGroup,
    groups: RefGroup[],
  ): boolean {
    const word = ref.word ?? "";
    if (ref.kind === "pronoun" && isFirstPerson(word)) return this.firstPerson(ref, speaker);
    if (ref.kind === "pronoun" && (ref.gender === "m" || ref.gender === "f")) return this.gendered(ref, seen);
    if (ref.kind === "pronoun" && ref.plural) return this.pluralPronoun(ref, seen, groups);
    if (ref.kind === "pronoun") return this.singularPronoun(ref, seen);
    if (ref.kind === "description") return this.description(ref, seen);
    if (ref.kind === "group") return this.groupNoun(ref);
    if (ref.kind === "relative") return this.relative(ref, seen, group);
    if (ref.kind === "role") return this.role(ref);
    return false;
  }

  private firstPerson(ref: Ref, speaker: Ref | undefined): boolean {
    const set = assigner(ref);
    if (speaker && speaker !== ref && speaker.actors.length) return set(speaker.actors, speaker.speakers);
    if (this.voice) return set([this.voice]);
    // "We urge the DPRK ..." after "The United States, the ROK, and Japan condemn ...".
    if (ref.plural && this.lastGroup) return set(this.lastGroup.actors);
    if (this.lastSubject) return set(this.lastSubject);
    return false;
  }

  private gendered(ref: Ref, seen: Ref[]): boolean {
    const set = assigner(ref);
    // "Zelenskiy thanked him": an object pronoun is not its own clause's subject.
    const objectPronoun = ref.word === "him";
    const local = objectPronoun
      ? undefined
      : [...seen].reverse().find((r) => isPerson(r) && r.gender === ref.gender && r !== ref);
    if (local) return set(local.actors, local.speakers);
    // "Erdogan spoke to Putin by phone. He said ...": a sentence-initial pronoun continues the last subject.
    const previous = this.previousSubject;
    if (previous && seen.length === 0 && !objectPronoun && previous.gender === ref.gender)
      return set([previous.actor], [previous.name]);
    const here = new Set(speakersOf(seen));
    const earlier =
      [...this.persons]
        .reverse()
        .find((p) => p.gender === ref.gender && !(objectPronoun && here.has(p.name))) ?? this.persons.at(-1);
    if (earlier) return set([earlier.actor], [earlier.name]);
    return false;
  }

  private pluralPronoun(ref: Ref, seen: Ref[], groups: RefGroup[]): boolean {
    const set = assigner(ref);
    // "Russian forces and their proxies": the conjunct right before.
    const conjunct = seen.at(-1);
    if (
      ref.possessive &&
      conjunct &&
      conjunct.kind !== "pronoun" &&
      conjunct.end === ref.start - 1 &&
      conjunct.actors.length
    ) {
      return set(conjunct.actors, conjunct.speakers);
    }
    // "Biden and Macron ... their", "the two presidents ... they"
    const before = groups.filter((g) => g.end <= ref.start);
    const local = [...before].reverse().find((g) => actorsOf(g.refs).length > 1);
    if (local)
      return set(
        local.refs.flatMap((r) => r.actors),
        speakersOf(local.refs),
      );
    // "The members of the Security Council reaffirmed their support": the clause's own subject.
    const subject = ref.possessive
      ? seen.find((r) => r.actors.length && !r.modifierOnly && !r.possessive)
      : undefined;
    if (subject) return set(subject.actors, subject.speakers);
    // "Scholz met Macron in Berlin. They condemned Russia."
    if (this.previousPeople.length > 1 && !this.groupIsRecent) return set(this.previousPeople);
    if (this.lastGroup) return set(this.lastGroup.actors, this.lastGroup.speakers);
    if (this.lastSubject) return set(this.lastSubject);
    return false;
  }

  private singularPronoun(ref: Ref, seen: Ref[]): boolean {
    const set = assigner(ref);
    const local = [...seen]
      .reverse()
      .find(
        (r) =>
          !r.plural &&
          r.kind !== "person" &&
          r.kind !== "pronoun" &&
          r.actors.length === 1 &&
          !r.modifierOnly,
      );
    if (local) return set(local.actors);
    if (this.lastSingular) return set([this.lastSingular]);
    return false;
  }

  private description(ref: Ref, seen: Ref[]): boolean {
    const set = assigner(ref);
    // "the bloc", "the country": the latest actor of that kind.
    // A Set keeps insertion order: re-adding an actor moves it to the end.
    const named = [...this.recent, ...seen.flatMap((r) => r.actors)];
    named.reverse();
    const word = ref.word ?? "";
    // "Niger's military junta ... the junta": the actor last described with this word.
    const described = this.described.get(word);
    if (described) return set(described);
    const actor =
      named.find((a) => this.kindOf(a) === ref.descriptionKind && nameHas(this.labelOf(a), word)) ??
      named.find((a) => this.kindOf(a) === ref.descriptionKind);
    if (actor) return set([actor]);
    return false;
  }

  private groupNoun(ref: Ref): boolean {
    const set = assigner(ref);
    if (ref.word === "our" && this.voice && !this.lastGroup) return set([this.voice]);
    if (
      this.lastGroup &&
      (!ref.count ||
        this.lastGroup.actors.length <= ref.count ||
        this.lastGroup.speakers.length === ref.count)
    ) {
      return set(this.lastGroup.actors, this.lastGroup.speakers);
    }
    const people = this.persons.slice(-(ref.count ?? 2));
    if (people.length > 1)
      return set(
        people.map((p) => p.actor),
        people.map((p) => p.name),
      );
    return false;
  }

  private relative(ref: Ref, seen: Ref[], group: RefGroup): boolean {
    const set = assigner(ref);
    const antecedent = seen.at(-1);
    // "which" follows its actor directly ("Mali, which"); after other words it means a thing
    // ("the attack near Siby, Mali, which killed ...": the attack, not Mali) unless the
    // antecedent is the actor itself.
    const adjacent = antecedent !== undefined && antecedent.end >= ref.start - 1;
    if (antecedent?.actors.length && !group.refs.includes(antecedent) && (ref.word === "who" || adjacent))
      return set(antecedent.actors, antecedent.speakers);
    return false;
  }

  private role(ref: Ref): boolean {
    const set = assigner(ref);
    // "the US president": the actor is known; find the person for the evidence.
    if (ref.actors.length && ref.role && !ref.indefinite) {
      const actor = ref.actors[0] ?? "";
      const named = [...this.persons].reverse().find((p) => p.actor === actor && p.role === ref.role);
      const holder = named ?? this.holderOf(actor, ref.role);
      if (holder) {
        ref.speakers = [holder.name];
        if (holder.gender) ref.gender = holder.gender;
      }
      return false;
    }
    if (ref.actors.length) return false;
    // "the foreign minister", "the Secretary": the last person in that office.
    const match = [...this.persons].reverse().find((p) => p.role !== undefined && p.role === ref.role);
    if (match) return set([match.actor], [match.name]);
    if (this.voice && ref.role) {
      const holder = this.holderOf(this.voice, ref.role);
      if (holder?.gender) ref.gender = holder.gender;
      return set([this.voice], holder ? [holder.name] : []);
    }
    return false;
  }

  private remember(groups: RefGroup[], subject: RefGroup | undefined): void {
    this.groupIsRecent = false;
    const people: Ref[] = [];
    for (const group of groups) for (const ref of group.refs) if (isPerson(ref)) people.push(ref);
    this.previousPeople = actorsOf(people);
    const lead = subject?.refs.find((r) => isPerson(r));
    this.previousSubject =
      lead?.speakers[0] && lead.actors[0]
        ? { name: lead.speakers[0], actor: lead.actors[0], ...(lead.gender ? { gender: lead.gender } : {}) }
        : undefined;
    for (const group of groups) {
      for (const ref of group.refs) {
        if (ref.describedAs) this.described.set(ref.describedAs, ref.actors);
        if (ref.kind === "pronoun" || ref.kind === "description") continue;
        for (const actor of ref.actors) {
          this.recent.delete(actor);
          this.recent.add(actor);
        }
      }
      const actors = actorsOf(group.refs);
      const speakers = speakersOf(group.refs);
      if (actors.length > 1 || (group.refs.length > 1 && speakers.length > 1)) {
        this.lastGroup = { actors, speakers };
        this.groupIsRecent = true;
      }
      for (const ref of group.refs) {
        if (isPerson(ref)) {
          const name = ref.speakers[0];
          const actor = ref.actors[0];
          if (name && actor) {
            this.persons = this.persons.filter((p) => p.name !== name);
            this.persons.push({
              name,
              actor,
              ...(ref.gender ? { gender: ref.gender } : {}),
              ...(ref.role ? { role: ref.role } : {}),
            });
          }
        } else if (ref.actors.length === 1 && !ref.plural && !ref.modifierOnly && ref.kind !== "pronoun") {
          this.lastSingular = ref.actors[0] ?? null;
        }
      }
    }
    const first = groups.find((g) => g.refs.some((r) => !r.modifierOnly && !r.possessive));
    if (first) {
      const actors = actorsOf(first.refs);
      if (actors.length) this.lastSubject = actors;
    }
  }
}

/** Sets a reference's actors (and people) as coreference found them; true for the caller to return. */
function assigner(ref: Ref): (actors: string[], speakers?: string[]) => boolean {
  return (actors, speakers = []) => {
    ref.actors = [...new Set(actors)];
    if (speakers.length) ref.speakers = speakers;
    ref.resolved = true;
    return true;
  };
}

/** A reference to one person: a name, or an office with its holder ("the US president"). */
function isPerson(ref: Ref): boolean {
  return (
    ref.kind === "person" || (ref.kind === "role" && ref.speakers.length === 1 && ref.actors.length === 1)
  );
}

/** Whether a display name contains a word: "UN Security Council" has "council". */
function nameHas(label: string | undefined, word: string): boolean {
  return label?.toLowerCase().split(/\W+/).includes(word) === true;
}
