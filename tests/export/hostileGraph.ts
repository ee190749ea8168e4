import { createGraph } from "../../src/graph/createGraph.ts";
import { mergeAssertions } from "../../src/graph/mergeAssertions.ts";
import type { DiploGraph } from "../../src/graph/schema.ts";
import { layoutGraph } from "../../src/layout/forceAtlas.ts";
import type { Assertion } from "../../src/model/assertion.ts";

/** A graph as `diplograph build` leaves it: merged and laid out (colours and sizes are the writers'). */
export function styledGraph(assertions: Iterable<Assertion>, iterations?: number): DiploGraph {
  const graph = createGraph();
  mergeAssertions(graph, assertions);
  layoutGraph(graph, iterations === undefined ? {} : { iterations });
  return graph;
}

/** Markup, quotes, ampersands, emoji, Cyrillic, control characters and a lone surrogate. */
export const HOSTILE_SENTENCE = `He said "no" & <b>'never'</b> > 🇺🇦 Россия отвергает\u0001\u0008\u001f tab\there\nnew line \ud800 end`;

/**
 * Hostile text in labels, lists and sentences (and in ids, unless plain ones
 * are asked for): what every exporter must survive.
 */
export function hostileGraph(ids = { source: `R&U<S>"1"`, target: "UKR'" }): DiploGraph {
  const base: Assertion = {
    article: `nasty "article" <&>`,
    date: "2023-05-01",
    source: ids.source,
    sourceLabel: `Россия "RF" & <Kremlin> 🐻\u0002`,
    target: ids.target,
    targetLabel: "Україна 'UA'",
    relation: "conditions_talks_on",
    negated: false,
    sentence: HOSTILE_SENTENCE,
    start: 0,
    end: HOSTILE_SENTENCE.length,
    confidence: 1,
    condition: `if "they", withdraw, & <stop> \u0003`,
    speaker: "Дмитрий Песков, spokesman",
  };
  return styledGraph([
    base,
    { ...base, start: 500, end: 600, date: "2023-06-01", condition: "until [brackets], 'quotes'" },
    { ...base, relation: "rejects", negated: true, date: null, sentence: '=HYPERLINK("x") -1 @ref' },
  ]);
}
