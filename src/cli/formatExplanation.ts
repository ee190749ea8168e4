import type { SentenceExplanation } from "../model/explanation.ts";
import { terminalLine } from "./terminalLine.ts";

/**
 * One sentence's explanation as plain text lines: the sentence with its
 * offsets, the actors and cues found, then each rule that fired (+) or
 * blocked (-) a candidate.
 */
export function formatExplanation(e: SentenceExplanation): string {
  const lines = [`[${terminalLine(e.article)} ${e.start}-${e.end}] ${terminalLine(e.sentence)}`];
  if (e.mentions.length > 0)
    lines.push(
      `  actors: ${e.mentions.map((m) => `"${terminalLine(m.text)}" ${m.actors.join("+") || `(${m.kind}, unresolved)`}`).join("; ")}`,
    );
  if (e.cues.length > 0)
    lines.push(`  cues:   ${e.cues.map((c) => `"${terminalLine(c.word)}" ${c.frame}`).join("; ")}`);
  for (const n of e.notes)
    lines.push(
      `  ${n.outcome === "fired" ? "+" : "-"} ${n.rule}${n.cue ? ` ("${terminalLine(n.cue)}")` : ""}: ${terminalLine(n.detail)}`,
    );
  return `${lines.join("\n")}\n`;
}
