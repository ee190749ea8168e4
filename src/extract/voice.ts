import type { MentionIndex } from "./mentionIndex.ts";
import type { Ref } from "./mentions.ts";
import type { Sentence } from "./sentences.ts";
import { tokenize } from "./tokenize.ts";

/**
 * The actor a document speaks for, so that "we" and "our" outside quotes
 * resolve: a speech says "We Iranians ..."; a statement carries a byline
 * ("Antony J. Blinken, Secretary of State"). Null when the text does not say.
 */
export function findVoice(
  text: string,
  sentences: readonly Sentence[],
  index: MentionIndex,
  headerRefs: (s: Sentence) => Ref[],
): string | null {
  // "We Iranians have been pioneers ...", "we, the Iranian people, ..."
  for (const m of text.matchAll(/\b[Ww]e,? (?:the )?(\p{Lu}[\p{L}'’-]+(?: (?:people|nation))?)\b/gu)) {
    const norms = tokenize(m[1] ?? "").map((t) => t.norm);
    const entry = index.match(norms, 0);
    if (entry?.actor && (entry.kind === "demonym" || entry.kind === "name")) return entry.actor;
  }
  // "On behalf of my country, Nigeria", "on behalf of the Government of Japan"
  for (const m of text.matchAll(
    /\b[Oo]n behalf of (?:my|our|the) (?:country|nation|people|Government|government|State)(?: of)?,? (\p{Lu}[\p{L} ]+)/gu,
  )) {
    const norms = tokenize(m[1] ?? "").map((t) => t.norm);
    const entry = index.match(norms, 0);
    if (entry?.actor) return entry.actor;
  }
  // A byline among the first lines: a short line without a full stop that names a person.
  for (const s of sentences.slice(0, 6)) {
    if (/[.!?"”]$/.test(s.text) || s.text.length > 120) continue;
    const person = headerRefs(s).find((r) => r.kind === "person" && r.actors.length === 1);
    if (person) return person.actors[0] ?? null;
  }
  return null;
}
