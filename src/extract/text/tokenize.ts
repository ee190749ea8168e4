import { classesOf } from "./wordClasses.ts";

/**
 * Word tokens with character offsets. Possessive "'s" and "n't" become tokens
 * of their own ("Russia's" -> Russia + 's) so actor names match on their own.
 */
export interface Token {
  /** Text as written. */
  text: string;
  /** Normalised for matching: curly apostrophes straightened. */
  norm: string;
  /** Lower-cased `norm`. */
  lower: string;
  start: number;
  end: number;
  /** The word classes of `lower` (wordClasses.ts): bits, 0 for most words. */
  classes: number;
}

interface LetterClasses {
  letter: string;
  upper: string;
  mark: string;
}

// Order matters: initialisms and titles before plain words.
function tokenPattern({ letter, upper, mark }: LetterClasses, flags: string): RegExp {
  return new RegExp(
    [
      String.raw`(?:[${upper}]\.){2,}`, // U.S., U.N., E.U.
      String.raw`(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Col|Lt|Sgt|Capt|Prof|St|Jr|Sr|Adm|Maj|Amb|Pres|Sec)\.`,
      String.raw`['’](?:s|m|re|ve|ll|d)\b`, // 's, 'm, 're ...
      String.raw`[${upper}]\.(?=\s)`, // initial: "Antony J. Blinken"
      String.raw`[${letter}\d][${letter}${mark}\d]*(?:['’](?!(?:s|m|re|ve|ll|d)\b)[${letter}${mark}][${letter}${mark}\d]*)*`,
      String.raw`\S`,
    ].join("|"),
    flags,
  );
}

/**
 * The token pattern over all of Unicode, sticky: tokenize tries it where a token starts.
 * The patterns are exported for the test that they cut text alike.
 */
export const UNICODE_TOKEN_RE = tokenPattern({ letter: "\\p{L}", upper: "\\p{Lu}", mark: "\\p{M}" }, "uy");

// Latin letters (to Latin Extended-B) and general punctuation (curly quotes, dashes): nearly
// all English news. Over these the Unicode classes can be spelt out as ranges, and the
// pattern without the u flag runs about three times faster.
const LATIN_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x024f],
  [0x2000, 0x206f],
];
export const OUTSIDE_LATIN = new RegExp(
  `[^${LATIN_RANGES.map(([from, to]) => `${hex(from)}-${hex(to)}`).join("")}]`,
);
export const LATIN_TOKEN_RE = tokenPattern(
  { letter: rangesOf(/\p{L}/u), upper: rangesOf(/\p{Lu}/u), mark: rangesOf(/\p{M}/u) },
  "y",
);

function hex(code: number): string {
  return `\\u${code.toString(16).padStart(4, "0")}`;
}

/** The characters of LATIN_RANGES in a Unicode class, as a character-class body ("\u0041-\u005a..."). */
function rangesOf(unicodeClass: RegExp): string {
  let body = "";
  for (const [from, to] of LATIN_RANGES) {
    let runStart = -1;
    for (let c = from; c <= to + 1; c++) {
      const inClass = c <= to && unicodeClass.test(String.fromCharCode(c));
      if (inClass && runStart < 0) runStart = c;
      if (!inClass && runStart >= 0) {
        body += runStart === c - 1 ? hex(runStart) : `${hex(runStart)}-${hex(c - 1)}`;
        runStart = -1;
      }
    }
  }
  return body;
}

const CURLY = /[’‘`]/g;

export function normalizeToken(text: string): string {
  // Most tokens have no apostrophe: skip the regex for them (tokenising is on the hot path).
  return text.includes("’") || text.includes("‘") || text.includes("`") ? text.replace(CURLY, "'") : text;
}

/** Lower case; the word itself when it has no capital letter (toLowerCase makes a new string each time). */
function lowerCase(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if ((code >= 0x41 && code <= 0x5a) || code >= 0x80) return word.toLowerCase();
  }
  return word;
}

function push(tokens: Token[], text: string, start: number): void {
  const norm = normalizeToken(text);
  const lower = lowerCase(norm);
  tokens.push({ text, norm, lower, start, end: start + text.length, classes: classesOf(lower) });
}

/** "n't" or "n’t" at the end, any case; by characters, as this runs on every word. */
function endsWithNt(text: string): boolean {
  const n = text.length;
  const t = text[n - 1];
  const apostrophe = text[n - 2];
  const letter = text[n - 3];
  return (
    (t === "t" || t === "T") &&
    (apostrophe === "'" || apostrophe === "’") &&
    (letter === "n" || letter === "N")
  );
}

/**
 * Whether a character is white space as `\s` reads it. The pattern matches at
 * every other character (its last branch is `\S`) and at no space, so a token
 * starts at the first character past the spaces: tokenize finds it by this test
 * and runs the sticky pattern there, which allocates no match array.
 */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Whether the last plain token plainTokenEnd found has a capital (a second result, without an object per word). */
let plainHasCapital = false;

/**
 * The end of a plain token starting at `at`, or -1 when the pattern must decide.
 * Plain: an ASCII word followed by neither a letter outside ASCII, an apostrophe
 * ("hasn't", "Russia's") nor a full stop ("U.S.", "Mr.", "J. Biden"), or one ASCII
 * punctuation mark other than an apostrophe or a backquote. Most tokens are plain:
 * finding them by character codes spares the pattern's alternatives, and they need
 * no apostrophe straightening.
 */
function plainTokenEnd(text: string, at: number): number {
  let end = at;
  let capital = false;
  for (; end < text.length; end++) {
    const code = text.charCodeAt(end);
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) continue;
    if (code >= 0x41 && code <= 0x5a) capital = true;
    else break;
  }
  plainHasCapital = capital;
  const next = end < text.length ? text.charCodeAt(end) : 0x20;
  if (end === at) return next < 0x80 && next !== 0x27 && next !== 0x60 ? at + 1 : -1;
  return next >= 0x80 || next === 0x27 || next === 0x2e ? -1 : end;
}

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const pattern = OUTSIDE_LATIN.test(text) ? UNICODE_TOKEN_RE : LATIN_TOKEN_RE;
  let at = 0;
  for (;;) {
    while (at < text.length && isSpace(text.charCodeAt(at))) at++;
    if (at >= text.length) break;
    const plainEnd = plainTokenEnd(text, at);
    if (plainEnd > 0) {
      const word = text.slice(at, plainEnd);
      const lower = plainHasCapital ? word.toLowerCase() : word;
      const end = offset + plainEnd;
      tokens.push({ text: word, norm: word, lower, start: offset + at, end, classes: classesOf(lower) });
      at = plainEnd;
      continue;
    }
    pattern.lastIndex = at;
    // Always true (see isSpace); the guard only keeps a surprise from looping.
    const end = pattern.test(text) ? pattern.lastIndex : at + 1;
    const word = text.slice(at, end);
    const start = offset + at;
    at = end;
    // "hasn't" -> has + n't (split here: a lazy look-ahead in the pattern is slow on every word).
    const cut = word.length > 3 && endsWithNt(word) ? word.length - 3 : word.length;
    push(tokens, word.slice(0, cut), start);
    if (cut < word.length) push(tokens, word.slice(cut), start + cut);
  }
  return tokens;
}
