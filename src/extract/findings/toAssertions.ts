import type { Article, Assertion } from "../../model/assertion.ts";
import type { MentionIndex } from "../mentions/mentionIndex.ts";
import type { Finding } from "../relations/finding.ts";
import type { Sentence } from "../text/sentences.ts";
import type { Token } from "../text/tokenize.ts";
import { confidenceOf } from "./confidence.ts";

/**
 * Findings stage: a finding names groups of references; an assertion is one
 * (source actor, relation, target actor) with its evidence, as the graph and the
 * scorer read it.
 */
export function toAssertions(
  finding: Finding,
  article: Article,
  sentence: Sentence,
  tokens: Token[],
  index: MentionIndex,
): Assertion[] {
  const out: Assertion[] = [];
  const seen = new Set<string>();
  const condition = finding.condition ? conditionText(article.text, tokens, finding.condition) : undefined;
  // A named person first, so "his French counterpart, Emmanuel Macron" keeps Macron as speaker.
  const sources = [...finding.sources].sort(
    (a, b) => Number(b.speakers.length === 1) - Number(a.speakers.length === 1),
  );
  for (const s of sources) {
    for (const source of s.actors) {
      for (const t of finding.targets) {
        for (const target of t.actors) {
          const key = `${source}>${target}`;
          if (source === target || seen.has(key)) continue;
          seen.add(key);
          const sa = index.actors.get(source);
          const ta = index.actors.get(target);
          const speaker = s.speakers.length === 1 ? s.speakers[0] : finding.speaker;
          out.push({
            article: article.id,
            date: article.date,
            source,
            sourceLabel: sa?.label ?? source,
            ...(sa ? { sourceKind: sa.kind } : {}),
            target,
            targetLabel: ta?.label ?? target,
            ...(ta ? { targetKind: ta.kind } : {}),
            relation: finding.relation,
            negated: finding.negated,
            ...(condition ? { condition } : {}),
            ...(speaker ? { speaker } : {}),
            sentence: sentence.text,
            start: sentence.start,
            end: sentence.end,
            confidence: confidenceOf(finding, s, t),
          });
        }
      }
    }
  }
  return out;
}

function conditionText(
  text: string,
  tokens: Token[],
  span: { start: number; end: number },
): string | undefined {
  const first = tokens[span.start];
  const last = tokens[Math.max(span.start, span.end - 1)];
  if (!first || !last) return undefined;
  return text
    .slice(first.start, last.end)
    .replace(/[,;:]$/, "")
    .trim();
}
