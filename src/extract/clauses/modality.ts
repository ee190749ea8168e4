import type { CueMatch } from "../cues/cues.ts";
import type { Token } from "../text/tokenize.ts";
import { wordSet } from "../text/words.ts";
import { BE_FORMS, MODALS_OF_POSSIBILITY, NEGATING_VERBS, NEGATORS } from "./clauses.ts";

/** Negation, mere possibility and passive voice around a cue. */
export function isNegated(tokens: readonly Token[], start: number, cue: CueMatch): boolean {
  for (let k = Math.max(start, cue.index - 6); k < cue.index; k++) {
    const w = tokens[k]?.lower ?? "";
    if (NEGATORS.has(w)) {
      if (w === "not" && tokens[k + 1]?.lower === "only") continue;
      if (w === "no" && tokens[k + 1]?.lower === "longer") return true;
      return true;
    }
    if (NEGATING_VERBS.has(w) && tokens[k + 1]?.lower === "to") return true;
    // "has yet to condemn": not (yet) done.
    if (w === "yet" && tokens[k + 1]?.lower === "to" && YET_AUXILIARIES.has(tokens[k - 1]?.lower ?? ""))
      return true;
  }
  // "Iran denied supplying weapons": a denial of the act.
  return cue.gerund && DENIALS.has(tokens[cue.index - 1]?.lower ?? "");
}

// "has yet to condemn" is not condemning.
const YET_AUXILIARIES = wordSet("yetAuxiliaries");

// "Iran denied supplying weapons": a denial negates the act.
const DENIALS = wordSet("denials");

export function isPossibility(tokens: readonly Token[], start: number, at: number): boolean {
  // "could not support", "there could be no talks": a refusal, not a possibility.
  const negation = (k: number) =>
    ["not", "never", "no"].includes(tokens[k + 1]?.lower ?? "") ||
    (tokens[k + 1]?.lower === "be" && tokens[k + 2]?.lower === "no");
  return tokens.slice(start, at).some((t, k) => MODALS_OF_POSSIBILITY.has(t.lower) && !negation(start + k));
}

/** "the Council would have condemned Hamas": what would have happened did not. */
export function isCounterfactual(tokens: readonly Token[], start: number, at: number): boolean {
  for (let k = Math.max(start, at - 14); k < at - 1; k++) {
    if (tokens[k]?.lower === "would" && tokens[k + 1]?.lower === "have") return true;
  }
  return false;
}

export function isPassive(tokens: readonly Token[], at: number): boolean {
  // "Israel is opposed to French mediation": an adjective with its own object, not a passive.
  if (tokens[at + 1]?.lower === "to" && tokens[at]?.lower === "opposed") return false;
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const w = tokens[k]?.lower ?? "";
    if (BE_FORMS.has(w)) return true;
    // "was not condemned by": a negator sits between the auxiliary and the participle.
    if (NEGATORS.has(w)) continue;
    if (!w.endsWith("ly") && w !== "also" && w !== "widely" && w !== "being" && w !== "been") return false;
  }
  return false;
}
