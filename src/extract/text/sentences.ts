/** A sentence of an article with its character offsets into `Article.text`. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index of the paragraph (block of text between blank lines or line breaks). */
  paragraph: number;
}

// Abbreviations whose period does not end a sentence ("Mr. Singh", "Gen. Milley").
const NON_TERMINAL = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "gen",
  "sen",
  "rep",
  "gov",
  "col",
  "lt",
  "sgt",
  "capt",
  "prof",
  "st",
  "jr",
  "sr",
  "adm",
  "maj",
  "amb",
  "no",
  "vs",
  "etc",
  "inc",
  "corp",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "approx",
  "fig",
]);

// After an initialism ("the U.S."), only these words start a new sentence.
const SENTENCE_STARTERS = new Set([
  "The",
  "He",
  "She",
  "It",
  "They",
  "We",
  "I",
  "In",
  "But",
  "This",
  "That",
  "These",
  "Those",
  "A",
  "An",
  "On",
  "At",
  "After",
  "Before",
  "When",
  "While",
  "However",
  "Meanwhile",
  "His",
  "Her",
  "Its",
  "Their",
]);

/**
 * Splits `text[from..to)` into sentences. Line breaks always end a sentence:
 * headlines and bylines carry no full stop ("Reuters\n\nUS President ...").
 */
export function splitSentences(text: string, from = 0, to = text.length): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let lineStart = from;
  while (lineStart < to) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1 || lineEnd > to) lineEnd = to;
    splitLine(text, lineStart, lineEnd, paragraph, out);
    if (text.slice(lineStart, lineEnd).trim()) paragraph++;
    lineStart = lineEnd + 1;
  }
  return out;
}

const BOUNDARY_RE = /[.!?]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\d])/gu;

function splitLine(text: string, from: number, to: number, paragraph: number, out: Sentence[]): void {
  const line = text.slice(from, to);
  let start = 0;
  for (const m of line.matchAll(BOUNDARY_RE)) {
    const end = (m.index ?? 0) + m[0].length;
    if (!isBoundary(line, m.index ?? 0, end)) continue;
    push(text, from + start, from + end, paragraph, out);
    start = end;
  }
  push(text, from + start, to, paragraph, out);
}

// Made once: a regular-expression literal in a function makes a new object at each call.
const WORD_BEFORE = /([\p{L}.]+)$/u;
const INITIALISM = /^(\p{Lu}\.)*\p{Lu}$/u;
const NEXT_WORD = /^\s+["'“‘(]?(\p{L}+)/u;
const SPACE = /\s/;

function isBoundary(line: string, dot: number, end: number): boolean {
  if (line[dot] !== ".") return true;
  const before = WORD_BEFORE.exec(line.slice(Math.max(0, dot - 12), dot))?.[1] ?? "";
  const word = before.endsWith(".") ? before.slice(0, -1) : before;
  if (NON_TERMINAL.has(word.toLowerCase())) return false;
  // Initials and initialisms: "Antony J. Blinken", "the U.S. envoy".
  if (INITIALISM.test(word)) {
    const next = NEXT_WORD.exec(line.slice(end))?.[1] ?? "";
    return SENTENCE_STARTERS.has(next);
  }
  return true;
}

function push(text: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
  while (start < end && SPACE.test(text[start] ?? "")) start++;
  while (end > start && SPACE.test(text[end - 1] ?? "")) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end, paragraph });
}
