import { readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/ingest/parseArticle.ts";
import type { Assertion } from "../../src/model/assertion.ts";
import { devCorpusDir } from "../fixtures/corpus.ts";
import { extractor } from "./helpers.ts";

const repoRoot = resolve(import.meta.dirname, "../..");
const devDir = devCorpusDir;
const CORE = new Set(["condemns", "supports", "rejects", "conditions_talks_on"]);
// Wire services and outlets that only report (ANNOTATION.md), checked on every article.
const NEWS_OUTLETS = [
  "Reuters",
  "Bloomberg",
  "Google",
  "AFP",
  "Associated Press",
  "TASS",
  "Voice of America",
];

interface Gold {
  required: [string, string, string][];
  optional: [string, string, string][];
  forbidden_actors: string[];
}

function readGold(name: string): Gold {
  return JSON.parse(readFileSync(join(devDir, `${name}.gold.json`), "utf8"));
}

function extractFile(path: string): { text: string; assertions: Assertion[] } {
  const text = readFileSync(path, "utf8");
  return {
    text,
    assertions: extractor.extract(parseArticle(basename(path, ".txt"), text, { format: "text" })),
  };
}

function namesForbidden(a: Assertion, forbidden: string[]): boolean {
  const fields = [a.source, a.target, a.sourceLabel, a.targetLabel].map((f) => f.toLowerCase());
  return forbidden.some((name) => fields.some((f) => f.includes(name.toLowerCase())));
}

describe("seed article: the Kremlin rejects Biden's conditions", () => {
  const name = "seed-kremlin-rejects-biden-conditions";
  const gold = readGold(name);
  const { text, assertions } = extractFile(join(repoRoot, "graph-data/articles", `${name}.txt`));
  const key = (t: readonly string[]) => t.join(" ");

  it("finds exactly the required core triples (optional ones allowed)", () => {
    const optional = new Set(gold.optional.map(key));
    const found = new Set(
      assertions
        .filter((a) => !a.negated && CORE.has(a.relation))
        .map((a) => key([a.source, a.relation, a.target]))
        .filter((k) => !optional.has(k)),
    );
    expect([...found].sort()).toEqual(gold.required.map(key).sort());
  });

  it("names no news outlet as an actor", () => {
    expect(gold.forbidden_actors).toEqual(expect.arrayContaining(["Reuters", "Bloomberg", "Google"]));
    expect(assertions.filter((a) => namesForbidden(a, gold.forbidden_actors))).toEqual([]);
  });

  it("gives offsets that slice the file back to the sentence", () => {
    expect(assertions.length).toBeGreaterThan(0);
    for (const a of assertions) expect(text.slice(a.start, a.end)).toBe(a.sentence);
  });

  it("keeps the precondition of the talks offer", () => {
    const offers = assertions.filter((a) => a.relation === "conditions_talks_on" && a.source === "USA");
    expect(offers.length).toBeGreaterThan(0);
    expect(offers.some((a) => a.condition?.includes("withdraws his forces"))).toBe(true);
  });

  it("keeps Joe Biden as the speaker of his statements", () => {
    const fromBiden = assertions.filter((a) => a.sentence.startsWith("Biden") && a.source === "USA");
    expect(fromBiden.length).toBeGreaterThan(0);
    expect(fromBiden.some((a) => a.speaker === "Joe Biden")).toBe(true);
  });
});

describe("every dev article", () => {
  const names = readdirSync(devDir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => basename(f, ".txt"));

  it("finds the dev articles", () => {
    expect(names.length).toBeGreaterThanOrEqual(5);
  });

  for (const name of names) {
    it(`${name}: offsets slice back to the sentence, no forbidden actor`, () => {
      const gold = readGold(name);
      const { text, assertions } = extractFile(join(devDir, `${name}.txt`));
      for (const a of assertions) expect(text.slice(a.start, a.end)).toBe(a.sentence);
      expect(
        assertions.filter((a) => namesForbidden(a, [...gold.forbidden_actors, ...NEWS_OUTLETS])),
      ).toEqual([]);
    });
  }
});
