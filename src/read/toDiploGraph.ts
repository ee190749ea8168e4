import { MultiGraph } from "graphology";
import type { default as Graph } from "graphology-types";
import { createGraph } from "../graph/createGraph.ts";
import { edgeLabel } from "../graph/mergeAssertions.ts";
import type {
  DiploGraph,
  EdgeAttributes,
  Evidence,
  ExtraAttributes,
  GraphAttributes,
  NodeAttributes,
} from "../graph/schema.ts";
import { isActorKind } from "../model/actor.ts";
import { EDGE_RELATION_LABELS, GENERIC_RELATION, isRelation } from "../model/relations.ts";
import type { ReadWarnings } from "./errors.ts";

/**
 * The one mapping from attributes read from a file (GEXF or graphology JSON)
 * to diplograph's schema, shared by both readers: what it accepts, repairs
 * and drops is README.md's policy.
 */

type Raw = Record<string, unknown>;

/** Fields of our schema; everything else a file carries is kept in `extra`. */
const NODE_FIELDS = new Set(["label", "kind", "mentions", "articles", "x", "y", "extra"]);
const EDGE_FIELDS = new Set([
  "relation",
  "label",
  "negated",
  "weight",
  "articles",
  "firstSeen",
  "lastSeen",
  "conditions",
  "speakers",
  "evidence",
  "extra",
]);
/** Drawing attributes diplograph derives itself (src/appearance): dropped from its own files, kept from others. */
const DRAWN = new Set(["size", "color", "thickness"]);

const finite = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);
const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

/** Everything but `fields`; a foreign file's own "kind" or "relation" (not one of ours) stays, as its data. */
function extraOf(attrs: Raw, fields: Set<string>, ours: boolean): ExtraAttributes | undefined {
  const extra: ExtraAttributes = {};
  let any = false;
  const nested = attrs.extra;
  const entries = Object.entries(attrs);
  if (typeof nested === "object" && nested !== null && !Array.isArray(nested)) {
    entries.push(...Object.entries(nested));
  }
  for (const [name, value] of entries) {
    const own = fields.has(name) && (ours || (name !== "kind" && name !== "relation"));
    if (own || (ours && DRAWN.has(name)) || name === "__proto__") continue;
    const kept = extraValue(value);
    if (kept === null) continue;
    extra[name] = kept;
    any = true;
  }
  return any ? extra : undefined;
}

/** Scalars as they are; lists (GEXF liststring) as "a, b"; anything else dropped. */
function extraValue(value: unknown): string | number | boolean | null {
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (finite(value)) return value;
  if (Array.isArray(value)) return value.map(String).join(", ");
  return null;
}

function stringList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  const one = text(value);
  if (one === null) return [];
  if (one.startsWith("[")) {
    try {
      return stringList(JSON.parse(one));
    } catch {
      return [one];
    }
  }
  return [one];
}

function evidenceItem(value: unknown): Evidence | null {
  if (typeof value !== "object" || value === null) return null;
  const r: Raw = { ...value };
  const { article, date, sentence, start, end, confidence } = r;
  if (typeof article !== "string" || typeof sentence !== "string") return null;
  if (!(date === null || typeof date === "string")) return null;
  if (!finite(start) || !finite(end) || !finite(confidence)) return null;
  const evidence: Evidence = { article, date, sentence, start, end, confidence };
  if (typeof r.speaker === "string") evidence.speaker = r.speaker;
  if (typeof r.condition === "string") evidence.condition = r.condition;
  return evidence;
}

/** Evidence as an array (JSON) or a JSON string (GEXF "full"); bad items dropped with a warning. */
function evidenceList(value: unknown, edge: string, warnings: ReadWarnings): Evidence[] {
  if (value === undefined || value === null) return [];
  let items: unknown = value;
  if (typeof value === "string") {
    try {
      items = JSON.parse(value);
    } catch {
      items = null;
    }
  }
  if (!Array.isArray(items)) {
    warnings.add("edge with unreadable evidence (evidence dropped)", edge);
    return [];
  }
  const out: Evidence[] = [];
  for (const item of items) {
    const e = evidenceItem(item);
    if (e) out.push(e);
    else warnings.add("invalid evidence record (dropped)", edge);
  }
  return out;
}

/** Only `fields` as own keys, none of them `extra`: what the slow path below would copy one to one. */
function onlyFields(attrs: Raw, fields: Set<string>): boolean {
  for (const name in attrs) if (!fields.has(name) || name === "extra") return false;
  return true;
}

const isRecord = (value: unknown): value is Raw => typeof value === "object" && value !== null;
const nullOrText = (value: unknown) => value === null || text(value) !== null;
const stringArray = (value: unknown) => Array.isArray(value) && value.every((v) => typeof v === "string");
const EVIDENCE_FIELDS = new Set([
  "article",
  "date",
  "sentence",
  "start",
  "end",
  "confidence",
  "speaker",
  "condition",
]);

