import type { Actor } from "../model/actor.ts";
import {
  at,
  type JsonPlace,
  readArray,
  readKind,
  readRecord,
  readRole,
  readString,
  readStrings,
} from "./readJson.ts";
import type { OfficeRole } from "./types.ts";

/** Readers for the curated actor files: organizations.json, groups.json, seats-of-power.json, ... */

export function readActor(value: unknown, place: JsonPlace): Actor {
  const record = readRecord(value, place);
  return {
    id: readString(record.id, at(place, "id")),
    label: readString(record.label, at(place, "label")),
    kind: readKind(record.kind, at(place, "kind")),
    aliases: readStrings(record.aliases, at(place, "aliases")),
    demonyms: readStrings(record.demonyms, at(place, "demonyms")),
    metonyms: readStrings(record.metonyms, at(place, "metonyms")),
  };
}

export function readActorList(value: unknown, file: string): Actor[] {
  const root = readRecord(value, { file, path: "" });
  const place = { file, path: "actors" };
  return readArray(root.actors, place).map((actor, i) => readActor(actor, at(place, i)));
}

/** {"seats": {"RUS": ["the Kremlin", ...]}} -> Map RUS -> forms. */
export function readSeats(value: unknown, file: string): Map<string, string[]> {
  const root = readRecord(value, { file, path: "" });
  const place = { file, path: "seats" };
  const seats = new Map<string, string[]>();
  for (const [id, forms] of Object.entries(readRecord(root.seats, place)))
    seats.set(id, readStrings(forms, at(place, id)));
  return seats;
}

export function readRoleWords(value: unknown, file: string): Record<string, OfficeRole> {
  const root = readRecord(value, { file, path: "" });
  const place = { file, path: "roles" };
  const roles: Record<string, OfficeRole> = {};
  for (const [word, role] of Object.entries(readRecord(root.roles, place))) {
    roles[word.toLowerCase()] = readRole(role, at(place, word));
  }
  return roles;
}

export function readNonActors(value: unknown, file: string): string[] {
  const root = readRecord(value, { file, path: "" });
  return readStrings(readArray(root.names, { file, path: "names" }), { file, path: "names" });
}
