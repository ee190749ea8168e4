import type { Relation } from "../../model/relations.ts";
import { clauseEnd, clauseStart, isStopped, isUnasserted } from "../clauses/clauses.ts";
import { isNegated, isPassive, isPossibility } from "../clauses/modality.ts";
import type { CueMatch } from "../cues/cues.ts";
import { impliedGroup, type RefGroup } from "../mentions/groups.ts";
import type { Token } from "../text/tokenize.ts";
import {
  afterLightVerb,
  agentAfter,
  byAgent,
  objectOf,
  participleSource,
  possessorOf,
  reportingSubject,
  sharedSubject,
  slotTarget,
  speakerField,
  subjectOf,
} from "./arguments.ts";
import type { Finding, SentenceView } from "./finding.ts";
import { talkFinding } from "./talks.ts";

/** Turns each cue of a sentence into findings, with source, target, negation and condition. */
export function findRelations(view: SentenceView): Finding[] {
  const { tokens, cues } = view;
  if (tokens.at(-1)?.norm === "?" || tokens.at(-2)?.norm === "?") return [];
  const out: Finding[] = [];
  const subjects = new Map<CueMatch, RefGroup | undefined>();
  for (const [n, cue] of cues.entries()) {
    if (isUnasserted(tokens, cue)) continue;
    // "refused to condemn Russia": the refusal negates the inner verb; it is not a rejection of Russia.
    if (
      cue.relation === "rejects" &&
      tokens[cue.after]?.lower === "to" &&
      cues.some((c) => c.index === cue.after + 1)
    )
      continue;
    const finding = cue.talks
      ? talkFinding(view, cue)
      : cue.accusation
        ? accusationFinding(view, cue, cues)
        : cue.relation === "proxy_of"
          ? proxyFinding(view, cue)
          : plainFinding(view, cue, cues, n, subjects);
    if (finding) out.push(finding);
  }
  return out;
}

function plainFinding(
  view: SentenceView,
  cue: CueMatch,
  cues: CueMatch[],
  n: number,
  subjects: Map<CueMatch, RefGroup | undefined>,
): Finding | null {
  const { tokens, groups } = view;
  const start = clauseStart(tokens, cue.index);
  if (isPossibility(tokens, start, cue.index)) return null;
  const negated = isNegated(tokens, start, cue) || isStopped(tokens, cue);
  if (cue.requiresNegation && !negated) return null;
  const passive = cue.form === "verb" && cue.participle && isPassive(tokens, cue.index);

  let sourceGroup: RefGroup | undefined;
  let targetGroup: RefGroup | undefined;
  let nominal = false;
  if (cue.form === "noun") {
    nominal = true;
    sourceGroup = possessorOf(tokens, groups, cue.index) ?? agentAfter(tokens, groups, cue);
    // "reaffirmed ... support", "providing ... assistance": the noun is the clause subject's own act.
    if (!sourceGroup && afterLightVerb(tokens, cue.index))
      sourceGroup = subjectOf(view, start, cue.index, cues);
    targetGroup = objectOf(view, cue, cues, n, sourceGroup);
    // "affirmed Israel's right to defend itself": the right's owner is backed by the clause subject.
    if (cue.ownerIsTarget && afterLightVerb(tokens, cue.index)) {
      targetGroup = sourceGroup;
      // "affirmed" also introduces reported speech: the subject may stand before it.
      const before = start > 0 ? subjectOf(view, clauseStart(tokens, start - 1), start - 1, cues) : undefined;
      sourceGroup = subjectOf(view, start, cue.index, cues) ?? before;
      if (sourceGroup === targetGroup) sourceGroup = before;
    }
  } else if (passive) {
    sourceGroup = byAgent(tokens, groups, cue.after, clauseEnd(tokens, cue.after));
    targetGroup = subjectOf(view, start, cue.index, cues);
  } else {
    const previous = sharedSubject(view, cue, cues, n, subjects);
    const modifier = cue.gerund ? participleSource(view, cue, start, cues) : undefined;
    if (modifier === null) return null;
    sourceGroup = previous ?? modifier ?? subjectOf(view, start, cue.index, cues);
    // "Merkel said the attack was understandable and blamed Assad": the reporter's second verb.
    if (!sourceGroup && tokens[cue.index - 1]?.lower === "and")
      sourceGroup = reportingSubject(view, cue.index);
    targetGroup =
      cue.slotEnd !== undefined ? slotTarget(groups, cue) : objectOf(view, cue, cues, n, sourceGroup);
  }
  subjects.set(cue, sourceGroup);
  // "Russia and Ukraine accused each other": every member toward every other (self-pairs are dropped later).
  if (!targetGroup && sourceGroup && isReciprocal(tokens, cue.after)) targetGroup = sourceGroup;
  if (!sourceGroup || !targetGroup) return null;
  const relation: Relation = cue.requiresNegation ? "rejects" : cue.relation;
  return {
    relation,
    sources: sourceGroup.refs,
    targets: targetGroup.refs,
    negated: cue.requiresNegation ? false : negated,
    ...speakerField(view, sourceGroup, cue.index),
    indirect: { nominal, viaSpeaker: false },
  };
}

function isReciprocal(tokens: readonly Token[], from: number): boolean {
  const [a, b] = [tokens[from]?.lower, tokens[from + 1]?.lower];
  return (a === "each" && b === "other") || (a === "one" && b === "another");
}

/** "X reneges on its commitments", stated by a speaker or the document's voice: the speaker condemns X. */
function accusationFinding(view: SentenceView, cue: CueMatch, cues: CueMatch[]): Finding | null {
  const { tokens } = view;
  const start = clauseStart(tokens, cue.index);
  if (isPossibility(tokens, start, cue.index)) return null;
  const negated = isNegated(tokens, start, cue);
  if (cue.requiresNegation !== negated) return null;
  const accused = subjectOf(view, start, cue.index, cues);
  const accuser = reportingSubject(view, cue.index) ?? (view.voice ? impliedGroup(view.voice) : undefined);
  // Only named subjects: "they run away from treaties" is too loose to pin on anyone.
  if (!accused || !accuser || accused.refs.some((r) => r.kind === "pronoun" || r.kind === "relative"))
    return null;
  return {
    relation: "condemns",
    sources: accuser.refs,
    targets: accused.refs,
    negated: false,
    ...speakerField(view, accuser, cue.index),
    indirect: { nominal: false, viaSpeaker: true },
  };
}

/** "Russian forces and their proxies, including entities like the Wagner Group": WAGNER proxy_of RUS. */
function proxyFinding(view: SentenceView, cue: CueMatch): Finding | null {
  const { tokens, groups } = view;
  const patron = possessorOf(tokens, groups, cue.index);
  if (!patron) return null;
  for (let k = cue.after; k < Math.min(tokens.length, cue.after + 6); k++) {
    const w = tokens[k]?.lower ?? "";
    if (w === "including" || w === "like" || (w === "such" && tokens[k + 1]?.lower === "as")) {
      const proxy = groups.find(
        (g) => g.start > k && g.start <= k + 5 && !g.refs.some((r) => r.modifierOnly),
      );
      if (!proxy) return null;
      return {
        relation: "proxy_of",
        sources: proxy.refs,
        targets: patron.refs,
        negated: false,
        indirect: { nominal: true, viaSpeaker: false },
      };
    }
  }
  return null;
}
