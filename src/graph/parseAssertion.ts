import { ACTOR_KINDS, type ActorKind } from "../model/actor.ts";
import type { Assertion } from "../model/assertion.ts";
import { isRelation } from "../model/relations.ts";

/** An NDJSON line that is not an assertion; the message is short ("invalid relation: foo"). */
export class AssertionFormatError extends Error {
  override name = "AssertionFormatError";
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** Ids become XML ids and CSV cells: no whitespace or control characters. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is this regex's job.
const ACTOR_ID = /^[^\s\u0000-\u001f\u007f]+$/;

function show(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text === undefined ? "undefined" : text.length > 40 ? `${text.slice(0, 40)}...` : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isActorKind(value: unknown): value is ActorKind {
  return typeof value === "string" && (ACTOR_KINDS as readonly string[]).includes(value);
}

function requireString(o: Record<string, unknown>, field: string): string {
  const v = o[field];
  if (typeof v !== "string" || v === "") throw new AssertionFormatError(`invalid ${field}: ${show(v)}`);
  return v;
}

function optionalString(o: Record<string, unknown>, field: string): string | undefined {
  const v = o[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "string") throw new AssertionFormatError(`invalid ${field}: ${show(v)}`);
  return v;
}

function actorId(o: Record<string, unknown>, field: string): string {
  const id = requireString(o, field);
  if (!ACTOR_ID.test(id)) throw new AssertionFormatError(`invalid ${field}: ${show(id)}`);
  return id;
}

function offset(o: Record<string, unknown>, field: string): number {
  const v = o[field];
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0) {
    throw new AssertionFormatError(`invalid ${field}: ${show(v)}`);
  }
  return v;
}

/**
 * Checks one parsed NDJSON value against the extractor's output format
 * (ANNOTATION.md) and returns it as an Assertion. Labels default to ids,
 * `date` to null, `confidence` to 1; unknown fields are ignored.
 */
export function parseAssertion(value: unknown): Assertion {
  if (!isRecord(value)) throw new AssertionFormatError(`not an object: ${show(value)}`);
  const source = actorId(value, "source");
  const target = actorId(value, "target");
  const relation = value.relation;
  if (!isRelation(relation)) throw new AssertionFormatError(`invalid relation: ${show(relation)}`);
  const negated = value.negated ?? false;
  if (typeof negated !== "boolean") throw new AssertionFormatError(`invalid negated: ${show(negated)}`);
  const date = value.date ?? null;
  if (date !== null && (typeof date !== "string" || !ISO_DATE.test(date))) {
    throw new AssertionFormatError(`invalid date: ${show(date)} (expected YYYY-MM-DD)`);
  }
  const start = offset(value, "start");
  const end = offset(value, "end");
  if (end < start) throw new AssertionFormatError(`invalid end: ${end} is before start ${start}`);
  const confidence = value.confidence ?? 1;
  if (typeof confidence !== "number" || !(confidence >= 0 && confidence <= 1)) {
    throw new AssertionFormatError(`invalid confidence: ${show(confidence)}`);
  }
  for (const field of ["sourceKind", "targetKind"] as const) {
    const kind = value[field];
    if (kind !== undefined && !isActorKind(kind))
      throw new AssertionFormatError(`invalid ${field}: ${show(kind)}`);
  }
  const assertion: Assertion = {
    article: requireString(value, "article"),
    date,
    source,
    sourceLabel: optionalString(value, "sourceLabel") || source,
    target,
    targetLabel: optionalString(value, "targetLabel") || target,
    relation,
    negated,
    sentence: requireString(value, "sentence"),
    start,
    end,
    confidence,
  };
  if (isActorKind(value.sourceKind)) assertion.sourceKind = value.sourceKind;
  if (isActorKind(value.targetKind)) assertion.targetKind = value.targetKind;
  const condition = optionalString(value, "condition");
  if (condition) assertion.condition = condition;
  const speaker = optionalString(value, "speaker");
  if (speaker) assertion.speaker = speaker;
  return assertion;
}
