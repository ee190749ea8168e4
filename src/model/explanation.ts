/**
 * What the extractor did in one sentence, for `diplograph extract --explain`
 * and the evaluation report: the actors it saw, the cues, and every rule that
 * fired or blocked a candidate, by its stable name.
 */
export interface SentenceExplanation {
  article: string;
  sentence: string;
  start: number;
  end: number;
  /** Actor references: the words and the actors they stand for ("the Kremlin" -> RUS). */
  mentions: { text: string; actors: string[]; kind: string }[];
  cues: { word: string; relation: string; frame: string }[];
  notes: RuleNote[];
}

export interface RuleNote {
  /** Stable rule name: a frame ("condemns.verb") or a filter ("clause.request"). */
  rule: string;
  outcome: "fired" | "blocked";
  /** The cue word the rule looked at. */
  cue: string;
  /** What it produced ("USA condemns RUS") or why it blocked. */
  detail: string;
}
