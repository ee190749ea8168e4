import type { Extractor } from "../extract/createExtractor.ts";
import { type DateRange, isInDateRange } from "../graph/filterGraph.ts";
import type { Article, Assertion } from "../model/assertion.ts";
import type { SentenceExplanation } from "../model/explanation.ts";

/** What the extract step counts (Pipeline's counts have these fields too). */
export interface ExtractCounts {
  articles: number;
  /** Assertions extracted or read, before the date filter. */
  assertions: number;
  /** Assertions outside the range. */
  filtered: number;
}

/**
 * Step 2 of the pipeline (pipeline.ts), Article -> assertions in the date
 * range. A module of its own so that `diplograph extract`, which stops here,
 * loads none of the graph and layout code of the later steps.
 */
export class ExtractStep {
  constructor(
    private readonly counts: ExtractCounts,
    private readonly extractor?: Extractor,
    private readonly range?: DateRange,
  ) {}

  /** The article's assertions in the range; `explain` hears what the extractor did in each sentence. */
  extract(article: Article, explain?: (e: SentenceExplanation) => void): Assertion[] {
    if (!this.extractor) throw new Error("Pipeline.extract: no extractor given");
    this.counts.articles++;
    return this.keep(this.extractor.extract(article, explain));
  }

  /** The assertions in the range, counted. */
  keep(assertions: Assertion[]): Assertion[] {
    this.counts.assertions += assertions.length;
    const { range } = this;
    if (!range || (range.since === undefined && range.until === undefined)) return assertions;
    const kept = assertions.filter((a) => isInDateRange(a, range));
    this.counts.filtered += assertions.length - kept.length;
    return kept;
  }
}
