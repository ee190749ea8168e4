import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/ingest/parseArticle.ts";
import { extractor, tripleOf, triples } from "./helpers.ts";

// "We" and "our" outside quotes stand for the side the document speaks for.
describe("the document's own voice", () => {
  const cases: [string, string, string[]][] = [
    [
      "a speaker naming its people",
      "We Brazilians reject the sanctions imposed by the United States.",
      ["BRA rejects USA"],
    ],
    [
      "on behalf of a government",
      "On behalf of the people and Government of Cuba, I greet this Assembly. We reject the blockade imposed by the United States.",
      ["CUB rejects USA"],
    ],
    [
      "my country, named",
      "My country, Ghana, has always stood for peace. We support the African Union.",
      ["GHA supports AU"],
    ],
    [
      "a statement's byline",
      "Press Statement\nAntony J. Blinken, Secretary of State\n\nWe condemn the DPRK's launch of a ballistic missile.",
      ["USA condemns PRK"],
    ],
  ];
  for (const [what, text, expected] of cases) {
    it(what, () => {
      for (const triple of expected) expect(triples(text, "2022-05-01")).toContain(triple);
    });
  }

  it("reads 'my country' and 'his country' as the side, not the next name", () => {
    const speech = `---\nsource: "debates/GHA_70_2015.txt"\n---\nMy country welcomes the decision of Saudi Arabia.`;
    const found = extractor.extract(parseArticle("speech", speech, { format: "text" })).map(tripleOf);
    expect(found).toContain("GHA supports SAU");
    expect(found).not.toContain("SAU supports SAU");
    expect(triples("Putin said his country would never accept the proposal by Kyiv.")).toContain(
      "RUS rejects UKR",
    );
  });

  it("takes the speaking state from a UN General Debate Corpus file name", () => {
    const text = `---\nsource: "un-general-debates:data/TXT/Session 70 - 2015/CUB_70_2015.txt"\n---\nWe reject the sanctions imposed by the United States.`;
    const found = extractor.extract(parseArticle("speech", text, { format: "text" })).map(tripleOf);
    expect(found).toContain("CUB rejects USA");
  });

  it("takes a refusal of talks without a counterpart as aimed at the side the speech condemns", () => {
    const text =
      "We Cubans condemn the United States for its blockade. We will never negotiate under pressure with an enemy.";
    expect(triples(text)).toContain("CUB rejects USA");
    // Without a condemned side there is no one to aim it at.
    expect(triples("We Cubans will never negotiate under pressure with an enemy.")).toEqual([]);
  });

  // Without any self-reference "we" has no side: nothing is made up.
  const unknown = [
    "We reject the sanctions imposed by the United States.",
    "Our position has not changed: we oppose Russia.",
  ];
  for (const text of unknown) {
    it(`does not invent a voice: ${text}`, () => {
      expect(triples(text)).toEqual([]);
    });
  }
});
