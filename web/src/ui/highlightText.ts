/** A surface form to mark in a sentence, and the CSS class saying whose it is. */
export interface MarkTerm {
  text: string;
  className: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Appends `text` to `parent` as text nodes with each term wrapped in <mark>.
 * Built from DOM nodes only, so article text can never become markup.
 * Longer terms win ("the Kremlin spokesman" before "Kremlin").
 */
export function appendHighlighted(parent: HTMLElement, text: string, terms: MarkTerm[]): void {
  const usable = terms.filter((t) => t.text.trim().length > 1).sort((a, b) => b.text.length - a.text.length);
  if (usable.length === 0) {
    parent.append(document.createTextNode(text));
    return;
  }
  const classOf = new Map<string, string>();
  for (const term of usable) {
    const key = term.text.toLowerCase();
    if (!classOf.has(key)) classOf.set(key, term.className);
  }
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(${usable.map((t) => escapeRegExp(t.text)).join("|")})(?![\\p{L}\\p{N}])`,
    "giu",
  );
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const index = match.index ?? 0;
    if (index > last) parent.append(document.createTextNode(text.slice(last, index)));
    const mark = document.createElement("mark");
    mark.className = classOf.get(match[0].toLowerCase()) ?? "";
    mark.textContent = match[0];
    parent.append(mark);
    last = index + match[0].length;
  }
  if (last < text.length) parent.append(document.createTextNode(text.slice(last)));
}
