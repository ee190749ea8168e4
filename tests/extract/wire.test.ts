import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/ingest/parseArticle.ts";
import { extractor, tripleOf } from "./helpers.ts";

// Wire-style articles written for the tests (tests/fixtures/wire): what a careful
// reader takes from each, and what it must not yield.
const dir = resolve(import.meta.dirname, "../fixtures/wire");

function triplesOf(file: string): string[] {
  const article = parseArticle(file, readFileSync(resolve(dir, `${file}.txt`), "utf8"), { format: "text" });
  return [...new Set(extractor.extract(article).map(tripleOf))];
}

const CASES: Record<string, { yields: string[]; never: string[] }> = {
  "south-china-sea-collision": {
    yields: [
      "CHN condemns PHL",
      "PHL rejects CHN",
      "PHL condemns CHN",
      "USA supports PHL",
      "JPN supports PHL",
      "AUS supports PHL",
    ],
    never: ["VNM condemns CHN", "VNM rejects CHN", "CHN supports PHL"],
  },
  "ecowas-niger-ultimatum": {
    yields: ["NGA condemns NER", "NER condemns FRA", "FRA rejects NER", "!EU supports NER"],
    never: ["EU supports NER", "ECOWAS condemns NGA", "FRA condemns FRA"],
  },
  "colombia-deportation-flights": {
    yields: ["USA condemns COL", "VEN condemns USA"],
    never: ["MEX rejects COL", "COL supports USA"],
  },
  "iran-missiles-israel": {
    yields: [
      "USA condemns IRN",
      "GBR condemns IRN",
      "GBR supports ISR",
      "DEU condemns IRN",
      "HAMAS supports IRN",
    ],
    never: ["CHN rejects LBN", "RUS condemns IRN", "SAU condemns IRN"],
  },
  "sudan-darfur-talks": {
    yields: ["SDN condemns RSF", "RSF rejects SDN", "RSF conditions_talks_on SDN"],
    never: ["TCD condemns SDN", "TCD supports SDN", "EU condemns SDN", "USA condemns SDN"],
  },
  "wire-sentences": {
    yields: [
      "EGY condemns ISR",
      "KOR condemns PRK",
      "DEU supports MDA",
      "PAK rejects IND",
      "!HUN condemns RUS",
      "TUR condemns PKK",
      "IRN conditions_talks_on USA",
      "KEN supports SOM",
      "TZA supports SOM",
      "IND rejects CHN",
      "JPN condemns CHN",
      "ARM condemns AZE",
      "AZE rejects ARM",
      "IRN condemns USA",
      "IRN condemns GBR",
    ],
    never: ["HUN condemns RUS", "KOR supports PRK", "IRN condemns YEM"],
  },
};

describe("wire-style articles", () => {
  for (const [file, { yields, never }] of Object.entries(CASES)) {
    it(`${file}: yields what a reader takes from it`, () => {
      const found = triplesOf(file);
      for (const t of yields) expect(found).toContain(t);
      for (const t of never) expect(found).not.toContain(t);
    });
  }
});
