import type { Relation } from "../../model/relations.ts";
import { clauseEnd, clauseStart, isStopped, unassertedBy } from "../clauses/clauses.ts";
import { isCounterfactual, isNegated, isPassive, isPossibility } from "../clauses/modality.ts";
import type { CueMatch } from "../cues/cues.ts";
import { actorsOf, impliedGroup, type RefGroup } from "../mentions/groups.ts";
import type { Token } from "../text/tokenize.ts";
import { startsLetter } from "../text/wordShape.ts";
import { type ActNoun, actNounAt, actsBefore, authorInSentence } from "./acts.ts";
import {
  afterAdverbials,
  afterLightVerb,
  agentAfter,
  byAgent,
  complementSubject,
  objectOf,
  participleSource,
  possessorOf,
  reportingSubject,
  sharedSubject,
  slotTarget,
  speakerField,
  subjectOf,
} from "./arguments.ts";
import { blocked, type Finding, type SentenceView } from "./finding.ts";
import { talkFinding } from "./talks.ts";
import { verdictFindings } from "./verdicts.ts";

/** Turns each cue of a sentence into findings, with source, target, negation and condition. */
export function findRelations(view: SentenceView): Finding[] {
  const { tokens, cues } = view;
  const question = tokens.at(-1)?.norm === "?" || tokens.at(-2)?.norm === "?";
  const out: Finding[] = [];
  const subjects = new Map<CueMatch, RefGroup | undefined>();
  for (const [n, cue] of cues.entries()) {
    const finding = question
      ? blocked(view, cue, "clause.question", "a question states no position")
      : findingOf(view, cue, n, subjects);
    if (!finding) continue;
    view.trace?.note({
      rule: cue.frame,
      outcome: "fired",
      cue: tokens[cue.index]?.text ?? "",
      detail: describeFinding(finding),
    });
    out.push(finding);
  }
  if (!question) out.push(...verdictFindings(view));
  return [...out, ...sharedBy(view, out)];
}

/**
 * "Denmark condemned Russia, as did Sweden", "..., and so did Oslo": the same
 * position taken by another actor.
 */
function sharedBy(view: SentenceView, findings: Finding[]): Finding[] {
  const { tokens, groups } = view;
  const last = findings.at(-1);
  if (!last) return [];
  for (let k = 1; k < tokens.length - 1; k++) {
    const w = tokens[k]?.lower;
    const aux = tokens[k + 1]?.lower ?? "";
    if ((w !== "as" && w !== "so") || !SHARING_AUXILIARIES.has(aux)) continue;
    const other = groups.find(
      (g) => g.start === k + 2 || (g.start === k + 3 && tokens[k + 2]?.lower === "the"),
    );
    if (other && (w === "so" || tokens[k - 1]?.norm === ","))
      return [{ ...last, sources: other.refs, indirect: { ...last.indirect, viaSpeaker: true } }];
  }
  return [];
}

const SHARING_AUXILIARIES = new Set(["did", "do", "does", "have", "has", "had", "will", "would"]);

function findingOf(
  view: SentenceView,
  cue: CueMatch,
  n: number,
  subjects: Map<CueMatch, RefGroup | undefined>,
): Finding | null {
  const { tokens, cues } = view;
  const unasserted = unassertedBy(tokens, cue);
  if (unasserted) return blocked(view, cue, unasserted, "the cue is mentioned, not asserted");
  // "refused to condemn Russia": the refusal negates the inner verb; it is not a rejection of Russia.
  if (
    cue.relation === "rejects" &&
    tokens[cue.after]?.lower === "to" &&
    cues.some((c) => c.index === cue.after + 1)
  )
    return blocked(view, cue, "rejects.refusal-of-inner-verb", "the refusal negates the next cue");
  if (cue.talks) return talkFinding(view, cue);
  if (cue.accusation) return accusationFinding(view, cue, cues);
  if (cue.relation === "proxy_of") return proxyFinding(view, cue);
  return plainFinding(view, cue, cues, n, subjects);
}

