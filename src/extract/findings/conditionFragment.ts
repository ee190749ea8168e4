import type { Assertion } from "../../model/assertion.ts";
import type { Sentence } from "../text/sentences.ts";

// "Seoul is ready to talk to Pyongyang. But only if the North halts its tests.":
// a sentence that is only a condition ("But only if ...", "Provided that ...").
const FRAGMENT =
  /^(?:(?:but|and)\s+)?(?:only\s+)?(?:if|provided|providing|unless|as long as|on condition)\b/i;

/**
 * When `sentence` is a bare condition, the talks the previous sentence offered
 * become conditional on it: each offer turns into conditions_talks_on, with the
 * condition as written and both sentences as evidence. Returns the assertions
 * it changed.
 */
export function attachConditionFragment(text: string, sentence: Sentence, offers: Assertion[]): Assertion[] {
  if (offers.length === 0 || !FRAGMENT.test(sentence.text)) return [];
  for (const offer of offers) {
    offer.relation = "conditions_talks_on";
    offer.condition = sentence.text.replace(/^(?:but|and)\s+/i, "").replace(/[.!]$/, "");
    offer.sentence = text.slice(offer.start, sentence.end);
    offer.end = sentence.end;
  }
  return offers;
}
