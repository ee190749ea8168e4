import { describe, expect, it } from "vitest";
import { serializeGraph } from "../../src/export/graphJson.ts";
import { createExtractor } from "../../src/extract/createExtractor.ts";
import { createGraph } from "../../src/graph/createGraph.ts";
import { dropLightEdges, isInDateRange } from "../../src/graph/filterGraph.ts";
import { mergeAssertions } from "../../src/graph/mergeAssertions.ts";
import { recomputeAllStats } from "../../src/graph/recomputeStats.ts";
import { edgeKey } from "../../src/graph/schema.ts";
import { loadLexicon } from "../../src/lexicon/loadLexicon.ts";
import type { Assertion } from "../../src/model/assertion.ts";
import { CORE_RELATIONS } from "../../src/model/relations.ts";
import { readGraphText } from "../../src/read/readGraphText.ts";
import { readSampleArticles, sampleAssertionsByArticle } from "../fixtures/sampleAssertions.ts";
import { graphSnapshot } from "./graphSnapshot.ts";

const byArticle = await sampleAssertionsByArticle();
const all = [...byArticle.values()].flat();
const SEED = "seed-kremlin-rejects-biden-conditions";
/** "Biden and Macron strongly condemned Russia..." -> USA condemns RUS. */
const usaCondemnsRus = byArticle.get(SEED)?.[0] as Assertion;

function buildAtOnce(assertions: Assertion[]) {
  const graph = createGraph();
  mergeAssertions(graph, assertions, { articleIds: byArticle.keys() });
  return graph;
}

