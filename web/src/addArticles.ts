import type { Extractor } from "../../src/extract/createExtractor.ts";
import { applyAppearance } from "../../src/graph/applyAppearance.ts";
import { mergeAssertions } from "../../src/graph/mergeAssertions.ts";
import type { DiploGraph } from "../../src/graph/schema.ts";
import { IngestError, parseArticle } from "../../src/ingest/index.ts";
import { seededPosition } from "../../src/layout/seededPosition.ts";
import type { ActorKind } from "../../src/model/actor.ts";

export interface ArticleInput {
  /** Article id: the file name without extension, or a generated one for pasted text. */
  id: string;
  text: string;
}

export interface AddArticlesResult {
  newNodes: string[];
  newEdges: string[];
  /** Evidence sentences added (new and existing edges). */
  added: number;
  /** "name: problem" per article that could not be read. */
  problems: string[];
}

/** An article too large to extract in a tab without freezing it. */
export const MAX_ARTICLE_CHARS = 2_000_000;

/**
 * Runs the CLI's pipeline in the browser: parseArticle -> extract ->
 * mergeAssertions -> applyAppearance. New actors are placed beside the
 * actors they relate to, so they appear where the reader is looking.
 */
export function addArticles(
  graph: DiploGraph,
  extractor: Extractor,
  articles: ArticleInput[],
  date: string | undefined,
  resolveKind: (id: string) => ActorKind | undefined,
): AddArticlesResult {
  const before = new Set(graph.nodes());
  const beforeEdges = new Set(graph.edges());
  const result: AddArticlesResult = { newNodes: [], newEdges: [], added: 0, problems: [] };
  for (const input of articles) {
    if (input.text.length > MAX_ARTICLE_CHARS) {
      result.problems.push(
        `${input.id}: article is longer than ${MAX_ARTICLE_CHARS.toLocaleString("en")} characters`,
      );
      continue;
    }
    try {
      const article = parseArticle(
        input.id,
        input.text,
        date ? { format: "text", date } : { format: "text" },
      );
      const report = mergeAssertions(graph, extractor.extract(article), {
        resolveKind,
        articleIds: [article.id],
      });
      result.added += report.added;
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      result.problems.push(`${input.id}: ${error.message}`);
    }
  }
  result.newNodes = graph.filterNodes((node) => !before.has(node));
  result.newEdges = graph.filterEdges((edge) => !beforeEdges.has(edge));
  placeNearNeighbours(graph, result.newNodes, before);
  applyAppearance(graph);
  return result;
}

/**
 * Puts each new node at the centre of its already placed neighbours, nudged
 * so it does not cover them; an article's own new group (no known neighbour)
 * lands inside the current picture, not at merge's default radius.
 */
function placeNearNeighbours(graph: DiploGraph, nodes: string[], existing: Set<string>): void {
  if (existing.size === 0) return;
  let span = 1;
  for (const node of existing) {
    span = Math.max(
      span,
      Math.abs(graph.getNodeAttribute(node, "x")),
      Math.abs(graph.getNodeAttribute(node, "y")),
    );
  }
  const placed = new Set(existing);
  const pending = [...nodes];
  // Rounds: nodes next to placed ones first, so a chain of new actors grows out from the graph.
  while (pending.length > 0) {
    const round = pending.filter((node) => graph.neighbors(node).some((n) => placed.has(n)));
    if (round.length === 0) {
      const node = pending[0] ?? "";
      graph.mergeNodeAttributes(node, seededPosition(node, 7, span * 0.9));
      placed.add(node);
      pending.splice(0, 1);
      continue;
    }
    for (const [i, node] of round.entries()) {
      const anchors = graph.neighbors(node).filter((n) => placed.has(n));
      const x = anchors.reduce((sum, n) => sum + graph.getNodeAttribute(n, "x"), 0) / anchors.length;
      const y = anchors.reduce((sum, n) => sum + graph.getNodeAttribute(n, "y"), 0) / anchors.length;
      const angle = (i + 1) * 2.399963; // golden angle: successive nodes fan out instead of stacking
      const offset = span * 0.08;
      graph.mergeNodeAttributes(node, { x: x + offset * Math.cos(angle), y: y + offset * Math.sin(angle) });
      placed.add(node);
      pending.splice(pending.indexOf(node), 1);
    }
  }
}
