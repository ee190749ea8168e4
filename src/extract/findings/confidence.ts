import type { Ref } from "../mentions/mentions.ts";
import type { Finding } from "../relations/finding.ts";

/**
 * Confidence of an assertion, in [0, 1]: how directly the sentence states it.
 * 1.0  an explicit cue verb with both actors named in the clause
 *      ("The United States condemns Iran's attack on Israel").
 * x0.85 the relation is a nominalisation ("their continued support for Ukraine").
 * x0.8  an actor came from coreference: a pronoun, "the two presidents", "the Secretary".
 * x0.75 the source is only the reporter of the clause ("Biden said that negotiations ...").
 * x0.85 the target is an adjective of nationality ("recent Russian strikes").
 * Scores multiply; they are rounded to two decimals.
 */
export function confidenceOf(finding: Finding, source: Ref, target: Ref): number {
  let c = 1;
  if (finding.indirect.nominal) c *= 0.85;
  if (finding.indirect.viaSpeaker) c *= 0.75;
  if (source.resolved) c *= 0.8;
  if (target.resolved) c *= 0.8;
  if (target.kind === "demonym") c *= 0.85;
  return Math.round(c * 100) / 100;
}
