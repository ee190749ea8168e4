import type { Lexicon, Person } from "../../lexicon/types.ts";
import type { IndexEntry, TitleEntry } from "./mentionIndex.ts";

/**
 * The mention index's lookup tables, and their JSON form. Building them from
 * the lexicon's ten thousand names took ~100 ms of every CLI start, so the
 * build writes them out (src/cli/prebuildLexicon.ts) and the compiled CLI
 * attaches the parsed copy to its lexicon, where MentionIndex finds it.
 */
export interface MentionTables {
  /** Entries by first token, longest first. */
  byFirst: Map<string, IndexEntry[]>;
  /** Office titles by first lower-case token, longest first. */
  titles: Map<string, TitleEntry[]>;
}

/** An entry as written: its persons are positions in lexicon.people, so they come back as those objects. */
type EntryJson = Omit<IndexEntry, "persons"> & { persons?: number[] };

export interface MentionTablesJson {
  byFirst: Array<[string, EntryJson[]]>;
  titles: Array<[string, TitleEntry[]]>;
}

const attached = new WeakMap<Lexicon, MentionTables>();

/** The prebuilt tables of this very lexicon object, if some were attached. */
export function attachedMentionTables(lexicon: Lexicon): MentionTables | undefined {
  return attached.get(lexicon);
}

/** Tables in their JSON form; `lexicon` is the one they were built from. */
export function mentionTablesToJson(tables: MentionTables, lexicon: Lexicon): MentionTablesJson {
  const position = new Map(lexicon.people.map((person, i) => [person, i]));
  const toJson = (entry: IndexEntry): EntryJson => {
    const { persons, ...rest } = entry;
    return persons ? { ...rest, persons: persons.map((person) => position.get(person) ?? -1) } : rest;
  };
  return {
    byFirst: [...tables.byFirst].map(([first, entries]) => [first, entries.map(toJson)]),
    titles: [...tables.titles],
  };
}

/**
 * Restores tables written by mentionTablesToJson for `lexicon` (the same
 * lexicon, read back from the same file) and attaches them to it: every
 * MentionIndex of that lexicon object then uses them instead of building its own.
 */
export function attachMentionTables(lexicon: Lexicon, json: MentionTablesJson): void {
  const people = lexicon.people;
  const byFirst = new Map<string, IndexEntry[]>();
  for (const [first, entries] of json.byFirst) {
    // In place: the parsed entries become the index's own.
    for (const entry of entries) {
      if (entry.persons) Object.assign(entry, { persons: entry.persons.map((i) => personAt(people, i)) });
    }
    byFirst.set(first, entries as unknown as IndexEntry[]);
  }
  attached.set(lexicon, { byFirst, titles: new Map(json.titles) });
}

function personAt(people: readonly Person[], i: number): Person {
  const person = people[i];
  if (!person) throw new Error(`prebuilt mention tables: no person ${i} in the lexicon (rebuild the CLI)`);
  return person;
}
