import type { RefGroup } from "../mentions/groups.ts";
import { isFirstPerson, type Ref } from "../mentions/mentions.ts";
import type { Token } from "../text/tokenize.ts";
import { isSpeechVerb } from "./clauses.ts";

/**
 * Who a sentence quotes or reports: `"I'm willing to talk," Biden added.`,
 * `He continued: I would be pleased ...`, `Peskov said, "..."`. First-person
 * pronouns in the sentence then stand for this speaker.
 */
export function findSpeaker(tokens: readonly Token[], groups: readonly RefGroup[]): Ref | undefined {
  for (let k = 0; k < tokens.length; k++) {
    // Apart from the loop: closures over `k` would make every word allocate its own scope.
    const ref = isSpeechVerb(tokens[k], tokens[k + 1]) ? speakerOf(tokens, groups, k) : undefined;
    if (ref) return ref;
  }
  return undefined;
}

/** Who speaks with the speech verb at `k`, if a reference says. */
function speakerOf(tokens: readonly Token[], groups: readonly RefGroup[], k: number): Ref | undefined {
  // "Biden added", "Kremlin spokesman Dmitry Peskov said"
  const before = groups
    .filter((g) => g.end <= k && g.end >= k - 2 && !g.refs.some((r) => r.possessive))
    .at(-1);
  const ref = before?.refs.find((r) => !isFirstPerson(r.word));
  if (ref) return ref;
  // ", said Peskov"
  const after = groups.find((g) => g.start === k + 1);
  const afterRef = after?.refs.find((r) => !isFirstPerson(r.word));
  if (afterRef && tokens[k - 1]?.norm === ",") return afterRef;
  return undefined;
}
