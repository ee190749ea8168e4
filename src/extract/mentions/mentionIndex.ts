import type { Lexicon, Person } from "../../lexicon/types.ts";
import type { Actor } from "../../model/actor.ts";
import { tokenize } from "../text/tokenize.ts";
import { addToWordClass, wordClass } from "../text/wordClasses.ts";
import { type EntryKind, type IndexEntry, indexEntry, type TitleEntry } from "./indexEntry.ts";
import { attachedMentionTables, type MentionTables } from "./mentionTables.ts";

export type { EntryKind, IndexEntry, TitleEntry } from "./indexEntry.ts";

/**
 * Lower-case words that start a form or an office title of some dictionary built so
 * far ("president", "al"): a lower-case token without this class starts none.
 */
export const INDEX_START = wordClass([]);

/**
 * One token of a surface form in a trie of the forms that share a first token:
 * the forms that continue with a further token, and the form that ends here
 * (the best kind where several kinds share the surface).
 */
interface TrieNode {
  next?: Map<string, TrieNode>;
  entry?: IndexEntry;
}

/**
 * Dictionary of every surface form in the lexicon, keyed by first token, for a
 * single left-to-right scan. The forms of a first token become a trie when a
 * text first has that token: a match then costs one lookup per token of the
 * longest form, however many forms share the first word ("Foreign Ministry of
 * ..."). Matching is case-sensitive (news capitalises names, so "Chad" the
 * state is not "chad"), except for office titles.
 */
export class MentionIndex {
  readonly actors = new Map<string, Actor>();
  private readonly byFirst: Map<string, IndexEntry[]> = new Map();
  /** Tries by first token, built on first use; null for a token that starts no form (one lookup next time). */
  private readonly tries = new Map<string, TrieNode | null>();
  private readonly titles: Map<string, TitleEntry[]> = new Map();
  /** Entries by kind and surface while the dictionary is built, to merge repeats. */
  private readonly entries = new Map<string, IndexEntry>();

  constructor(readonly lexicon: Lexicon) {
    for (const actor of lexicon.actors) this.actors.set(actor.id, actor);
    // The compiled CLI reads the tables built at build time (mentionTables.ts) rather than build them.
    const prebuilt = attachedMentionTables(lexicon);
    if (prebuilt) {
      this.byFirst = prebuilt.byFirst;
      this.titles = prebuilt.titles;
      addToWordClass(INDEX_START, this.lowerCaseFirstWords());
      return;
    }
    for (const actor of lexicon.actors) {
      for (const alias of [actor.label, ...actor.aliases]) this.add(alias, { kind: "name", actor: actor.id });
      for (const d of actor.demonyms) this.add(d, { kind: "demonym", actor: actor.id });
      for (const m of actor.metonyms) this.add(m, { kind: "metonym", actor: actor.id });
    }
    const people = new Map<string, Person[]>();
    for (const person of lexicon.people) {
      for (const alias of new Set([person.name, ...person.aliases])) {
        const list = people.get(alias) ?? [];
        list.push(person);
        people.set(alias, list);
      }
    }
    for (const [alias, persons] of people) this.add(alias, { kind: "person", persons });
    for (const name of lexicon.nonActors) this.add(name, { kind: "nonactor" });
    // Longest form first, then by kind, sorted once the dictionary is complete.
    for (const list of this.byFirst.values())
      list.sort((a, b) => b.tokens.length - a.tokens.length || kindRank(a.kind) - kindRank(b.kind));
    this.entries.clear();
    for (const [title, role] of Object.entries(lexicon.roleWords)) {
      const tokens = tokenize(title).map((t) => t.lower);
      const first = tokens[0];
      if (!first) continue;
      const list = this.titles.get(first) ?? [];
      list.push({ tokens, role });
      list.sort((a, b) => b.tokens.length - a.tokens.length);
      this.titles.set(first, list);
    }
    addToWordClass(INDEX_START, this.lowerCaseFirstWords());
  }

