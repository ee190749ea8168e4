import { describe, expect, it } from "vitest";
import { extractText, tripleOf } from "./helpers.ts";

// Reported speech and quotes count for the speaker's actor; the person is kept as speaker.
const MUST_MATCH: [text: string, triple: string, speaker: string | undefined][] = [
  ["Peskov said Moscow rejects the proposal by Kyiv.", "RUS rejects UKR", "Dmitry Peskov"],
  ["Turkey's foreign minister said Ankara condemns Israel's strikes.", "TUR condemns ISR", undefined],
  ['"We will never accept Kyiv\'s demands," Lavrov said.', "RUS rejects UKR", "Sergey Lavrov"],
  ['"We stand with Ukraine," Macron said.', "FRA supports UKR", "Emmanuel Macron"],
  // The reporter's second verb: "X said ... and blamed Y".
  ["Scholz said the strike was regrettable and blamed Russia for it.", "DEU condemns RUS", "Olaf Scholz"],
  // A request earlier in the clause does not govern a later, coordinated verb.
  [
    "Pyongyang had asked only for partial relief and accused Washington of bad faith.",
    "PRK condemns USA",
    undefined,
  ],
];

// What someone else says about the actor is not the actor's position.
const MUST_NOT: [string, string][] = [
  ["Peskov said Moscow rejects the proposal by Kyiv.", "UKR rejects RUS"],
  ['"We stand with Ukraine," Macron said.', "UKR supports FRA"],
  ['"We will never accept Kyiv\'s demands," Lavrov said.', "UKR rejects RUS"],
  // A request governs its complement: asking for support is not giving it.
  ["Kyiv asked Berlin for more support.", "DEU supports UKR"],
  ["Warsaw urged Berlin to support Kyiv.", "DEU supports UKR"],
];

describe("reported speech and quotes", () => {
  it.each(MUST_MATCH)("%s", (text, triple, speaker) => {
    const found = extractText(text).filter((a) => tripleOf(a) === triple);
    expect(found.length).toBeGreaterThan(0);
    if (speaker) expect(found.map((a) => a.speaker)).toContain(speaker);
  });
  it.each(MUST_NOT)("%s does not give %s", (text, triple) => {
    expect(extractText(text).map(tripleOf)).not.toContain(triple);
  });
});