describe("mergeAssertions on the sample articles (hand-written assertions)", () => {
  it("gives the same graph one article at a time, in any order, as all at once", () => {
    const atOnce = buildAtOnce(all);
    for (const order of [[...byArticle.keys()], [...byArticle.keys()].reverse()]) {
      const incremental = createGraph();
      for (const id of order) mergeAssertions(incremental, byArticle.get(id) ?? [], { articleIds: [id] });
      expect(graphSnapshot(incremental)).toEqual(graphSnapshot(atOnce));
    }
    expect(atOnce.order).toBeGreaterThan(10);
  });

  it("continues a graph read back from JSON or pruned by --min-weight as if it had never left memory", () => {
    const withoutSeed = createGraph();
    const rest = [...byArticle].filter(([id]) => id !== SEED);
    for (const [id, list] of rest) mergeAssertions(withoutSeed, list, { articleIds: [id] });
    const reloaded = readGraphText("json", serializeGraph(withoutSeed)).graph;
    mergeAssertions(reloaded, byArticle.get(SEED) ?? [], { articleIds: [SEED] });
    expect(graphSnapshot(reloaded)).toEqual(graphSnapshot(buildAtOnce(all)));

    const pruned = buildAtOnce(all);
    dropLightEdges(pruned, 2);
    mergeAssertions(pruned, [{ ...usaCondemnsRus, article: "later", start: 1, end: 2 }]);
    const recounted = pruned.copy();
    recomputeAllStats(recounted);
    expect(graphSnapshot(pruned)).toEqual(graphSnapshot(recounted));
  });

  it("re-adding an article already merged changes nothing", () => {
    const graph = buildAtOnce(all);
    const before = graphSnapshot(graph);
    const seed = byArticle.get(SEED) ?? [];
    const report = mergeAssertions(graph, seed);
    expect(report).toEqual({ added: 0, duplicates: seed.length, nodesAdded: 0, edgesAdded: 0 });
    expect(graphSnapshot(graph)).toEqual(before);
  });

  it("drops repeats within one batch (first seen kept) and counts an article carrying two dates once", () => {
    const a = usaCondemnsRus;
    const later = { ...a, start: a.start + 1000, end: a.end + 1000, date: "1999-01-01" };
    const graph = createGraph();
    const report = mergeAssertions(graph, [
      a,
      { ...a, confidence: 0.1 },
      later,
      { ...later, sentence: "changed" },
    ]);
    expect(report).toMatchObject({ added: 2, duplicates: 2 });
    const edge = graph.getEdgeAttributes(edgeKey(a.source, a.relation, a.target, a.negated));
    expect(edge.evidence.map((e) => [e.date, e.sentence, e.confidence])).toEqual([
      ["1999-01-01", a.sentence, a.confidence],
      [a.date, a.sentence, a.confidence],
    ]);
    expect([edge.weight, edge.articles]).toEqual([2, 1]);
    const before = graphSnapshot(graph);
    recomputeAllStats(graph);
    expect(graphSnapshot(graph)).toEqual(before);
  });

  it("keeps one edge per relation between the same pair, with counts from its evidence", () => {
    const graph = buildAtOnce(all);
    const usaToRus = graph
      .outEdges("USA")
      .filter((e) => graph.target(e) === "RUS")
      .sort();
    expect(usaToRus).toEqual(
      [
        edgeKey("USA", "condemns", "RUS", false),
        edgeKey("USA", "conditions_talks_on", "RUS", false),
        edgeKey("USA", "rejects", "RUS", false),
      ].sort(),
    );
    const condemns = graph.getEdgeAttributes(edgeKey("USA", "condemns", "RUS", false));
    expect(condemns.weight).toBe(2);
    expect(condemns.evidence.map((e) => e.sentence)).toEqual([
      "Biden and Macron strongly condemned Russia's aggressive and illegal war on Ukraine",
      "They also condemn and reject Russia's attempt to illegally annex sovereign Ukrainian lands",
    ]);
    const talks = graph.getEdgeAttributes(edgeKey("USA", "conditions_talks_on", "RUS", false));
    expect(talks.label).toBe("conditions talks on");
    expect(talks.conditions).toEqual([
      "if he withdraws his forces from Ukraine",
      "if he's looking for a way to end the war",
    ]);
    expect(talks.speakers).toEqual(["Joe Biden"]);
    const usa = graph.getNodeAttributes("USA");
    let usaEvidence = 0;
    graph.forEachEdge("USA", (_e, a) => {
      usaEvidence += a.evidence.length;
    });
    expect(usa.mentions).toBe(usaEvidence);
    // USA appears in the seed, the State Department, the DPRK statement and the UNGA speech.
    expect(usa.articles).toBe(4);
    expect(graph.getAttribute("articleIds")).toEqual([...byArticle.keys()].sort());
  });

  it("dates edges from their evidence and sorts undated evidence last", () => {
    const graph = buildAtOnce(all);
    const iran = graph.getEdgeAttributes(edgeKey("USA", "condemns", "IRN", false));
    expect([iran.firstSeen, iran.lastSeen]).toEqual(["2024-04-14", "2024-04-14"]);
    const reversed = createGraph();
    const dated = { ...usaCondemnsRus, article: "later", date: "2023-01-01", start: 0, end: 5 } as Assertion;
    mergeAssertions(reversed, [{ ...usaCondemnsRus, date: null }, dated]);
    const edge = reversed.getEdgeAttributes(edgeKey("USA", "condemns", "RUS", false));
    expect(edge.evidence.map((e) => e.date)).toEqual(["2023-01-01", null]);
    expect([edge.firstSeen, edge.lastSeen]).toEqual(["2023-01-01", "2023-01-01"]);
  });

  it("keeps negated positions apart, and types actors from the assertion, the lexicon, or their id", () => {
    const graph = createGraph();
    const base = usaCondemnsRus;
    const plain = { ...base, sourceKind: undefined, targetKind: undefined };
    mergeAssertions(
      graph,
      [
        { ...plain, source: "CHN", sourceLabel: "China", negated: true },
        { ...plain, source: "UN", sourceLabel: "UN", start: 1 },
        { ...plain, source: "HAMAS", sourceLabel: "Hamas", start: 2 },
        { ...plain, source: "WAGNER", sourceLabel: "Wagner Group", start: 3, sourceKind: "armed_group" },
      ],
      { resolveKind: (id) => (id === "HAMAS" ? "armed_group" : undefined) },
    );
    expect(graph.hasEdge(edgeKey("CHN", "condemns", "RUS", true))).toBe(true);
    expect(graph.getEdgeAttribute(edgeKey("CHN", "condemns", "RUS", true), "label")).toBe("not condemns");
    expect(graph.hasEdge(edgeKey("CHN", "condemns", "RUS", false))).toBe(false);
    expect(graph.getNodeAttribute("CHN", "kind")).toBe("state");
    expect(graph.getNodeAttribute("UN", "kind")).toBe("organization");
    expect(graph.getNodeAttribute("HAMAS", "kind")).toBe("armed_group");
    expect(graph.getNodeAttribute("WAGNER", "kind")).toBe("armed_group");
  });
});

