import type { Lexicon, Person } from "../../lexicon/types.ts";
import { type EntryKind, type IndexEntry, indexEntry, type TitleEntry } from "./indexEntry.ts";

/**
 * The mention index's lookup tables, and their JSON form. Building them from
 * the lexicon's ten thousand names took ~100 ms of every CLI start, so the
 * build writes them out (src/cli/prebuildLexicon.ts) and the compiled CLI
 * attaches the parsed copy to its lexicon, where MentionIndex finds it. Each
 * first token's entries are one string, decoded when a text first has that
 * token: an article needs a few hundred of the three thousand.
 */
export interface MentionTables {
  /** Entries by first token, longest first. */
  byFirst: Map<string, IndexEntry[]>;
  /** Office titles by first lower-case token, longest first. */
  titles: Map<string, TitleEntry[]>;
}

export interface MentionTablesJson {
  /** [first token, its entries encoded by encodeEntries]. */
  byFirst: Array<[string, string]>;
  titles: Array<[string, TitleEntry[]]>;
}

// An entry is kind, actor, persons (positions in lexicon.people) and tokens, apart by FIELD;
// entries are apart by ENTRY. Names never hold these characters (checked when written).
const ENTRY = "\n";
const FIELD = "\t";
const TOKEN = "\u001f";

const attached = new WeakMap<Lexicon, MentionTables>();

/** The prebuilt tables of this very lexicon object, if some were attached. */
export function attachedMentionTables(lexicon: Lexicon): MentionTables | undefined {
  return attached.get(lexicon);
}

/** Tables in their JSON form; `lexicon` is the one they were built from. */
export function mentionTablesToJson(tables: MentionTables, lexicon: Lexicon): MentionTablesJson {
  const position = new Map(lexicon.people.map((person, i) => [person, i]));
  const encode = (entry: IndexEntry): string => {
    const persons = (entry.persons ?? []).map((person) => position.get(person) ?? -1);
    if (persons.includes(-1)) throw new Error("mention tables: a person who is not in the lexicon");
    const fields = [entry.kind, entry.actor ?? "", persons.join(","), entry.tokens.join(TOKEN)];
    const unsafe = (text: string) => [ENTRY, FIELD, TOKEN].some((separator) => text.includes(separator));
    if (entry.tokens.some((t) => t === "" || unsafe(t)) || unsafe(entry.actor ?? "")) {
      throw new Error(`mention tables: cannot encode ${JSON.stringify(entry.tokens)}`);
    }
    return fields.join(FIELD);
  };
  return {
    byFirst: [...tables.byFirst].map(([first, entries]) => [first, entries.map(encode).join(ENTRY)]),
    titles: [...tables.titles],
  };
}

/**
 * Attaches tables written by mentionTablesToJson for `lexicon` (the same
 * lexicon, read back from the same file) to it: every MentionIndex of that
 * lexicon object then uses them instead of building its own.
 */
export function attachMentionTables(lexicon: Lexicon, json: MentionTablesJson): void {
  attached.set(lexicon, {
    byFirst: new EntriesOnDemand(new Map(json.byFirst), lexicon.people),
    titles: new Map(json.titles),
  });
}

/** Entries by first token, each token's decoded on first use; iterating decodes them all. */
class EntriesOnDemand extends Map<string, IndexEntry[]> {
  constructor(
    private readonly encoded: Map<string, string>,
    private readonly people: readonly Person[],
  ) {
    super();
  }

  override get(first: string): IndexEntry[] | undefined {
    const entries = super.get(first);
    if (entries !== undefined) return entries;
    const text = this.encoded.get(first);
    if (text === undefined) return undefined;
    const decoded = text.split(ENTRY).map((line) => decodeEntry(line, this.people));
    super.set(first, decoded);
    return decoded;
  }

  override has(first: string): boolean {
    return this.encoded.has(first);
  }

  override get size(): number {
    return this.encoded.size;
  }

  override entries(): MapIterator<[string, IndexEntry[]]> {
    this.decodeAll();
    return super.entries();
  }

  // First tokens are known without decoding their entries.
  override keys(): MapIterator<string> {
    return this.encoded.keys();
  }

  override values(): MapIterator<IndexEntry[]> {
    this.decodeAll();
    return super.values();
  }

  override [Symbol.iterator](): MapIterator<[string, IndexEntry[]]> {
    return this.entries();
  }

  override forEach(
    callback: (value: IndexEntry[], key: string, map: Map<string, IndexEntry[]>) => void,
  ): void {
    this.decodeAll();
    super.forEach(callback);
  }

  /** Every token's entries, in the order they were written. */
  private decodeAll(): void {
    if (super.size === this.encoded.size) return;
    const decoded = [...this.encoded.keys()].map((first) => [first, this.get(first)] as const);
    super.clear();
    for (const [first, entries] of decoded) if (entries) super.set(first, entries);
  }
}

/** One encoded entry, with the fields in the order MentionIndex gives them. */
function decodeEntry(line: string, people: readonly Person[]): IndexEntry {
  const [kind, actor, persons, tokens] = line.split(FIELD) as [EntryKind, string, string, string];
  return indexEntry(
    kind,
    tokens.split(TOKEN),
    actor === "" ? undefined : actor,
    persons === "" ? undefined : persons.split(",").map((i) => personAt(people, Number(i))),
  );
}

function personAt(people: readonly Person[], i: number): Person {
  const person = people[i];
  if (!person) throw new Error(`prebuilt mention tables: no person ${i} in the lexicon (rebuild the CLI)`);
  return person;
}
