import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { restoreBuiltinLexicon } from "../../src/cli/builtinLexicon.ts";
import { builtinLexiconJson } from "../../src/cli/prebuildLexicon.ts";
import { createExtractor } from "../../src/extract/createExtractor.ts";
import { MentionIndex } from "../../src/extract/mentions/mentionIndex.ts";
import { parseArticle } from "../../src/ingest/parseArticle.ts";
import { loadLexicon } from "../../src/lexicon/loadLexicon.ts";
import { devCorpusDir } from "../fixtures/corpus.ts";

// The compiled CLI reads the lexicon and the mention tables from JSON written at build time
// (src/cli/prebuildLexicon.ts): read back, they must be what building them from the data gives.
describe("the prebuilt lexicon", () => {
  const built = loadLexicon();
  const restored = restoreBuiltinLexicon(builtinLexiconJson());

  it("is the built-in lexicon", () => {
    expect(restored).toEqual(built);
  });

  it("carries the mention tables a fresh MentionIndex builds", () => {
    const fresh = new MentionIndex(built).tables();
    const prebuilt = new MentionIndex(restored).tables();
    expect(prebuilt.byFirst.size).toBe(fresh.byFirst.size);
    expect(prebuilt.byFirst.size).toBeGreaterThan(1000);
    // One token's entries, decoded on demand, then all of them (a Map copy iterates them).
    expect(prebuilt.byFirst.get("Russia")).toEqual(fresh.byFirst.get("Russia"));
    expect(prebuilt.byFirst.has("Kremlin")).toBe(true);
    expect(new Map(prebuilt.byFirst)).toEqual(fresh.byFirst);
    expect([...prebuilt.byFirst.keys()]).toEqual([...fresh.byFirst.keys()]);
    expect(prebuilt.titles).toEqual(fresh.titles);
  });

  it("names people by the lexicon's own objects", () => {
    const people = new Set(restored.people);
    const persons = [...new MentionIndex(restored).tables().byFirst.values()].flatMap((entries) =>
      entries.flatMap((entry) => entry.persons ?? []),
    );
    expect(persons.length).toBeGreaterThan(1000);
    expect(persons.every((person) => people.has(person))).toBe(true);
  });

  it("extracts the dev corpus exactly as the lexicon built from the data", () => {
    const fromData = createExtractor(built);
    const fromJson = createExtractor(restored);
    const names = readdirSync(devCorpusDir).filter((name) => name.endsWith(".txt"));
    for (const name of names) {
      const text = readFileSync(path.join(devCorpusDir, name), "utf8");
      const article = parseArticle(name, text, { format: "text" });
      expect(fromJson.extract(article), name).toEqual(fromData.extract(article));
    }
  });
});
