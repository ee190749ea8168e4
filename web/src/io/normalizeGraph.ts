import { MultiDirectedGraph } from "graphology";
import type { Attributes } from "graphology-types";
import type {
  DiploGraph,
  EdgeAttributes,
  Evidence,
  GraphAttributes,
  NodeAttributes,
} from "../../../src/graph/schema.ts";
import { ACTOR_KINDS, type ActorKind } from "../../../src/model/actor.ts";
import { isRelation, RELATION_LABELS } from "../../../src/model/relations.ts";

/** Read-only view of any graphology graph: what a parsed GEXF or JSON file gives us. */
export interface AnyGraph {
  order: number;
  forEachNode(callback: (node: string, attributes: Attributes) => void): void;
  forEachEdge(callback: (edge: string, attributes: Attributes, source: string, target: string) => void): void;
  getAttributes(): Attributes;
}

export interface NormalizeResult {
  graph: DiploGraph;
  /** Edges dropped because their relation is not one diplograph knows. */
  skippedEdges: number;
}

const KINDS: ReadonlySet<string> = new Set(ACTOR_KINDS);
const isKind = (value: unknown): value is ActorKind => typeof value === "string" && KINDS.has(value);
const num = (value: unknown, fallback: number): number =>
  typeof value === "number" && Number.isFinite(value) ? value : fallback;
const str = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

/** Lists come as arrays (JSON) or as strings (GEXF liststring "a|b", or JSON text). */
function stringList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  if (typeof value !== "string" || value === "") return [];
  if (value.startsWith("[")) {
    try {
      return stringList(JSON.parse(value));
    } catch {
      return [value];
    }
  }
  return value.split("|");
}

function evidenceList(value: unknown): Evidence[] {
  let items: unknown = value;
  if (typeof value === "string" && value.startsWith("[")) {
    try {
      items = JSON.parse(value);
    } catch {
      return [];
    }
  }
  if (!Array.isArray(items)) return [];
  const out: Evidence[] = [];
  for (const item of items) {
    if (typeof item !== "object" || item === null) continue;
    const record: Record<string, unknown> = { ...item };
    const sentence = str(record.sentence);
    if (sentence === null) continue;
    const evidence: Evidence = {
      article: str(record.article) ?? "",
      date: str(record.date),
      sentence,
      start: num(record.start, 0),
      end: num(record.end, 0),
      confidence: num(record.confidence, 1),
    };
    const speaker = str(record.speaker);
    if (speaker) evidence.speaker = speaker;
    const condition = str(record.condition);
    if (condition) evidence.condition = condition;
    out.push(evidence);
  }
  return out;
}

/**
 * Copies a graph from a file into diplograph's schema, filling what a foreign
 * file may lack (kind, counts, positions) so the renderer can trust every
 * attribute. Values are copied as data: nothing here interprets markup.
 */
export function normalizeGraph(source: AnyGraph): NormalizeResult {
  const graph: DiploGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  const name = str(source.getAttributes().name);
  graph.replaceAttributes({
    articleIds: stringList(source.getAttributes().articleIds),
    ...(name ? { name } : {}),
  });
  let i = 0;
  const n = Math.max(1, source.order);
  source.forEachNode((node, attrs) => {
    // Nodes without a position go on a circle: visible at once, and ForceAtlas2 can start from there.
    const angle = (2 * Math.PI * i++) / n;
    graph.addNode(node, {
      label: str(attrs.label) ?? node,
      kind: isKind(attrs.kind) ? attrs.kind : "state",
      mentions: num(attrs.mentions, 1),
      articles: num(attrs.articles, 1),
      x: num(attrs.x, 100 * Math.cos(angle)),
      y: num(attrs.y, 100 * Math.sin(angle)),
      size: num(attrs.size, 0),
      color: str(attrs.color) ?? "",
    });
  });
  let skippedEdges = 0;
  source.forEachEdge((edge, attrs, from, to) => {
    const relation = attrs.relation;
    if (!isRelation(relation)) {
      skippedEdges++;
      return;
    }
    const evidence = evidenceList(attrs.evidence);
    // A GEXF written in "summary" mode carries one sample sentence instead of all evidence.
    const sample = str(attrs.sampleSentence);
    if (evidence.length === 0 && sample !== null) {
      evidence.push({
        article: str(attrs.sampleArticle) ?? "",
        date: str(attrs.sampleDate),
        sentence: sample,
        start: 0,
        end: 0,
        confidence: 1,
      });
    }
    const attributes: EdgeAttributes = {
      relation,
      label: str(attrs.label) ?? RELATION_LABELS[relation],
      negated: attrs.negated === true || attrs.negated === "true",
      weight: num(attrs.weight, Math.max(1, evidence.length)),
      articles: num(attrs.articles, 1),
      firstSeen: str(attrs.firstSeen),
      lastSeen: str(attrs.lastSeen),
      conditions: stringList(attrs.conditions),
      speakers: stringList(attrs.speakers),
      evidence,
      size: num(attrs.size, 0),
      color: str(attrs.color) ?? "",
    };
    if (graph.hasEdge(edge)) graph.addDirectedEdge(from, to, attributes);
    else graph.addDirectedEdgeWithKey(edge, from, to, attributes);
  });
  return { graph, skippedEdges };
}
