import { ACTOR_KINDS, type ActorKind } from "../model/actor.ts";
import { LexiconError } from "./LexiconError.ts";
import { OFFICE_ROLES, type OfficeRole } from "./types.ts";

/**
 * Small typed readers for JSON values of unknown shape. Each takes the file name and
 * a path ("people[3].terms[0].from") so an error says exactly where the data is wrong.
 */
export interface JsonPlace {
  file: string;
  path: string;
}

export function at(place: JsonPlace, key: string | number): JsonPlace {
  const path = typeof key === "number" ? `${place.path}[${key}]` : place.path ? `${place.path}.${key}` : key;
  return { file: place.file, path };
}

export function fail(place: JsonPlace, problem: string): never {
  throw new LexiconError(place.file, place.path ? `${place.path}: ${problem}` : problem);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function readRecord(value: unknown, place: JsonPlace): Record<string, unknown> {
  if (!isRecord(value)) fail(place, `expected an object, got ${describe(value)}`);
  return value;
}

export function readArray(value: unknown, place: JsonPlace): unknown[] {
  if (!Array.isArray(value)) fail(place, `expected an array, got ${describe(value)}`);
  return value;
}

export function readString(value: unknown, place: JsonPlace): string {
  if (typeof value !== "string" || value.trim() === "")
    fail(place, `expected a non-empty string, got ${describe(value)}`);
  return value;
}

export function readStrings(value: unknown, place: JsonPlace): string[] {
  if (value === undefined) return [];
  return readArray(value, place).map((item, i) => readString(item, at(place, i)));
}

export function readKind(value: unknown, place: JsonPlace): ActorKind {
  const kind = ACTOR_KINDS.find((k) => k === value);
  if (!kind) fail(place, `invalid kind: ${describe(value)} (expected ${ACTOR_KINDS.join(", ")})`);
  return kind;
}

export function readRole(value: unknown, place: JsonPlace): OfficeRole {
  const role = OFFICE_ROLES.find((r) => r === value);
  if (!role) fail(place, `invalid office role: ${describe(value)} (expected ${OFFICE_ROLES.join(", ")})`);
  return role;
}

export function readGender(value: unknown, place: JsonPlace): "m" | "f" | undefined {
  if (value === undefined) return undefined;
  if (value === "m" || value === "f") return value;
  fail(place, `invalid gender: ${describe(value)} (expected "m" or "f")`);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day as YYYY-MM-DD ("2022-02-30" is rejected). */
export function readDate(value: unknown, place: JsonPlace): string {
  if (typeof value !== "string" || !ISO_DATE.test(value))
    fail(place, `bad date: ${describe(value)} (expected YYYY-MM-DD)`);
  const parsed = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value)
    fail(place, `bad date: ${value}`);
  return value;
}

export function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