function describeFinding(f: Finding): string {
  const names = (refs: Finding["sources"]) => actorsOf(refs).join("+") || "?";
  return `${names(f.sources)} ${f.negated ? "NOT " : ""}${f.relation} ${names(f.targets)}${f.condition ? " (with a condition)" : ""}`;
}

function plainFinding(
  view: SentenceView,
  cue: CueMatch,
  cues: CueMatch[],
  n: number,
  subjects: Map<CueMatch, RefGroup | undefined>,
): Finding | null {
  const { tokens } = view;
  const start = clauseStart(tokens, cue.index);
  if (isPossibility(tokens, start, cue.index))
    return blocked(view, cue, "modality.possibility", "a mere possibility (may, might, could)");
  if (isCounterfactual(tokens, start, cue.index))
    return blocked(view, cue, "modality.counterfactual", "what would have happened did not");
  const negated = isNegated(tokens, start, cue) || isStopped(tokens, cue);
  if (cue.requiresNegation && !negated && !cue.positive)
    return blocked(view, cue, "frame.requires-negation", "this cue is a rejection only when negated");
  const clause = { view, cue, cues, n, start };
  const args =
    cue.form === "noun"
      ? nounArguments(clause)
      : isPassiveCue(tokens, cue)
        ? passiveArguments(clause)
        : activeArguments(clause, subjects);
  if (args === null)
    return blocked(
      view,
      cue,
      "argument.unauthored-modifier",
      "the thing the participle modifies has no author",
    );
  let { source, target } = args;
  subjects.set(cue, source);
  // "Russia and Ukraine accused each other": every member toward every other (self-pairs are dropped later).
  if (!target && source && isReciprocal(tokens, cue.after)) target = source;
  if (!source) return blocked(view, cue, "argument.no-source", "no actor holds the position");
  if (!target) return blocked(view, cue, "argument.no-target", "no actor in the object");
  const relation: Relation = cue.requiresNegation
    ? negated
      ? "rejects"
      : (cue.positive ?? "rejects")
    : cue.relation;
  return {
    relation,
    sources: source.refs,
    targets: target.refs,
    negated: cue.requiresNegation ? false : negated,
    ...speakerField(view, source, cue.index),
    indirect: { nominal: cue.form === "noun", viaSpeaker: false },
  };
}

/** A cue in its clause, as the argument finders below read it. */
interface CueClause {
  view: SentenceView;
  cue: CueMatch;
  cues: CueMatch[];
  /** The cue's position in `cues`. */
  n: number;
  start: number;
}

interface Arguments {
  source: RefGroup | undefined;
  target: RefGroup | undefined;
}

/** The act noun right before `at`, through a comma: "a call rejected by", "the claim, made by". */
function actBefore(tokens: readonly Token[], at: number): ActNoun | undefined {
  const k = tokens[at - 1]?.norm === "," ? at - 2 : at - 1;
  return actNounAt(tokens, k, k + 1);
}

/** "was condemned by", or "a call rejected by Moscow": a participle right after an act noun, with its agent. */
function isPassiveCue(tokens: readonly Token[], cue: CueMatch): boolean {
  if (cue.form !== "verb" || !cue.participle) return false;
  return isReducedPassive(tokens, cue) || isPassive(tokens, cue.index);
}

/** "a call rejected by Moscow", "the Beagle Channel, disputed by Argentina and Chile": a participle with its agent after a noun. */
function isReducedPassive(tokens: readonly Token[], cue: CueMatch): boolean {
  if (tokens[cue.after]?.lower !== "by") return false;
  const prev = tokens[cue.index - 1];
  return actNounAt(tokens, cue.index - 1, cue.index) !== undefined || prev?.norm === ",";
}

