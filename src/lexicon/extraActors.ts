import type { Actor } from "../model/actor.ts";
import { checkLexicon } from "./checkLexicon.ts";
import { LexiconError } from "./LexiconError.ts";
import { readActor } from "./readActors.ts";
import { at, type JsonPlace, readArray, readRecord, readStrings } from "./readJson.ts";
import { readPerson } from "./readPeople.ts";
import type { Lexicon, Person } from "./types.ts";

/**
 * The user's --actors file (format in src/lexicon/README.md): new actors, extra
 * names for existing actors, extra people.
 */
export interface ExtraActorsFile {
  /** New actors: {id, label, kind, aliases?, demonyms?, metonyms?}. */
  actors?: Actor[];
  /** More names for existing actors: {"RUS": ["Muscovy"]}. */
  aliases?: Record<string, string[]>;
  /** More people: {name, aliases?, actor, gender?, terms?}. */
  people?: Person[];
  /** Where the file came from, for error messages ("extra.json"). */
  source?: string;
}

const KNOWN_KEYS = new Set(["actors", "aliases", "people", "_comment", "$schema"]);

/** Parses and checks the text of an --actors file; throws a one-line LexiconError naming the file. */
export function parseExtraActors(text: string, fileName: string): ExtraActorsFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new LexiconError(fileName, `not valid JSON (${reason})`);
  }
  const root: JsonPlace = { file: fileName, path: "" };
  const record = readRecord(value, root);
  for (const key of Object.keys(record)) {
    if (!KNOWN_KEYS.has(key))
      throw new LexiconError(fileName, `unknown key "${key}" (expected actors, aliases, people)`);
  }
  const extra: ExtraActorsFile = { source: fileName };
  if (record.actors !== undefined) {
    extra.actors = readArray(record.actors, at(root, "actors")).map((actor, i) =>
      readActor(actor, at(at(root, "actors"), i)),
    );
  }
  if (record.aliases !== undefined) {
    const place = at(root, "aliases");
    const aliases: Record<string, string[]> = {};
    for (const [id, names] of Object.entries(readRecord(record.aliases, place))) {
      aliases[id] = readStrings(names, at(place, id));
    }
    extra.aliases = aliases;
  }
  if (record.people !== undefined) {
    extra.people = readArray(record.people, at(root, "people")).map((person, i) =>
      readPerson(person, at(at(root, "people"), i)),
    );
  }
  return extra;
}

/** A new lexicon with the extra actors, aliases and people merged in; `base` is not changed. */
export function applyExtraActors(base: Lexicon, extra: ExtraActorsFile): Lexicon {
  const file = extra.source ?? "--actors file";
  const known = new Set(base.actors.map((actor) => actor.id));
  for (const actor of extra.actors ?? []) {
    if (known.has(actor.id)) {
      throw new LexiconError(file, `actor ${actor.id} already exists; add names under "aliases" instead`);
    }
  }
  const actors = [...base.actors, ...(extra.actors ?? [])].map((actor) => ({
    ...actor,
    aliases: [...actor.aliases],
    demonyms: [...actor.demonyms],
    metonyms: [...actor.metonyms],
  }));
  for (const [id, names] of Object.entries(extra.aliases ?? {})) {
    const actor = actors.find((candidate) => candidate.id === id);
    if (!actor) throw new LexiconError(file, `aliases.${id}: unknown actor ${id}`);
    actor.aliases.push(...names.filter((name) => !actor.aliases.includes(name)));
  }
  const merged: Lexicon = {
    actors,
    people: [...base.people, ...(extra.people ?? [])],
    roleWords: { ...base.roleWords },
    nonActors: [...base.nonActors],
  };
  checkLexicon(merged, file);
  return merged;
}
