import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/extract/createExtractor.ts";
import { loadLexicon } from "../../src/lexicon/loadLexicon.ts";
import { Pipeline, runTextPipeline } from "../../src/pipeline/pipeline.ts";
import { articlesDir, sampleAssertionsByArticle } from "../fixtures/sampleAssertions.ts";
import { graphSnapshot } from "../graph/graphSnapshot.ts";

const extractor = createExtractor(loadLexicon());
const SEED = "seed-kremlin-rejects-biden-conditions";
const seedText = readFileSync(path.join(articlesDir, `${SEED}.txt`), "utf8");

describe("the pipeline", () => {
  it("extract stops after the assertions: the extractor's own output", () => {
    const pipeline = new Pipeline({ extractor });
    const article = pipeline.parse(SEED, seedText);
    expect(pipeline.extract(article)).toEqual(extractor.extract(article));
    expect(pipeline.graph.order).toBe(0);
  });

  it("gives the paste box (text) the same graph as build (files), before layout", () => {
    const fromText = runTextPipeline([{ id: SEED, text: seedText }], {
      extractor,
      layout: { kind: "placeNew" },
    });
    const build = new Pipeline({ extractor });
    build.addArticle(build.parse(SEED, seedText));
    const strip = (s: ReturnType<typeof graphSnapshot>) => ({
      ...s,
      nodes: s.nodes.map(([k, a]) => [k, { ...a, x: 0, y: 0 }]),
    });
    expect(strip(graphSnapshot(fromText.graph))).toEqual(strip(graphSnapshot(build.finish().graph)));
    expect(fromText.newNodes.length).toBe(fromText.graph.order);
  });

  it("filters by date and drops light edges, and counts what it did", async () => {
    const all = [...(await sampleAssertionsByArticle()).values()].flat();
    const pipeline = new Pipeline({
      range: { since: "2020-01-01" },
      minWeight: 2,
      layout: { kind: "placeNew" },
    });
    pipeline.addAssertions(all);
    const { graph, dropped } = pipeline.finish();
    expect(pipeline.counts.assertions).toBe(all.length);
    expect(pipeline.counts.filtered).toBe(all.filter((a) => a.date === null || a.date < "2020-01-01").length);
    expect(graph.everyEdge((_e, a) => a.weight >= 2)).toBe(true);
    expect(dropped.edges).toBeGreaterThan(0);
  });

  it("reports texts that are not articles and goes on", () => {
    const result = runTextPipeline(
      [
        { id: "big", text: "x".repeat(2_000_001) },
        { id: SEED, text: seedText },
      ],
      { extractor, layout: { kind: "placeNew" } },
    );
    expect(result.problems).toEqual(["big: article is longer than 2,000,000 characters"]);
    expect(result.added).toBeGreaterThan(0);
  });
});