/** "their support for Ukraine", "Iran's attack", "reaffirmed Israel's right to defend itself". */
function nounArguments({ view, cue, cues, n, start }: CueClause): Arguments {
  const { tokens, groups } = view;
  let source = possessorOf(tokens, groups, cue.index) ?? agentAfter(tokens, groups, cue);
  // "reaffirmed ... support", "providing ... assistance": the noun is the clause subject's own act.
  if (!source && afterLightVerb(tokens, cue.index)) source = subjectOf(view, start, cue.index, cues);
  const target = objectOf(view, cue, cues, n, source);
  if (!cue.ownerIsTarget || !afterLightVerb(tokens, cue.index)) return { source, target };
  // "affirmed Israel's right to defend itself": the right's owner is backed by the clause subject;
  // "affirmed" also introduces reported speech, so the subject may stand before it.
  const before = start > 0 ? subjectOf(view, clauseStart(tokens, start - 1), start - 1, cues) : undefined;
  const holder = subjectOf(view, start, cue.index, cues) ?? before;
  return { source: holder === source ? before : holder, target: source };
}

/** "was denied by Moscow": the agent holds the position; the subject, or the author of the act it names, is the target. */
function passiveArguments({ view, cue, cues, start }: CueClause): Arguments {
  const { tokens, groups } = view;
  const reduced = isReducedPassive(tokens, cue);
  const source = byAgent(tokens, groups, cue.after, clauseEnd(tokens, cue.after));
  // "The claim, made by Kyiv, was denied by Moscow": the subject names an act; its author is the target.
  const act = reduced ? actBefore(tokens, cue.index) : actNounAt(tokens, start, cue.index);
  // A reduced passive modifies the noun right before it, which is its target or names it.
  let target = reduced
    ? groups.find((g) => g.end === cue.index || (g.end === cue.index - 1 && tokens[g.end]?.norm === ","))
    : subjectOf(view, start, cue.index, cues);
  if (act && (!target || target.end > act.index)) target = actAuthor(view, cue, act, source) ?? target;
  return { source, target };
}

/** The subject holds the position toward the object (or the author of the act it names). Null: an unauthored modifier. */
function activeArguments(
  { view, cue, cues, n, start }: CueClause,
  subjects: Map<CueMatch, RefGroup | undefined>,
): Arguments | null {
  const { tokens, groups } = view;
  const modifier = cue.gerund ? participleSource(view, cue, start, cues) : undefined;
  if (modifier === null) return null;
  let source =
    sharedSubject(view, cue, cues, n, subjects) ?? modifier ?? subjectOf(view, start, cue.index, cues);
  // "Merkel said the attack was understandable and blamed Assad": the reporter's second verb.
  if (!source && tokens[cue.index - 1]?.lower === "and") source = reportingSubject(view, cue.index);
  // "Tehran responded by rejecting the offer": the means shares the subject of the verb before.
  if (!source && cue.gerund && tokens[cue.index - 1]?.lower === "by" && cue.index > 2)
    source = subjectOf(view, clauseStart(tokens, cue.index - 2), cue.index - 2, cues);
  // "Israel and Hamas traded accusations": each member of the subject toward the others.
  if (cue.reciprocal) return { source, target: source };
  if (cue.target === "that-subject") return { source, target: complementSubject(tokens, groups, cue.after) };
  if (cue.slotEnd !== undefined) return { source, target: slotTarget(groups, cue) };
  const authored = authorOfObject(view, cue, source);
  return {
    source,
    target: authored === undefined ? objectOf(view, cue, cues, n, source) : (authored ?? undefined),
  };
}

/**
 * "condemned the attack, attributed to the Houthis", "rejected the plan, which
 * Beijing put forward", "condemned the attack" after "Al-Shabab attacked ...":
 * a condemned or rejected act stands for its author.
 */
function authorOfObject(
  view: SentenceView,
  cue: CueMatch,
  source: RefGroup | undefined,
): RefGroup | null | undefined {
  if (cue.relation !== "condemns" && cue.relation !== "rejects") return undefined;
  const { tokens } = view;
  const from = afterAdverbials(tokens, cue.after);
  const object = actNounAt(tokens, from, tokens.length);
  for (const act of object ? [object] : relativeActs(view, cue)) {
    const author = actAuthor(view, cue, act, source);
    if (author) return author;
  }
  // "opposed any violation of Lebanon's sovereignty": an act with no known author has no
  // target (null); the actors inside it are its victims. Undefined: the object names no act.
  return object ? null : undefined;
}

