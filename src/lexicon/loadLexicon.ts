import type { Actor } from "../model/actor.ts";
import { withAsciiForms } from "./asciiFold.ts";
import { checkLexicon } from "./checkLexicon.ts";
import entitiesData from "./data/entities.json" with { type: "json" };
import groupsData from "./data/groups.json" with { type: "json" };
import nonActorsData from "./data/non-actors.json" with { type: "json" };
import organizationsData from "./data/organizations.json" with { type: "json" };
import peopleData from "./data/people.json" with { type: "json" };
import roleWordsData from "./data/role-words.json" with { type: "json" };
import seatsData from "./data/seats-of-power.json" with { type: "json" };
import worldLeadersData from "./data/world-leaders.json" with { type: "json" };
import { applyExtraActors, type ExtraActorsFile } from "./extraActors.ts";
import { LexiconError } from "./LexiconError.ts";
import { readActorList, readNonActors, readRoleWords, readSeats } from "./readActors.ts";
import { readPeople } from "./readPeople.ts";
import { mergePeople, readWorldLeaders } from "./readWorldLeaders.ts";
import type { Lexicon, Person } from "./types.ts";
import { buildStates } from "./worldStates.ts";

export type { ExtraActorsFile } from "./extraActors.ts";
export { parseExtraActors } from "./extraActors.ts";

const DATA = "src/lexicon/data";

/** "the Kremlin" also matches as "Kremlin"; acronyms keep their article ("the WHO", not "WHO"). */
function withoutArticle(forms: string[]): string[] {
  const extra = forms
    .filter((form) => /^the /i.test(form))
    .map((form) => form.slice(4))
    .filter((rest) => rest !== rest.toUpperCase());
  return [...new Set([...forms, ...extra])];
}

function buildBuiltIn(): Lexicon {
  const states = buildStates();
  const seats = readSeats(seatsData, `${DATA}/seats-of-power.json`);
  for (const [id, forms] of seats) {
    const state = states.find((candidate) => candidate.id === id);
    if (!state) throw new LexiconError(`${DATA}/seats-of-power.json`, `seats.${id}: unknown state`);
    state.metonyms = [...new Set([...state.metonyms, ...forms])];
  }
  const actors: Actor[] = [
    ...states,
    ...readActorList(organizationsData, `${DATA}/organizations.json`),
    ...readActorList(groupsData, `${DATA}/groups.json`),
    ...readActorList(entitiesData, `${DATA}/entities.json`),
  ].map((actor) => ({
    ...actor,
    aliases: withAsciiForms(withoutArticle(actor.aliases)),
    demonyms: withAsciiForms(actor.demonyms),
    metonyms: withAsciiForms(withoutArticle(actor.metonyms)),
  }));
  const people = mergePeople(
    readPeople(peopleData, `${DATA}/people.json`),
    readWorldLeaders(worldLeadersData, `${DATA}/world-leaders.json`),
  ).map(withAsciiNames);
  const lexicon: Lexicon = {
    actors,
    people,
    roleWords: readRoleWords(roleWordsData, `${DATA}/role-words.json`),
    nonActors: readNonActors(nonActorsData, `${DATA}/non-actors.json`),
  };
  checkLexicon(lexicon, DATA);
  return deepFreeze(lexicon);
}

/** "Sebastián Piñera" is also typed "Sebastian Pinera"; the folded forms join the aliases. */
function withAsciiNames(person: Person): Person {
  const aliases = withAsciiForms([person.name, ...person.aliases]).filter((form) => form !== person.name);
  return { ...person, aliases };
}

/** The built-in lexicon is shared, so nobody may change it in place. */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

let builtIn: Lexicon | undefined;

/**
 * Loads the built-in gazetteer (built once, then the same frozen object is returned),
 * merged with the user's extra actors when given (a new object each time).
 */
export function loadLexicon(extra?: ExtraActorsFile): Lexicon {
  builtIn ??= buildBuiltIn();
  return extra ? applyExtraActors(builtIn, extra) : builtIn;
}
