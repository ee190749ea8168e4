import { describe, expect, it } from "vitest";
import cueData from "../../src/extract/cues/data/relation-cues.json" with { type: "json" };
import verdictData from "../../src/extract/cues/data/verdicts.json" with { type: "json" };
import type { RuleNote } from "../../src/model/explanation.ts";
import { extractor, tripleOf } from "./helpers.ts";

// Every frame in the data files carries the sentences it exists for ("sentence =>
// SRC relation TGT, ...") and look-alikes it must not fire on. These sentences are
// invented, not taken from any evaluation article.
const frames: { name: string; examples: string[]; mustNot: string[] }[] = [
  ...cueData.cues,
  ...verdictData.frames,
];

function run(text: string): { triples: string[]; notes: RuleNote[] } {
  const notes: RuleNote[] = [];
  const found = extractor.extract(
    { id: "frame", text, bodyStart: 0, date: "2023-06-01" },
    (e) => void notes.push(...e.notes),
  );
  return { triples: found.map(tripleOf), notes };
}

describe("relation frames, from their own examples", () => {
  it("every frame has an example and a look-alike", () => {
    for (const f of frames) {
      expect(f.examples.length, f.name).toBeGreaterThan(0);
      expect(f.mustNot.length, f.name).toBeGreaterThan(0);
    }
  });

  for (const frame of frames) {
    for (const example of frame.examples) {
      const [sentence = "", expected = ""] = example.split(" => ");
      it(`${frame.name} fires: ${sentence}`, () => {
        const { triples, notes } = run(sentence);
        for (const triple of expected.split(", ")) expect(triples).toContain(triple);
        expect(notes.some((n) => n.rule === frame.name && n.outcome === "fired")).toBe(true);
      });
    }
    for (const sentence of frame.mustNot) {
      it(`${frame.name} does not fire: ${sentence}`, () => {
        const { notes } = run(sentence);
        const fired = notes.filter(
          (n) => n.rule === frame.name && n.outcome === "fired" && !/ NOT /.test(n.detail),
        );
        expect(fired.map((n) => n.detail)).toEqual([]);
      });
    }
  }
});