/** Who performed an act: named in the sentence, or the last to perform one of its kind. */
function actAuthor(
  view: SentenceView,
  cue: CueMatch,
  act: ActNoun,
  source: RefGroup | undefined,
): RefGroup | undefined {
  const here = authorInSentence(view, act);
  if (here && here !== source) return here;
  const earlier = view.acts?.authorOf(act.kind, new Set(actorsOf(source?.refs ?? [])));
  if (!earlier) return undefined;
  view.trace?.note({
    rule: "acts.earlier-author",
    outcome: "fired",
    cue: view.tokens[cue.index]?.text ?? "",
    detail: `the act's author named earlier: ${earlier.join("+")}`,
  });
  return impliedGroup(...earlier);
}

/** "a draft resolution ..., which France says it will veto": the cue's object is the relative pronoun's noun. */
function relativeActs(view: SentenceView, cue: CueMatch): ActNoun[] {
  const { tokens, groups } = view;
  const next = tokens[cue.after];
  if (next && startsLetter(next.text) && !["today", "again", "now"].includes(next.lower)) return [];
  for (let k = cue.index - 1; k >= Math.max(0, cue.index - 8); k--) {
    const w = tokens[k]?.lower;
    if (w === "which" || w === "that") return actsBefore(tokens, k);
  }
  // "..., a claim Paris denied": the act noun right before the relative clause's subject.
  const subject = groups.find(
    (g) =>
      g.end === cue.index ||
      (g.end === cue.index - 1 && /^(had|has|have|was)$/.test(tokens[g.end]?.lower ?? "")),
  );
  const act = subject ? actNounAt(tokens, subject.start - 1, subject.start) : undefined;
  return act ? [act] : [];
}

function isReciprocal(tokens: readonly Token[], from: number): boolean {
  const [a, b] = [tokens[from]?.lower, tokens[from + 1]?.lower];
  return (a === "each" && b === "other") || (a === "one" && b === "another");
}

/** "X reneges on its commitments", stated by a speaker or the document's voice: the speaker condemns X. */
function accusationFinding(view: SentenceView, cue: CueMatch, cues: CueMatch[]): Finding | null {
  const { tokens } = view;
  const start = clauseStart(tokens, cue.index);
  if (isPossibility(tokens, start, cue.index))
    return blocked(view, cue, "modality.possibility", "a mere possibility (may, might, could)");
  const negated = isNegated(tokens, start, cue);
  if (cue.requiresNegation !== negated)
    return blocked(view, cue, "frame.requires-negation", "negation does not fit this accusation frame");
  const accused = subjectOf(view, start, cue.index, cues);
  const accuser = reportingSubject(view, cue.index) ?? (view.voice ? impliedGroup(view.voice) : undefined);
  // Only named subjects: "they run away from treaties" is too loose to pin on anyone.
  if (!accused || !accuser || accused.refs.some((r) => r.kind === "pronoun" || r.kind === "relative"))
    return blocked(view, cue, "accusation.no-named-parties", "needs a named accused and an accuser");
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
  if (!patron) return blocked(view, cue, "argument.no-source", "proxies of no named actor");
  for (let k = cue.after; k < Math.min(tokens.length, cue.after + 6); k++) {
    const w = tokens[k]?.lower ?? "";
    if (w === "including" || w === "like" || (w === "such" && tokens[k + 1]?.lower === "as")) {
      const proxy = groups.find(
        (g) => g.start > k && g.start <= k + 5 && !g.refs.some((r) => r.modifierOnly),
      );
      if (!proxy) return blocked(view, cue, "argument.no-target", "no named proxy");
      return {
        relation: "proxy_of",
        sources: proxy.refs,
        targets: patron.refs,
        negated: false,
        indirect: { nominal: true, viaSpeaker: false },
      };
    }
  }
  return blocked(view, cue, "argument.no-target", "no 'including' list of proxies");
}
