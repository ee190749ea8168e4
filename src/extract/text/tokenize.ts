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
}

// Order matters: initialisms and titles before plain words.
const TOKEN_RE = new RegExp(
  [
    String.raw`(?:\p{Lu}\.){2,}`, // U.S., U.N., E.U.
    String.raw`(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Col|Lt|Sgt|Capt|Prof|St|Jr|Sr|Adm|Maj|Amb|Pres|Sec)\.`,
    String.raw`['’](?:s|m|re|ve|ll|d)\b`, // 's, 'm, 're ...
    String.raw`\p{Lu}\.(?=\s)`, // initial: "Antony J. Blinken"
    String.raw`[\p{L}\d][\p{L}\p{M}\d]*(?:['’](?!(?:s|m|re|ve|ll|d)\b)[\p{L}\p{M}][\p{L}\p{M}\d]*)*`,
    String.raw`\S`,
  ].join("|"),
  "gu",
);

const CURLY = /[’‘`]/g;

export function normalizeToken(text: string): string {
  // Most tokens have no apostrophe: skip the regex for them (tokenising is on the hot path).
  return text.includes("’") || text.includes("‘") || text.includes("`") ? text.replace(CURLY, "'") : text;
}

function push(tokens: Token[], text: string, start: number): void {
  const norm = normalizeToken(text);
  tokens.push({ text, norm, lower: norm.toLowerCase(), start, end: start + text.length });
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

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const text = m[0];
    const start = offset + (m.index ?? 0);
    // "hasn't" -> has + n't (split here: a lazy look-ahead in the pattern is slow on every word).
    const cut = text.length > 3 && endsWithNt(text) ? text.length - 3 : text.length;
    push(tokens, text.slice(0, cut), start);
    if (cut < text.length) push(tokens, text.slice(cut), start + cut);
  }
  return tokens;
}
