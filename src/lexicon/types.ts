import type { Actor } from "../model/actor.ts";

/** Offices the extractor resolves by date ("the US president" in 2022 -> Biden -> USA). */
export const OFFICE_ROLES = [
  "head_of_state",
  "head_of_government",
  "foreign_minister",
  "defense_minister",
  "spokesperson",
  "secretary_general",
] as const;
export type OfficeRole = (typeof OFFICE_ROLES)[number];

/** One person's tenure in one office. Dates are ISO YYYY-MM-DD; `to` null = still in office. */
export interface OfficeTerm {
  actor: string;
  role: OfficeRole;
  /** The title as written in news: "President", "Prime Minister", "Chancellor", "Secretary of State". */
  title: string;
  from: string;
  to: string | null;
}

/** A person who speaks for an actor: "Dmitry Peskov" -> RUS. */
export interface Person {
  /** Full name as usually written: "Joe Biden". */
  name: string;
  /** Other surface forms: "Biden", "Joseph R. Biden", "Joseph Biden". Titles ("Mr.") are handled by the extractor. */
  aliases: string[];
  /** Actor the person speaks for when no office term applies (their state). */
  actor: string;
  gender?: "m" | "f";
  terms: OfficeTerm[];
}

/** Everything the extractor knows about the world, as loaded from data files. */
export interface Lexicon {
  actors: Actor[];
  people: Person[];
  /** Lower-case title words and the role they name: "president" -> head_of_state. */
  roleWords: Record<string, OfficeRole>;
  /** Names that are never actors (wire services, outlets, footers): "Reuters", "Google News". */
  nonActors: string[];
}
