import { describe, expect, it } from "vitest";
import { LexiconError } from "../../src/lexicon/LexiconError.ts";
import { loadLexicon, parseExtraActors } from "../../src/lexicon/loadLexicon.ts";
import { holdersOf } from "../../src/lexicon/offices.ts";
import { actorsNamed } from "../../src/lexicon/surfaceIndex.ts";

const EXTRA = JSON.stringify({
  actors: [{ id: "AZOV", label: "Azov Brigade", kind: "armed_group", aliases: ["Azov", "Azov Regiment"] }],
  aliases: { RUS: ["Muscovy"] },
  people: [
    {
      name: "Jane Example",
      aliases: ["Example"],
      actor: "NOR",
      gender: "f",
      terms: [{ role: "foreign_minister", title: "Foreign Minister", from: "2030-01-01", to: null }],
    },
  ],
});

function errorOf(text: string): LexiconError {
  try {
    loadLexicon(parseExtraActors(text, "extra.json"));
  } catch (error) {
    if (error instanceof LexiconError) return error;
    throw error;
  }
  throw new Error("expected a LexiconError");
}

describe("extra actors file", () => {
  it("adds new actors, aliases and people without touching the built-in lexicon", () => {
    const merged = loadLexicon(parseExtraActors(EXTRA, "extra.json"));
    expect(actorsNamed(merged, "Azov Regiment")).toEqual(["AZOV"]);
    expect(actorsNamed(merged, "Muscovy")).toEqual(["RUS"]);
    expect(actorsNamed(merged, "Moscow")).toEqual(["RUS"]);
    // The built-in Norwegian foreign minister has an open term, so both hold the office in 2031.
    expect(holdersOf(merged, "NOR", "foreign_minister", "2031-05-01").map((p) => p.name)).toContain(
      "Jane Example",
    );
    expect(actorsNamed(loadLexicon(), "Muscovy")).toEqual([]);
  });

  it("returns the same built-in lexicon on every call", () => {
    expect(loadLexicon()).toBe(loadLexicon());
  });

  it.each([
    ["not JSON", "{ actors: [", /not valid JSON/],
    ["a list at the top", "[]", /expected an object/],
    ["an unknown key", '{"actor": []}', /unknown key "actor"/],
    [
      "a bad kind",
      '{"actors": [{"id": "X1", "label": "X", "kind": "tribe"}]}',
      /actors\[0\]\.kind: invalid kind/,
    ],
    [
      "an existing id",
      '{"actors": [{"id": "RUS", "label": "Russia", "kind": "state"}]}',
      /RUS already exists/,
    ],
    ["an alias for an unknown actor", '{"aliases": {"NOPE": ["x"]}}', /unknown actor NOPE/],
    ["an alias naming another actor", '{"aliases": {"RUS": ["Kyiv"]}}', /"Kyiv" names both/],
    [
      "a bad date",
      '{"people": [{"name": "A B", "actor": "FRA", "terms": [["foreign_minister", "Foreign Minister", "2022-02-30", null]]}]}',
      /people\[0\]\.terms\[0\]\[2\]: bad date/,
    ],
    [
      "a term ending before it starts",
      '{"people": [{"name": "A B", "actor": "FRA", "terms": [["foreign_minister", "FM", "2022-02-03", "2021-01-01"]]}]}',
      /ends \(2021-01-01\) before it starts/,
    ],
    ["a person of an unknown actor", '{"people": [{"name": "A B", "actor": "ZZZ"}]}', /unknown actor ZZZ/],
  ])("rejects %s with a one-line error naming the file", (_what, text, message) => {
    const error = errorOf(text);
    expect(error.name).toBe("LexiconError");
    expect(error.message).toMatch(/^extra\.json: /);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain("\n");
  });
});
