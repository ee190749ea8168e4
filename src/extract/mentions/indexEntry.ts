import type { OfficeRole, Person } from "../../lexicon/types.ts";

// The mention index's entries (mentionIndex.ts re-exports them), apart so that
// mentionTables.ts, which mentionIndex.ts imports, can name them without a cycle.

/** What a dictionary entry names. */
export type EntryKind = "name" | "demonym" | "metonym" | "person" | "nonactor";

export interface IndexEntry {
  kind: EntryKind;
  /** Normalised tokens of the surface form, leading "the" removed. */
  tokens: string[];
  actor?: string;
  persons?: Person[];
}

/** An entry with every field, in one order: one object shape for the reference finder that reads them. */
export function indexEntry(
  kind: EntryKind,
  tokens: string[],
  actor: string | undefined,
  persons: Person[] | undefined,
): IndexEntry {
  return { kind, tokens, actor, persons };
}

export interface TitleEntry {
  tokens: string[];
  role: OfficeRole;
}
