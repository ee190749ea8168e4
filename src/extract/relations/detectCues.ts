import type { Relation } from "../../model/relations.ts";
import {
  clauseStart,
  isStopped,
  MODALS_OF_POSSIBILITY,
  NEGATING_VERBS,
  NEGATORS,
  unassertedBy,
} from "../clauses/clauses.ts";
import { defaultCueLexicon } from "../cues/cues.ts";
import { tokenize } from "../text/tokenize.ts";

/**
 * The relations a sentence's wording expresses, whoever the actors are: the
 * cue layer alone, as the CAMEO codebook test measures it. Negated cues and
 * mere possibilities count for nothing, except "not accept" -> rejects.
 */
export function detectRelationCues(sentence: string): Set<Relation> {
  const tokens = tokenize(sentence);
  const found = new Set<Relation>();
  const cues = defaultCueLexicon().findCues(tokens);
  for (const [n, cue] of cues.entries()) {
    if (unassertedBy(tokens, cue)) continue;
    // "rejected accusations by Amnesty": a noun cue that is another verb's object belongs to someone else.
    const governing = cues[n - 1];
    if (
      cue.form === "noun" &&
      governing?.form === "verb" &&
      governing.relation !== cue.relation &&
      cue.index - governing.after < 4
    )
      continue;
    const start = Math.max(clauseStart(tokens, cue.index), cue.index - 6);
    const before = tokens.slice(start, cue.index).map((t) => t.lower);
    const negated =
      before.some((w, i) => NEGATORS.has(w) || (NEGATING_VERBS.has(w) && before[i + 1] === "to")) ||
      isStopped(tokens, cue);
    if (before.some((w) => MODALS_OF_POSSIBILITY.has(w))) continue;
    if (cue.requiresNegation) {
      if (negated) found.add("rejects");
      continue;
    }
    if (negated) {
      if (cue.talks) found.add("rejects");
      continue;
    }
    found.add(cue.relation);
  }
  return found;
}
