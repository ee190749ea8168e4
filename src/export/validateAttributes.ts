import type { EdgeAttributes, Evidence, NodeAttributes } from "../graph/schema.ts";
import { ACTOR_KINDS, type ActorKind } from "../model/actor.ts";
import { isRelation } from "../model/relations.ts";

/** Each validator returns the typed attributes, or a short problem ("invalid kind: foo"). */
type Checked<T> = T | string;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isActorKind(value: unknown): value is ActorKind {
  return typeof value === "string" && (ACTOR_KINDS as readonly string[]).includes(value);
}

function isNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === "string");
}

function isDateOrNull(value: unknown): value is string | null {
  return value === null || typeof value === "string";
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? "undefined";
  return text.length > 40 ? `${text.slice(0, 40)}...` : text;
}

export function validateNodeAttributes(value: unknown): Checked<NodeAttributes> {
  if (!isRecord(value)) return "missing attributes";
  const { label, kind, mentions, articles, x, y, size, color } = value;
  if (typeof label !== "string") return `invalid label: ${show(label)}`;
  if (!isActorKind(kind)) return `invalid kind: ${show(kind)}`;
  if (!isNumber(mentions)) return `invalid mentions: ${show(mentions)}`;
  if (!isNumber(articles)) return `invalid articles: ${show(articles)}`;
  if (!isNumber(x) || !isNumber(y)) return `invalid position: ${show([x, y])}`;
  if (!isNumber(size)) return `invalid size: ${show(size)}`;
  if (typeof color !== "string") return `invalid color: ${show(color)}`;
  return { label, kind, mentions, articles, x, y, size, color };
}

function validateEvidence(value: unknown): Checked<Evidence> {
  if (!isRecord(value)) return "evidence is not an object";
  const { article, date, sentence, start, end, speaker, condition, confidence } = value;
  if (typeof article !== "string") return `invalid evidence article: ${show(article)}`;
  if (!isDateOrNull(date)) return `invalid evidence date: ${show(date)}`;
  if (typeof sentence !== "string") return `invalid evidence sentence: ${show(sentence)}`;
  if (!isNumber(start) || !isNumber(end)) return `invalid evidence offsets: ${show([start, end])}`;
  if (!isNumber(confidence)) return `invalid evidence confidence: ${show(confidence)}`;
  const evidence: Evidence = { article, date, sentence, start, end, confidence };
  if (typeof speaker === "string") evidence.speaker = speaker;
  if (typeof condition === "string") evidence.condition = condition;
  return evidence;
}

export function validateEdgeAttributes(value: unknown): Checked<EdgeAttributes> {
  if (!isRecord(value)) return "missing attributes";
  const { relation, label, negated, weight, articles, firstSeen, lastSeen, conditions, speakers } = value;
  const { evidence, size, color } = value;
  if (!isRelation(relation)) return `invalid relation: ${show(relation)}`;
  if (typeof label !== "string") return `invalid label: ${show(label)}`;
  if (typeof negated !== "boolean") return `invalid negated: ${show(negated)}`;
  if (!isNumber(weight)) return `invalid weight: ${show(weight)}`;
  if (!isNumber(articles)) return `invalid articles: ${show(articles)}`;
  if (!isDateOrNull(firstSeen)) return `invalid firstSeen: ${show(firstSeen)}`;
  if (!isDateOrNull(lastSeen)) return `invalid lastSeen: ${show(lastSeen)}`;
  if (!isStringArray(conditions)) return `invalid conditions: ${show(conditions)}`;
  if (!isStringArray(speakers)) return `invalid speakers: ${show(speakers)}`;
  if (!Array.isArray(evidence)) return `invalid evidence: ${show(evidence)}`;
  if (!isNumber(size)) return `invalid size: ${show(size)}`;
  if (typeof color !== "string") return `invalid color: ${show(color)}`;
  const checked: Evidence[] = [];
  for (const item of evidence) {
    const e = validateEvidence(item);
    if (typeof e === "string") return e;
    checked.push(e);
  }
  return {
    relation,
    label,
    negated,
    weight,
    articles,
    firstSeen,
    lastSeen,
    conditions,
    speakers,
    evidence: checked,
    size,
    color,
  };
}
