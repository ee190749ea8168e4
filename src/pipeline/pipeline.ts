import type { Extractor } from "../extract/createExtractor.ts";
import { createGraph } from "../graph/createGraph.ts";
import { type DateRange, dropLightEdges } from "../graph/filterGraph.ts";
import { type MergeReport, mergeAssertions } from "../graph/mergeAssertions.ts";
import type { DiploGraph } from "../graph/schema.ts";
import { IngestError, parseArticle } from "../ingest/index.ts";
import { type LayoutOptions, layoutGraph } from "../layout/forceAtlas.ts";
import { placeNewNodes } from "../layout/placeNewNodes.ts";
import type { ActorKind } from "../model/actor.ts";
import type { Article, Assertion } from "../model/assertion.ts";
import type { SentenceExplanation } from "../model/explanation.ts";
import { ExtractStep } from "./extractStep.ts";

/**
 * The one way from text to a laid-out graph, shared by `diplograph build`,
 * `diplograph extract` (which stops after the assertions) and the explorer's
 * paste box:
 *
 *   text --parseArticle--> Article --extract--> Assertion[] (dates filtered)
 *        --mergeAssertions--> graph --dropLightEdges--> --layout--> graph
 *
 * Reading files is not part of it (src/io does that in Node, the page reads
 * its own File objects); each step is one function of its stage.
 */

export interface PipelineOptions {
  /** Needed to add articles; a pipeline fed assertions only can do without. */
  extractor?: Extractor;
  /** Kind of an actor an assertion does not type (from the lexicon). */
  resolveKind?: (id: string) => ActorKind | undefined;
  /** Keep assertions dated in the range; undated ones are dropped when a bound is set. */
  range?: DateRange;
  /** Graph to merge into (the explorer's); default a new, empty one. */
  graph?: DiploGraph;
  /**
   * How `finish` places nodes: "forceAtlas2" lays out the whole graph (build),
   * "placeNew" only places the nodes this run added, beside their neighbours,
   * leaving the picture on screen as it was (the explorer).
   */
  layout?: { kind: "forceAtlas2"; options?: LayoutOptions } | { kind: "placeNew"; seed?: number };
  /** Drop edges with fewer evidence sentences, then actors left without an edge. */
  minWeight?: number;
}

export interface PipelineCounts {
  articles: number;
  /** Assertions extracted or read, before the date filter. */
  assertions: number;
  /** Assertions outside `range`. */
  filtered: number;
  /** Evidence sentences merged into the graph (duplicates not counted). */
  added: number;
}

export class Pipeline {
  readonly graph: DiploGraph;
  readonly counts: PipelineCounts = { articles: 0, assertions: 0, filtered: 0, added: 0 };
  private readonly options: PipelineOptions;
  private readonly before: Set<string>;
  private readonly step: ExtractStep;

  constructor(options: PipelineOptions = {}) {
    this.options = options;
    this.step = new ExtractStep(this.counts, options.extractor, options.range);
    this.graph = options.graph ?? createGraph();
    this.before = new Set(this.graph.nodes());
  }

  /** Step 1, text -> Article (front matter, date). Throws IngestError for text that is not an article. */
  parse(id: string, text: string, date?: string): Article {
    return parseArticle(id, text, date === undefined ? { format: "text" } : { format: "text", date });
  }

  /**
   * Step 2, Article -> assertions in the date range. Where `extract` stops;
   * `explain` hears what the extractor did in each sentence (--explain).
   */
  extract(article: Article, explain?: (e: SentenceExplanation) => void): Assertion[] {
    return this.step.extract(article, explain);
  }

  /** Steps 2-3 for one article: its assertions merged, the article recorded even if it states none. */
  addArticle(article: Article): MergeReport {
    return this.merge(this.extract(article), [article.id]);
  }

  /** Step 3 for assertions read from NDJSON: filtered by date, merged. */
  addAssertions(assertions: Assertion[]): MergeReport {
    return this.merge(this.step.keep(assertions), []);
  }

  /** Steps 4-5: light edges dropped, nodes placed. Returns the graph and the nodes this run added. */
  finish(): { graph: DiploGraph; dropped: { edges: number; nodes: number }; newNodes: string[] } {
    const { minWeight, layout = { kind: "forceAtlas2" } } = this.options;
    const dropped = minWeight === undefined ? { edges: 0, nodes: 0 } : dropLightEdges(this.graph, minWeight);
    const newNodes = this.graph.filterNodes((node) => !this.before.has(node));
    if (layout.kind === "forceAtlas2") layoutGraph(this.graph, layout.options);
    else placeNewNodes(this.graph, newNodes, this.before, layout.seed);
    return { graph: this.graph, dropped, newNodes };
  }

  private merge(assertions: Assertion[], articleIds: string[]): MergeReport {
    const options = this.options.resolveKind
      ? { resolveKind: this.options.resolveKind, articleIds }
      : { articleIds };
    const report = mergeAssertions(this.graph, assertions, options);
    this.counts.added += report.added;
    return report;
  }
}

export interface TextInput {
  /** Article id: the file name without extension, or a generated one for pasted text. */
  id: string;
  text: string;
}

export interface TextPipelineResult {
  graph: DiploGraph;
  newNodes: string[];
  added: number;
  /** "id: problem" per text that could not be read as an article. */
  problems: string[];
}

/** An article too large to extract in a browser tab without freezing it. */
export const MAX_ARTICLE_CHARS = 2_000_000;

/**
 * The whole pipeline over texts in memory (the explorer's paste box and
 * dropped .txt files, tests): each text parsed, extracted and merged, then
 * the graph laid out once.
 */
export function runTextPipeline(
  inputs: Iterable<TextInput>,
  options: PipelineOptions & { date?: string },
): TextPipelineResult {
  const pipeline = new Pipeline(options);
  const problems: string[] = [];
  for (const input of inputs) {
    if (input.text.length > MAX_ARTICLE_CHARS) {
      problems.push(
        `${input.id}: article is longer than ${MAX_ARTICLE_CHARS.toLocaleString("en")} characters`,
      );
      continue;
    }
    try {
      pipeline.addArticle(pipeline.parse(input.id, input.text, options.date));
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      problems.push(`${input.id}: ${error.message}`);
    }
  }
  const { graph, newNodes } = pipeline.finish();
  return { graph, newNodes, added: pipeline.counts.added, problems };
}
