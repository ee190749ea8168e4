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
}
