import type { SentenceExplanation } from "../model/explanation.ts";

/**
 * One sentence's explanation as plain text lines: the sentence with its
 * offsets, the actors and cues found, then each rule that fired (+) or
 * blocked (-) a candidate.
 */
export function formatExplanation(e: SentenceExplanation): string {
  const lines = [`[${e.article} ${e.start}-${e.end}] ${oneLine(e.sentence)}`];
  if (e.mentions.length > 0)
    lines.push(
      `  actors: ${e.mentions.map((m) => `"${oneLine(m.text)}" ${m.actors.join("+") || `(${m.kind}, unresolved)`}`).join("; ")}`,
    );
  if (e.cues.length > 0) lines.push(`  cues:   ${e.cues.map((c) => `"${c.word}" ${c.frame}`).join("; ")}`);
  for (const n of e.notes)
    lines.push(
      `  ${n.outcome === "fired" ? "+" : "-"} ${n.rule}${n.cue ? ` ("${n.cue}")` : ""}: ${n.detail}`,
    );
  return `${lines.join("\n")}\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
