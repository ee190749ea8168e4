import type { ActorKind } from "./actor.ts";
import type { Relation } from "./relations.ts";

/**
 * One article as the engine sees it. `text` is what evidence offsets index:
 * the whole file for .txt/.md (front matter included, so `slice(start, end)`
 * of the file gives the sentence), the extracted text for .html.
 */
export interface Article {
  /** File name without folder and extension. */
  id: string;
  text: string;
  /** Offset where the body starts (after front matter). */
  bodyStart: number;
  /** ISO date YYYY-MM-DD, from front matter or the --date flag; null when unknown. */
  date: string | null;
  title?: string;
  source?: string;
}

/**
 * One diplomatic position stated in one sentence, with its evidence.
 * Field names follow ANNOTATION.md ("Extractor output the scorer reads").
 */
export interface Assertion {
  article: string;
  date: string | null;
  source: string;
  sourceLabel: string;
  /** Kind of the source actor, so a graph can be built from NDJSON alone. */
  sourceKind?: ActorKind;
  target: string;
  targetLabel: string;
  targetKind?: ActorKind;
  relation: Relation;
  /** True when the text states the position is NOT taken ("did not condemn"). */
  negated: boolean;
  /** The precondition, as written ("if he withdraws his forces from Ukraine"). */
  condition?: string;
  /** The person or office that voiced it, when named ("Dmitry Peskov"). */
  speaker?: string;
  sentence: string;
  /** Character offsets of `sentence` in `Article.text`. */
  start: number;
  end: number;
  /**
   * How directly the text states the position, in [0, 1]:
   * 1.0 explicit verb with both actors named in the clause; lower when an actor
   * came from coreference (pronoun, "the two presidents") or the relation from
   * a nominalisation ("their support for"). See src/extract/confidence.ts.
   */
  confidence: number;
}