/** A node as diplograph writes it: the reader would rebuild the same attributes. */
export function isOwnNode(attrs: Raw): boolean {
  return (
    onlyFields(attrs, NODE_FIELDS) &&
    text(attrs.label) !== null &&
    isActorKind(attrs.kind) &&
    finite(attrs.mentions) &&
    finite(attrs.articles) &&
    finite(attrs.x) &&
    finite(attrs.y)
  );
}

function isOwnEvidence(item: unknown): boolean {
  if (!isRecord(item) || !onlyFields(item, EVIDENCE_FIELDS)) return false;
  const { article, date, sentence, start, end, confidence, speaker, condition } = item;
  return (
    typeof article === "string" &&
    typeof sentence === "string" &&
    (date === null || typeof date === "string") &&
    finite(start) &&
    finite(end) &&
    finite(confidence) &&
    (speaker === undefined || typeof speaker === "string") &&
    (condition === undefined || typeof condition === "string")
  );
}

/** An edge as diplograph writes it (all fields, well typed): the reader would rebuild the same attributes. */
export function isOwnEdge(attrs: Raw): boolean {
  return (
    onlyFields(attrs, EDGE_FIELDS) &&
    isRelation(attrs.relation) &&
    text(attrs.label) !== null &&
    typeof attrs.negated === "boolean" &&
    finite(attrs.weight) &&
    finite(attrs.articles) &&
    nullOrText(attrs.firstSeen) &&
    nullOrText(attrs.lastSeen) &&
    stringArray(attrs.conditions) &&
    stringArray(attrs.speakers) &&
    Array.isArray(attrs.evidence) &&
    attrs.evidence.every(isOwnEvidence)
  );
}

/**
 * A node read from a file; `placed` is false when it had no finite position.
 * One diplograph wrote is taken as parsed, not copied: copying every
 * attribute and evidence record was most of the time to open a large file.
 */
export function nodeFrom(key: string, raw: unknown): { attributes: NodeAttributes; placed: boolean } {
  if (isRecord(raw) && isOwnNode(raw)) return { attributes: raw as unknown as NodeAttributes, placed: true };
  const attrs: Raw = typeof raw === "object" && raw !== null ? { ...raw } : {};
  const ours = isActorKind(attrs.kind);
  const placed = finite(attrs.x) && finite(attrs.y);
  const attributes: NodeAttributes = {
    label: text(attrs.label) ?? key,
    kind: isActorKind(attrs.kind) ? attrs.kind : "other",
    mentions: finite(attrs.mentions) ? attrs.mentions : -1,
    articles: finite(attrs.articles) ? attrs.articles : 0,
    x: placed ? (attrs.x as number) : 0,
    y: placed ? (attrs.y as number) : 0,
  };
  const extra = extraOf(attrs, NODE_FIELDS, ours);
  if (extra) attributes.extra = extra;
  return { attributes, placed };
}

/** An edge read from a file; one diplograph wrote is taken as parsed (see nodeFrom). */
export function edgeFrom(key: string, raw: unknown, warnings: ReadWarnings): EdgeAttributes {
  if (isRecord(raw) && isOwnEdge(raw)) return raw as unknown as EdgeAttributes;
  const attrs: Raw = typeof raw === "object" && raw !== null ? { ...raw } : {};
  const ours = isRelation(attrs.relation);
  const relation = isRelation(attrs.relation) ? attrs.relation : GENERIC_RELATION;
  const negated = attrs.negated === true || attrs.negated === "true";
  const evidence = evidenceList(attrs.evidence, key, warnings);
  const attributes: EdgeAttributes = {
    relation,
    label: text(attrs.label) ?? (ours ? edgeLabel(relation, negated) : EDGE_RELATION_LABELS[relation]),
    negated,
    weight: finite(attrs.weight) ? attrs.weight : ours ? evidence.length : 1,
    articles: finite(attrs.articles) ? attrs.articles : 0,
    firstSeen: text(attrs.firstSeen),
    lastSeen: text(attrs.lastSeen),
    conditions: stringList(attrs.conditions),
    speakers: stringList(attrs.speakers),
    evidence,
  };
  const extra = extraOf(attrs, EDGE_FIELDS, ours);
  if (extra) attributes.extra = extra;
  return attributes;
}

/** An empty graph of the file's type: directed stays the default (createGraph), undirected and mixed stay so. */
export function graphOfType(type: string, attributes: GraphAttributes): DiploGraph {
  if (type !== "undirected" && type !== "mixed") {
    const graph = createGraph();
    graph.replaceAttributes(attributes);
    return graph;
  }
  const graph: DiploGraph = new MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({
    type: type === "undirected" ? "undirected" : "mixed",
  });
  graph.replaceAttributes(attributes);
  return graph;
}

/** Nodes of foreign files have no mention count: their degree stands in for it (sizes follow it). */
export function fillMentions(graph: DiploGraph): void {
  graph.forEachNode((node, a) => {
    if (a.mentions < 0) graph.setNodeAttribute(node, "mentions", graph.degree(node));
  });
}

export type AnyGraph = Graph<Raw, Raw, Raw>;
