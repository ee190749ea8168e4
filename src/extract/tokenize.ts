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

// Order matters: initialisms and titles before plain words, "n't" split off
// before the word that carries it ("hasn't" -> has + n't).
const TOKEN_RE = new RegExp(
  [
    String.raw`(?:\p{Lu}\.){2,}`, // U.S., U.N., E.U.
    String.raw`(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Col|Lt|Sgt|Capt|Prof|St|Jr|Sr|Adm|Maj|Amb|Pres|Sec)\.`,
    String.raw`\p{L}[\p{L}\p{M}]*?(?=n['’]t\b)`, // "has" of "hasn't"
    String.raw`n['’]t\b`,
    String.raw`['’](?:s|m|re|ve|ll|d)\b`, // 's, 'm, 're ...
    String.raw`\p{Lu}\.(?=\s)`, // initial: "Antony J. Blinken"
    String.raw`[\p{L}\d][\p{L}\p{M}\d]*(?:['’](?!(?:s|m|re|ve|ll|d)\b)[\p{L}\p{M}][\p{L}\p{M}\d]*)*`,
    String.raw`\S`,
  ].join("|"),
  "gu",
);

export function normalizeToken(text: string): string {
  return text.replace(/[’‘`]/g, "'");
}

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const norm = normalizeToken(m[0]);
    const start = offset + (m.index ?? 0);
    tokens.push({ text: m[0], norm, lower: norm.toLowerCase(), start, end: start + m[0].length });
  }
  return tokens;
}
