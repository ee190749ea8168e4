import { describe, expect, it } from "vitest";
import { extractText, tripleOf } from "./helpers.ts";

// An office speaks for its state whatever the date; who holds it (the speaker) depends on the date.
const OFFICES: [text: string, triple: string, date: string, speaker: string][] = [
  ["The US president condemned Iran's drone attacks.", "USA condemns IRN", "2022-06-01", "Joe Biden"],
  ["The US president condemned Iran's drone attacks.", "USA condemns IRN", "2026-02-01", "Donald Trump"],
  ["The German chancellor condemned Iran.", "DEU condemns IRN", "2022-06-01", "Olaf Scholz"],
  ["The German chancellor condemned Iran.", "DEU condemns IRN", "2026-02-01", "Friedrich Merz"],
  ["The UK prime minister backed Ukraine.", "GBR supports UKR", "2022-06-01", "Boris Johnson"],
  ["The UK prime minister backed Ukraine.", "GBR supports UKR", "2026-02-01", "Keir Starmer"],
  ["The US secretary of state rejected China's claims.", "USA rejects CHN", "2022-06-01", "Antony Blinken"],
  ["The US secretary of state rejected China's claims.", "USA rejects CHN", "2026-02-01", "Marco Rubio"],
];

// People, capitals and seats of power speak for their state.
const METONYMS: [string, string][] = [
  ["The Kremlin condemned Finland.", "RUS condemns FIN"],
  ["Washington rejected Beijing's claims.", "USA rejects CHN"],
  ["The Elysee condemned Iran's missile attack.", "FRA condemns IRN"],
  ["Peskov criticised Estonia.", "RUS condemns EST"],
  ["Downing Street backed Kyiv.", "GBR supports UKR"],
];

describe("date-bound offices", () => {
  it.each(OFFICES)("%s (%s, dated %s) is voiced by %s", (text, triple, date, speaker) => {
    const found = extractText(text, date).filter((a) => tripleOf(a) === triple);
    expect(found.map((a) => a.speaker)).toEqual([speaker]);
  });

  it("an undated office still speaks for its state", () => {
    expect(extractText("The US president condemned Iran's drone attacks.").map(tripleOf)).toEqual([
      "USA condemns IRN",
    ]);
  });
});

describe("people and metonyms", () => {
  it.each(METONYMS)("%s", (text, triple) => {
    expect(extractText(text, "2024-05-01").map(tripleOf)).toEqual([triple]);
  });
});
