import { describe, expect, it } from "vitest";
import { coreTriples, extractText, tripleOf } from "./helpers.ts";

const DATE = "2024-03-01";

// Pronouns and descriptions resolve to the actors they stand for.
const MUST_MATCH: [string, string[]][] = [
  ["Scholz arrived in Kyiv on Monday. He condemned Russia's strikes on civilians.", ["DEU condemns RUS"]],
  ["Meloni spoke with her French counterpart. She backed Ukraine.", ["ITA supports UKR"]],
  [
    "Germany and France met in Paris. They reaffirmed their continued support for Ukraine.",
    ["DEU supports UKR", "FRA supports UKR"],
  ],
  [
    "Lula and Milei met in Brasilia. The two presidents condemned Venezuela's election fraud.",
    ["ARG condemns VEN", "BRA condemns VEN"],
  ],
  [
    "Biden hosted Macron at the White House. The two presidents condemned Russia's aggression.",
    ["FRA condemns RUS", "USA condemns RUS"],
  ],
  [
    "Spain and Portugal issued a statement. Both countries rejected Morocco's claim.",
    ["ESP rejects MAR", "PRT rejects MAR"],
  ],
  ["Peskov spoke on Monday. The Kremlin spokesman rejected the proposal by Finland.", ["RUS rejects FIN"]],
  [
    "Biden met his French counterpart in Washington. His French counterpart condemned Iran.",
    ["FRA condemns IRN"],
  ],
  // nominalisations: a possessive or a determiner names the holder of the position
  ["Poland reaffirmed its support for Ukraine.", ["POL supports UKR"]],
  ["Merz visited Kyiv. He pledged Germany's continued support for Ukraine.", ["DEU supports UKR"]],
];

// The speaker of a pronoun's statement is the person it resolves to.
const SPEAKERS: [string, string, string][] = [
  [
    "Scholz arrived in Kyiv on Monday. He condemned Russia's strikes on civilians.",
    "DEU condemns RUS",
    "Olaf Scholz",
  ],
  ["Meloni spoke with her French counterpart. She backed Ukraine.", "ITA supports UKR", "Giorgia Meloni"],
  [
    "Peskov spoke on Monday. The Kremlin spokesman rejected the proposal by Finland.",
    "RUS rejects FIN",
    "Dmitry Peskov",
  ],
];

// A pronoun must not pick an actor of the wrong kind or number.
const MUST_NOT: [string, string][] = [
  ["Meloni spoke with her French counterpart. She backed Ukraine.", "FRA supports UKR"],
  ["Spain and Portugal issued a statement. Both countries rejected Morocco's claim.", "MAR rejects ESP"],
  [
    "Germany and France met in Paris. They reaffirmed their continued support for Ukraine.",
    "UKR supports DEU",
  ],
];

describe("coreference", () => {
  it.each(MUST_MATCH)("%s", (text, expected) => {
    expect(coreTriples(text, DATE)).toEqual(expected);
  });
  it.each(SPEAKERS)("%s: %s voiced by %s", (text, triple, speaker) => {
    const found = extractText(text, DATE).filter((a) => tripleOf(a) === triple);
    expect(found.map((a) => a.speaker)).toContain(speaker);
  });
  it.each(MUST_NOT)("%s does not give %s", (text, triple) => {
    expect(coreTriples(text, DATE)).not.toContain(triple);
  });
});
