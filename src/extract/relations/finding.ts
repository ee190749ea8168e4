import type { RuleNote } from "../../model/explanation.ts";
import type { Relation } from "../../model/relations.ts";
import type { CueMatch } from "../cues/cues.ts";
import type { RefGroup } from "../mentions/groups.ts";
import type { Ref } from "../mentions/mentions.ts";
import type { Token } from "../text/tokenize.ts";

/** One relation found in a sentence, before it becomes an Assertion. */
export interface Finding {
  relation: Relation;
  sources: Ref[];
  targets: Ref[];
  negated: boolean;
  condition?: { start: number; end: number };
  speaker?: string;
  /** Reasons that lower confidence (see confidence.ts). */
  indirect: { nominal: boolean; viaSpeaker: boolean };
}

/** Collects what each rule did in a sentence (only when explaining). */
export interface Tracer {
  note(note: RuleNote): void;
}

/** Who last performed an act of a kind ("violence", "claim"), as remembered by relations/acts.ts. */
export interface ActAuthors {
  authorOf(kind: string, except: Set<string>): string[] | undefined;
}

/** One sentence as the relation finders read it. */
export interface SentenceView {
  tokens: readonly Token[];
  groups: RefGroup[];
  cues: CueMatch[];
  /** The person or actor the sentence quotes or reports, if any. */
  speaker: Ref | undefined;
  /** The actor the document speaks for ("We Iranians ..."), if known. */
  voice: string | null;
  /** The actor the voice has condemned most so far in the document, if any. */
  opponent?: string;
  /** Who performed the acts the article reported so far ("the attack" -> its author). */
  acts?: ActAuthors;
  trace?: Tracer;
}

/** Records that `rule` dropped the candidate of `cue`, and returns null for the caller to return. */
export function blocked(view: SentenceView, cue: CueMatch, rule: string, detail: string): null {
  view.trace?.note({ rule, outcome: "blocked", cue: view.tokens[cue.index]?.text ?? "", detail });
  return null;
}
