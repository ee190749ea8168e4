// The tokenizer reads Latin text with a pattern whose letter classes are spelt out
// (fast), and anything else with the Unicode pattern. Both must cut text the same way.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  LATIN_TOKEN_RE,
  OUTSIDE_LATIN,
  tokenize,
  UNICODE_TOKEN_RE,
} from "../../src/extract/text/tokenize.ts";
import { repoRoot } from "../fixtures/sampleAssertions.ts";

// The exported patterns are sticky; their global forms list every token of a text.
const UNICODE_ALL = new RegExp(UNICODE_TOKEN_RE.source, "gu");
const LATIN_ALL = new RegExp(LATIN_TOKEN_RE.source, "g");
const matches = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((m) => [m.index, m[0]]);
/** What tokenize must give: the Unicode pattern's matches, "n't" split off a longer word. */
const expected = (text: string) =>
  matches(UNICODE_ALL, text).flatMap(([at, word]) => {
    const start = Number(at);
    const w = String(word);
    return w.length > 3 && /n['’]t$/i.test(w)
      ? [
          [start, w.slice(0, -3)],
          [start + w.length - 3, w.slice(-3)],
        ]
      : [[start, w]];
  });
const cut = (text: string) => tokenize(text).map((t) => [t.start, t.text]);

function realTexts(): string[] {
  const folders = ["tests/fixtures/corpus/dev", "tests/fixtures/wire", "graph-data/articles"];
  const texts = folders.flatMap((folder) =>
    readdirSync(path.join(repoRoot, folder))
      .filter((name) => name.endsWith(".txt"))
      .map((name) => readFileSync(path.join(repoRoot, folder, name), "utf8")),
  );
  const cameo = readFileSync(path.join(repoRoot, "tests/fixtures/cameo-examples.jsonl"), "utf8");
  return [...texts, cameo];
}

// Letters, marks, quotes, dashes and digits from the Latin ranges, and a few from outside them.
const LATIN_CHARS = [
  ..."aZ09 .,'’‘“”-–—:;!?()\n\t\v\f\rÀéßøĀžǅǈƒɎȿ\u00a0\u2009\u200b\u2028\u202f\u205f…Mr.U.S.n't's",
];
const OTHER_CHARS = [..."ʼ\u0300Україна日本\u0301😀ΑΩ\u200f\u1680\u3000\ufeff"];

describe("tokenize", () => {
  it("cuts every line of the bundled articles as the Unicode pattern does", () => {
    let latinLines = 0;
    for (const text of realTexts()) {
      for (const line of text.split("\n")) {
        if (OUTSIDE_LATIN.test(line)) continue;
        latinLines++;
        expect(matches(LATIN_ALL, line)).toEqual(matches(UNICODE_ALL, line));
        expect(cut(line)).toEqual(expected(line));
      }
    }
    expect(latinLines).toBeGreaterThan(1000);
  });

  it("agrees with the Unicode pattern on random Latin text", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LATIN_CHARS), { maxLength: 60 }), (chars) => {
        const text = chars.join("");
        expect(OUTSIDE_LATIN.test(text)).toBe(false);
        expect(matches(LATIN_ALL, text)).toEqual(matches(UNICODE_ALL, text));
        expect(cut(text)).toEqual(expected(text));
        for (const t of tokenize(text)) expect(t.lower).toBe(t.norm.toLowerCase());
      }),
      { numRuns: 3000 },
    );
  });

  it("reads text with other scripts through the Unicode pattern", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LATIN_CHARS, ...OTHER_CHARS), { maxLength: 40 }), (chars) => {
        const text = chars.join("");
        expect(cut(text)).toEqual(expected(text));
      }),
      { numRuns: 1000 },
    );
    expect(tokenize("Зеленський’s Україна said").map((t) => t.text)).toEqual([
      "Зеленський",
      "’s",
      "Україна",
      "said",
    ]);
  });

  it("splits possessives and n't, and keeps initialisms and titles whole", () => {
    const words = (text: string) => tokenize(text).map((t) => t.norm);
    expect(words("Russia’s envoy hasn't met Mr. Blinken of the U.S. today")).toEqual([
      "Russia",
      "'s",
      "envoy",
      "has",
      "n't",
      "met",
      "Mr.",
      "Blinken",
      "of",
      "the",
      "U.S.",
      "today",
    ]);
    const [, , third] = tokenize("Antony J. Blinken", 10);
    expect(third).toMatchObject({ text: "Blinken", start: 20, end: 27 });
  });
});