  private add(surface: string, entry: Omit<IndexEntry, "tokens">): void {
    let tokens = surfaceTokens(surface);
    if (tokens[0]?.toLowerCase() === "the") tokens = tokens.slice(1);
    const first = tokens[0];
    // A lone lower-case word is never a name ("chad", "turkey" as food).
    if (!first || (tokens.length === 1 && first === first.toLowerCase() && !/\d/.test(first))) return;
    const key = `${entry.kind} ${tokens.join(" ")}`;
    const same = this.entries.get(key);
    if (same) {
      // First writer wins for actors; persons accumulate (two "Bush" presidents).
      if (entry.persons) same.persons = [...(same.persons ?? []), ...entry.persons];
      return;
    }
    const added = indexEntry(entry.kind, tokens, entry.actor, entry.persons);
    this.entries.set(key, added);
    const list = this.byFirst.get(first) ?? [];
    list.push(added);
    this.byFirst.set(first, list);
  }

  /** The lookup tables, to be written out at build time (src/cli/prebuildLexicon.ts). */
  tables(): MentionTables {
    return { byFirst: this.byFirst, titles: this.titles };
  }

  /** Longest dictionary entry starting at `norms[i]`, if any. */
  match(norms: readonly string[], i: number): IndexEntry | undefined {
    const first = norms[i];
    if (first === undefined) return undefined;
    let node = this.tries.get(first);
    if (node === undefined) {
      const entries = this.byFirst.get(first);
      node = entries ? trieOf(entries) : null;
      // Misses are remembered up to a bound: an archive has no end of capitalised words.
      if (node || this.tries.size < MAX_TRIES) this.tries.set(first, node);
    }
    if (node === null) return undefined;
    let longest = node.entry;
    for (let k = i + 1; node?.next && k < norms.length; k++) {
      node = node.next.get(norms[k] as string);
      if (node?.entry) longest = node.entry;
    }
    return longest;
  }

  /** Whether some surface form starts with this token ("members" of "members of the Security Council"). */
  startsEntry(norm: string): boolean {
    return this.byFirst.has(norm);
  }

  /** The first words of surface forms and office titles that have no capital ("president", "al"). */
  lowerCaseFirstWords(): string[] {
    return [...this.byFirst.keys(), ...this.titles.keys()].filter((word) => word === word.toLowerCase());
  }

  isTitleStart(lower: string): boolean {
    return this.titles.has(lower);
  }

  /** Longest office title starting at `lowers[i]` ("foreign minister", "president"). */
  matchTitle(lowers: readonly string[], i: number): TitleEntry | undefined {
    const first = lowers[i];
    const titles = first === undefined ? undefined : this.titles.get(first);
    if (!titles) return undefined;
    // Loops, not find and every: closures over `i` made each call, one per capitalised word, allocate.
    for (const title of titles) if (startsWithWords(lowers, i, title.tokens)) return title;
    return undefined;
  }
}

/** Tokens whose trie or miss the index remembers at most (a few MB). */
const MAX_TRIES = 50_000;

/** The trie of one first token's entries (longest first, best kind first, as byFirst keeps them). */
function trieOf(entries: readonly IndexEntry[]): TrieNode {
  const root: TrieNode = {};
  for (const entry of entries) {
    let node = root;
    for (let k = 1; k < entry.tokens.length; k++) {
      node.next ??= new Map();
      node = childOf(node.next, entry.tokens[k] as string);
    }
    // Same surface, several kinds: the first in byFirst's order wins.
    node.entry ??= entry;
  }
  return root;
}

function childOf(children: Map<string, TrieNode>, token: string): TrieNode {
  let child = children.get(token);
  if (!child) {
    child = {};
    children.set(token, child);
  }
  return child;
}

// Names of plain words and spaces tokenize to those words ("Emmanuel Macron"): most of the
// lexicon's thousands of names, so building the index skips the tokenizer for them.
const PLAIN_NAME = /^[\p{L}\p{M}]+(?: [\p{L}\p{M}]+)*$/u;

function surfaceTokens(surface: string): string[] {
  return PLAIN_NAME.test(surface) ? surface.split(" ") : tokenize(surface).map((t) => t.norm);
}

// Outlets first (never actors), then people, then names.
function kindRank(kind: EntryKind): number {
  return ["nonactor", "person", "name", "metonym", "demonym"].indexOf(kind);
}

/** Whether `words` appear in `lowers` from `i` on. */
function startsWithWords(lowers: readonly string[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (lowers[i + k] !== words[k]) return false;
  return true;
}
