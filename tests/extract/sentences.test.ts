import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/extract/text/sentences.ts";
import { tokenize } from "../../src/extract/text/tokenize.ts";

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe("splitSentences", () => {
  it("does not split after titles", () => {
    expect(texts("Mr. Blinken met Mrs. Wong in Canberra. They spoke for an hour.")).toEqual([
      "Mr. Blinken met Mrs. Wong in Canberra.",
      "They spoke for an hour.",
    ]);
  });

  it("does not split inside initialisms, but after one when a sentence starts", () => {
    expect(texts("The U.S. envoy arrived. The U.N. was not informed.")).toEqual([
      "The U.S. envoy arrived.",
      "The U.N. was not informed.",
    ]);
    expect(texts("Aid came from the U.S. The Kremlin objected.")).toEqual([
      "Aid came from the U.S.",
      "The Kremlin objected.",
    ]);
  });

  it("keeps initials and abbreviated months inside the sentence", () => {
    expect(texts("Antony J. Blinken met Gen. Milley on Jan. 5. The meeting was short.")).toEqual([
      "Antony J. Blinken met Gen. Milley on Jan. 5.",
      "The meeting was short.",
    ]);
  });

  it("ends a headline at its line break", () => {
    expect(texts("Kremlin rejects talks\n\nMoscow said on Monday it would not negotiate.")).toEqual([
      "Kremlin rejects talks",
      "Moscow said on Monday it would not negotiate.",
    ]);
    expect(splitSentences("Headline\nBody one. Body two.").map((s) => s.paragraph)).toEqual([0, 1, 1]);
  });

  it("keeps closing quotes with their sentence", () => {
    expect(texts('"We will never accept this." Lavrov said so. "Never!" he added.')).toEqual([
      '"We will never accept this."',
      "Lavrov said so.",
      '"Never!" he added.',
    ]);
    expect(texts("He asked: “Is this war?” Nobody answered.")).toEqual([
      "He asked: “Is this war?”",
      "Nobody answered.",
    ]);
  });

  it("gives offsets into the text, also from a start offset", () => {
    const text = "---\ndate: 2024-01-01\n---\nFirst one. Second one!\n\nThird?";
    const sentences = splitSentences(text, 25);
    expect(sentences.map((s) => s.text)).toEqual(["First one.", "Second one!", "Third?"]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe("tokenize", () => {
  it("splits possessives and n't, keeps initialisms and titles whole", () => {
    expect(tokenize("Russia's U.S. envoy hasn't met Mr. Biden’s aide J. Smith").map((t) => t.text)).toEqual([
      "Russia",
      "'s",
      "U.S.",
      "envoy",
      "has",
      "n't",
      "met",
      "Mr.",
      "Biden",
      "’s",
      "aide",
      "J.",
      "Smith",
    ]);
  });

  it("normalises curly apostrophes and lower-cases", () => {
    const [, possessive] = tokenize("Biden’s");
    expect(possessive).toMatchObject({ text: "’s", norm: "'s", lower: "'s" });
    expect(tokenize("KREMLIN")[0]).toMatchObject({ norm: "KREMLIN", lower: "kremlin" });
  });

  it("gives offsets that slice the article back to each token", () => {
    const text = readFileSync(
      resolve(import.meta.dirname, "../../graph-data/articles/seed-kremlin-rejects-biden-conditions.txt"),
      "utf8",
    );
    let count = 0;
    for (const s of splitSentences(text)) {
      for (const t of tokenize(s.text, s.start)) {
        expect(text.slice(t.start, t.end)).toBe(t.text);
        count++;
      }
    }
    expect(count).toBeGreaterThan(300);
  });
});