describe("filters", () => {
  it("drops light edges and the actors they leave alone", () => {
    const graph = buildAtOnce(all);
    const heavy = graph.filterEdges((_e, a) => a.weight >= 2);
    const removed = dropLightEdges(graph, 2);
    expect(graph.edges().sort()).toEqual(heavy.sort());
    expect(removed.edges).toBeGreaterThan(0);
    graph.forEachNode((node, a) => {
      expect(graph.degree(node)).toBeGreaterThan(0);
      let mentions = 0;
      graph.forEachEdge(node, (_e, e) => {
        mentions += e.weight;
      });
      expect(a.mentions).toBe(mentions);
    });
  });

  it("keeps dates within --since/--until inclusive and drops undated ones when bounded", () => {
    expect(isInDateRange({ date: "2024-04-14" }, { since: "2024-04-14", until: "2024-04-14" })).toBe(true);
    expect(isInDateRange({ date: "2024-04-13" }, { since: "2024-04-14" })).toBe(false);
    expect(isInDateRange({ date: "2024-04-15" }, { until: "2024-04-14" })).toBe(false);
    expect(isInDateRange({ date: null }, {})).toBe(true);
    expect(isInDateRange({ date: null }, { since: "2000-01-01" })).toBe(false);
  });
});

// Through the real extractor: skipped while src/extract is still the placeholder that finds nothing.
const extractor = createExtractor(loadLexicon());
const articles = await readSampleArticles();
const extracted = new Map(articles.map((a) => [a.id, extractor.extract(a)]));
const extractorWorks = [...extracted.values()].some((list) => list.length > 0);

describe.skipIf(!extractorWorks)("mergeAssertions on the extractor's output", () => {
  it("the seed article alone gives USA, FRA, RUS, UKR, WAGNER and the four core relations", () => {
    const graph = createGraph();
    mergeAssertions(graph, extracted.get(SEED) ?? []);
    for (const actor of ["USA", "FRA", "RUS", "UKR", "WAGNER"]) expect(graph.hasNode(actor)).toBe(true);
    const relations = new Set(graph.mapEdges((_e, a) => (a.negated ? null : a.relation)));
    for (const relation of CORE_RELATIONS) expect(relations).toContain(relation);
  });

  it("gives the same graph one article at a time as all at once", () => {
    const atOnce = createGraph();
    mergeAssertions(atOnce, [...extracted.values()].flat(), { articleIds: extracted.keys() });
    const incremental = createGraph();
    for (const [id, list] of [...extracted].reverse())
      mergeAssertions(incremental, list, { articleIds: [id] });
    expect(graphSnapshot(incremental)).toEqual(graphSnapshot(atOnce));
    const again = mergeAssertions(incremental, extracted.get(SEED) ?? []);
    expect(again.added).toBe(0);
    expect(graphSnapshot(incremental)).toEqual(graphSnapshot(atOnce));
  });
});
