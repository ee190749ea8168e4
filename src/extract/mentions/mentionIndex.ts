import type { Lexicon, OfficeRole, Person } from "../../lexicon/types.ts";
import type { Actor } from "../../model/actor.ts";
import { tokenize } from "../text/tokenize.ts";

/** What a dictionary entry names. */
export type EntryKind = "name" | "demonym" | "metonym" | "person" | "nonactor";

export interface IndexEntry {
  kind: EntryKind;
  /** Normalised tokens of the surface form, leading "the" removed. */
  tokens: string[];
  actor?: string;
  persons?: Person[];
}

export interface TitleEntry {
  tokens: string[];
  role: OfficeRole;
}

/**
 * One token of a surface form in the dictionary's trie: the forms that continue
 * with a further token, and the form that ends here (the best kind where several
 * kinds share the surface).
 */
interface TrieNode {
  next?: Map<string, TrieNode>;
  entry?: IndexEntry;
}

/**
 * Dictionary of every surface form in the lexicon, as a trie of tokens, for a
 * single left-to-right scan: a match costs one lookup per token of the longest
 * form, however many forms share a first word ("Foreign Ministry of ...").
 * Matching is case-sensitive (news capitalises names, so "Chad" the state is
 * not "chad"), except for office titles.
 */
export class MentionIndex {
  readonly actors = new Map<string, Actor>();
  private readonly root = new Map<string, TrieNode>();
  private readonly titles = new Map<string, TitleEntry[]>();
  /** Entries by kind and surface while the dictionary is built, to merge repeats. */
  private readonly entries = new Map<string, IndexEntry>();

  constructor(readonly lexicon: Lexicon) {
    for (const actor of lexicon.actors) {
      this.actors.set(actor.id, actor);
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
    const added = { ...entry, tokens };
    this.entries.set(key, added);
    let node = childOf(this.root, first);
    for (let k = 1; k < tokens.length; k++) {
      node.next ??= new Map();
      node = childOf(node.next, tokens[k] as string);
    }
    // Same surface, several kinds: the earlier kind of kindRank wins, then the first added.
    if (!node.entry || kindRank(added.kind) < kindRank(node.entry.kind)) node.entry = added;
  }

  /** Longest dictionary entry starting at `norms[i]`, if any. */
  match(norms: readonly string[], i: number): IndexEntry | undefined {
    const first = norms[i];
    let node = first === undefined ? undefined : this.root.get(first);
    let longest = node?.entry;
    for (let k = i + 1; node?.next && k < norms.length; k++) {
      node = node.next.get(norms[k] as string);
      if (node?.entry) longest = node.entry;
    }
    return longest;
  }

  /** Whether some surface form starts with this token ("members" of "members of the Security Council"). */
  startsEntry(norm: string): boolean {
    return this.root.has(norm);
  }

  /** Every first word of a surface form or an office title, for a one-lookup test of a word. */
  firstWords(): Iterable<string> {
    return [...this.root.keys(), ...this.titles.keys()];
  }

  isTitleStart(lower: string): boolean {
    return this.titles.has(lower);
  }

  /** Longest office title starting at `lowers[i]` ("foreign minister", "president"). */
  matchTitle(lowers: readonly string[], i: number): TitleEntry | undefined {
    const first = lowers[i];
    if (first === undefined) return undefined;
    return this.titles.get(first)?.find((e) => e.tokens.every((t, k) => lowers[i + k] === t));
  }
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
