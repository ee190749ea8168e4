/**
 * Names as news often types them, without diacritics: "Piñera" -> "Pinera",
 * "Erdoğan" -> "Erdogan", "Côte d'Ivoire" -> "Cote d'Ivoire", "São Tomé" -> "Sao Tome".
 * Generated here instead of typed in the data files.
 */

/** Letters NFD does not split into base + mark. */
const SPECIAL: Record<string, string> = {
  ı: "i",
  İ: "I",
  ł: "l",
  Ł: "L",
  đ: "d",
  Đ: "D",
  ø: "o",
  Ø: "O",
  æ: "ae",
  Æ: "Ae",
  œ: "oe",
  ß: "ss",
  þ: "th",
  Þ: "Th",
  ð: "d",
  ʻ: "'",
};

/** The ASCII form of a name, or undefined when it has nothing to fold. */
export function asciiFold(name: string): string | undefined {
  if (/^[\x20-\x7e’]*$/.test(name)) return undefined;
  const folded = name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\x20-\x7e’]/g, (ch) => SPECIAL[ch] ?? ch);
  // The tokenizer straightens "’" itself; a name with letters left unfolded (Cyrillic, Arabic) gets no ASCII form.
  if (folded === name || !/^[\x20-\x7e’]*$/.test(folded)) return undefined;
  return folded;
}

/** The forms plus their ASCII-folded variants, without duplicates. */
export function withAsciiForms(forms: readonly string[]): string[] {
  const all = new Set(forms);
  for (const form of forms) {
    const folded = asciiFold(form);
    if (folded !== undefined) all.add(folded);
  }
  return [...all];
}
