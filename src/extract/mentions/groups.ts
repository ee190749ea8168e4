import type { Token } from "../text/tokenize.ts";
import { type Ref, ref } from "./mentions.ts";

/** Coordinated references acting together: "Biden and Macron", "The United States, the ROK, and Japan". */
export interface RefGroup {
  refs: Ref[];
  start: number;
  end: number;
}

// "Neither France nor Germany": "nor" joins like "and".
const COORDINATORS = new Set([",", "and", "nor", "as", "well", "both", "(", "the"]);

/** Merges references joined only by commas and "and" (and parenthesised abbreviations, "(ROK)"). */
export function groupRefs(tokens: readonly Token[], refs: readonly Ref[]): RefGroup[] {
  const groups: RefGroup[] = [];
  for (const ref of refs) {
    const last = groups.at(-1);
    if (last && joinable(tokens, last, ref)) {
      last.refs.push(ref);
      last.end = ref.end;
      if (tokens[ref.end]?.norm === ")" && tokens[ref.start - 1]?.norm === "(") last.end = ref.end + 1;
    } else {
      groups.push({ refs: [ref], start: ref.start, end: ref.end });
    }
  }
  return groups;
}

function joinable(tokens: readonly Token[], group: RefGroup, ref: Ref): boolean {
  const prev = group.refs.at(-1);
  if (!prev || prev.possessive || ref.kind === "relative") return false;
  // Only coordinators stand between members of a group: most pairs fail on the first word, before any list is built.
  for (let k = group.end; k < ref.start; k++) {
    const w = tokens[k]?.lower ?? "";
    if (!COORDINATORS.has(w) && w !== ")") return false;
  }
  const between = tokens.slice(group.end, ref.start).map((t) => t.lower);
  if (between.length === 0) return false;
  if (between.length === 1 && between[0] === "(") return true; // "Republic of Korea (ROK)"
  // "strikes on targets in Yemen, and Iran condemned": ", and" after a single name joins clauses.
  if (group.refs.length === 1 && between.join(" ") === ", and") return false;
  if (
    !between.includes("and") &&
    !between.includes("nor") &&
    !(between.length === 1 && between[0] === "," && isAppositive(tokens, ref))
  ) {
    // "Biden, Macron and Scholz": a bare comma joins only when an "and" follows later.
    // ... and only inside a list that goes on: "Australia, Bahrain, Canada, and the Netherlands".
    const continues = [",", "and", "("].includes(tokens[ref.end]?.lower ?? "");
    return between.every((w) => w === "," || w === "the") && continues && hasLaterAnd(tokens, ref.end);
  }
  return between.every((w) => COORDINATORS.has(w) || w === ")");
}

// "his French counterpart, Emmanuel Macron," names the same person: still one group member.
function isAppositive(tokens: readonly Token[], ref: Ref): boolean {
  return ref.kind === "person" && tokens[ref.end]?.norm === ",";
}

function hasLaterAnd(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 12); k++) {
    const w = tokens[k]?.lower;
    if (w === "and") return true;
    if (w === ";" || w === "." || w === "that") return false;
  }
  return false;
}

/** Distinct actor ids of a group, in order. */
export function groupActors(group: RefGroup): string[] {
  return actorsOf(group.refs);
}

/** Distinct actor ids of references, in order. Loops, not flatMap and a Set: this runs for every group. */
export function actorsOf(refs: readonly Ref[]): string[] {
  const out: string[] = [];
  for (const ref of refs) for (const actor of ref.actors) if (!out.includes(actor)) out.push(actor);
  return out;
}

/** Every speaker of the references, in order. */
export function speakersOf(refs: readonly Ref[]): string[] {
  const out: string[] = [];
  for (const ref of refs) for (const speaker of ref.speakers) out.push(speaker);
  return out;
}

/** A group for an actor the text implies without naming it: the document's voice, its opponent. */
export function impliedGroup(...actors: string[]): RefGroup {
  return { refs: [ref("name", 0, 0, { actors, resolved: true })], start: 0, end: 0 };
}
