import countries, { type Country } from "world-countries";
import type { Actor } from "../model/actor.ts";
import statesData from "./data/states.json" with { type: "json" };
import { derivedStateForms } from "./derivedForms.ts";
import { LexiconError } from "./LexiconError.ts";
import { at, type JsonPlace, readRecord, readString, readStrings } from "./readJson.ts";

/**
 * Builds the state actors: world-countries' UN members plus observers, with
 * names filtered for English news text and the curated forms of data/states.json.
 */

const FILE = "src/lexicon/data/states.json";

/** Words that mark an alt spelling as an English formal name ("Kingdom of Norway", "Czech Republic"). */
const ENGLISH_FORMAL =
  /\b(Republic|Kingdom|State|States|Federation|Commonwealth|Principality|Union|Islands|Confederation|Duchy|Sultanate|Emirates)\b/;
/** Latin letters and the punctuation of English names; no parentheses, no inverted "Korea, Republic of". */
const NAME_CHARS = /^[\p{Script=Latin}'’ .-]+$/u;

interface StateCuration {
  label?: string;
  aliases: string[];
  demonyms: string[];
  metonyms: string[];
  drop: string[];
}

interface Curation {
  observers: Map<string, string>;
  notUnMembers: Set<string>;
  droppedNames: Set<string>;
  droppedCapitals: Set<string>;
  ambiguousDemonyms: Set<string>;
  states: Map<string, StateCuration>;
}

function keysWithoutComment(record: Record<string, unknown>): Set<string> {
  return new Set(Object.keys(record).filter((key) => key !== "_comment"));
}

function readCuration(raw: unknown): Curation {
  const root: JsonPlace = { file: FILE, path: "" };
  const data = readRecord(raw, root);
  const observers = new Map<string, string>();
  for (const [id, source] of Object.entries(readRecord(data.observers, at(root, "observers")))) {
    observers.set(id, readString(source, at(at(root, "observers"), id)));
  }
  const states = new Map<string, StateCuration>();
  for (const [id, entry] of Object.entries(readRecord(data.states, at(root, "states")))) {
    const place = at(at(root, "states"), id);
    const record = readRecord(entry, place);
    states.set(id, {
      label: record.label === undefined ? undefined : readString(record.label, at(place, "label")),
      aliases: readStrings(record.aliases, at(place, "aliases")),
      demonyms: readStrings(record.demonyms, at(place, "demonyms")),
      metonyms: readStrings(record.metonyms, at(place, "metonyms")),
      drop: readStrings(record.drop, at(place, "drop")),
    });
  }
  return {
    observers,
    notUnMembers: new Set(readStrings(data.notUnMembers, at(root, "notUnMembers"))),
    droppedNames: keysWithoutComment(readRecord(data.droppedNames, at(root, "droppedNames"))),
    droppedCapitals: keysWithoutComment(readRecord(data.droppedCapitals, at(root, "droppedCapitals"))),
    ambiguousDemonyms: keysWithoutComment(readRecord(data.ambiguousDemonyms, at(root, "ambiguousDemonyms"))),
    states,
  };
}

/** English names from world-countries: common, official and the formal English alt spellings. */
function englishNames(country: Country, curation: Curation): string[] {
  const formal = country.altSpellings.filter(
    (name) =>
      NAME_CHARS.test(name) &&
      ENGLISH_FORMAL.test(name) &&
      (name.includes(" of ") || ENGLISH_FORMAL.test(name.split(" ").at(-1) ?? "")),
  );
  const names = [country.name.common, country.name.official, ...formal];
  return names.filter((name) => NAME_CHARS.test(name) && !curation.droppedNames.has(name));
}

/** "Antiguan, Barbudan" and "Kittitian or Nevisian" name two peoples each. */
function splitDemonym(demonym: string): string[] {
  return demonym
    .split(/, | or /)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** "Russian" -> "Russians"; adjectives in -sh/-ch/-ese/-ss and invariable ones have no plural. */
function pluralOf(demonym: string): string | undefined {
  if (/(sh|ch|ese|ss|[xz]|y|Burkinabe|Motswana|Mosotho)$/.test(demonym)) return undefined;
  if (demonym.startsWith("I-") || demonym.startsWith("Ni-")) return undefined;
  return `${demonym}s`;
}

/** The English adjectives of nationality: "Russian", "Antiguan", "Barbudan". */
function worldAdjectives(country: Country, ambiguous: Set<string>): string[] {
  const eng = country.demonyms.eng;
  if (!eng) return [];
  const forms = [...splitDemonym(eng.m), ...splitDemonym(eng.f)];
  return [...new Set(forms)].filter((demonym) => demonym !== country.name.common && !ambiguous.has(demonym));
}

function withPlurals(adjectives: string[]): string[] {
  const forms = new Set<string>();
  for (const demonym of adjectives) {
    forms.add(demonym);
    const plural = pluralOf(demonym);
    if (plural) forms.add(plural);
  }
  return [...forms];
}

function unique(items: string[], drop: Set<string>): string[] {
  return [...new Set(items)].filter((item) => !drop.has(item));
}

export function buildStates(): Actor[] {
  const curation = readCuration(statesData);
  const sourceToId = new Map<string, string>();
  for (const [id, source] of curation.observers) sourceToId.set(source, id);
  const selected = countries.filter(
    (country) =>
      sourceToId.has(country.cca3) || (country.unMember && !curation.notUnMembers.has(country.cca3)),
  );

  const drafts = selected.map((country) => {
    const id = sourceToId.get(country.cca3) ?? country.cca3;
    const curated = curation.states.get(id);
    const drop = new Set(curated?.drop ?? []);
    const capitals = country.capital.filter((capital) => !curation.droppedCapitals.has(capital));
    const worldAdjectiveForms = worldAdjectives(country, curation.ambiguousDemonyms);
    const curatedDemonyms = curated?.demonyms ?? [];
    const state: Actor = {
      id,
      label: curated?.label ?? country.name.common,
      kind: "state",
      aliases: unique([...englishNames(country, curation), ...(curated?.aliases ?? [])], drop),
      demonyms: unique([...withPlurals(worldAdjectiveForms), ...curatedDemonyms], drop),
      metonyms: unique([...capitals, ...(curated?.metonyms ?? [])], drop),
    };
    // Curated singular demonyms ("Saudi", "Tajik") are adjectives too; plurals ("Britons") are not.
    const adjectives = [...worldAdjectiveForms, ...curatedDemonyms.filter((d) => !d.endsWith("s"))];
    return { state, adjectives, names: [...new Set([state.label, country.name.common])], drop };
  });

  for (const id of curation.states.keys()) {
    if (!drafts.some((draft) => draft.state.id === id)) {
      throw new LexiconError(FILE, `states.${id}: no such state in world-countries or observers`);
    }
  }

  const shared = sharedDemonyms(drafts.map((draft) => draft.state));
  return drafts.map(({ state, adjectives, names, drop }) => {
    const demonyms = state.demonyms.filter((demonym) => !shared.has(demonym));
    const kept = adjectives.filter((adjective) => demonyms.includes(adjective));
    const generated = derivedStateForms(names, kept);
    return { ...state, demonyms, metonyms: unique([...state.metonyms, ...generated], drop) };
  });
}

/** "Congolese" (COD, COG) and "Dominican" (DMA, DOM) name two states, so neither keeps them. */
function sharedDemonyms(states: Actor[]): Set<string> {
  const owners = new Map<string, Set<string>>();
  for (const state of states) {
    for (const demonym of state.demonyms) {
      const set = owners.get(demonym) ?? new Set<string>();
      set.add(state.id);
      owners.set(demonym, set);
    }
  }
  return new Set([...owners].filter(([, ids]) => ids.size > 1).map(([demonym]) => demonym));
}
