import { describe, expect, it } from "vitest";
import { loadLexicon } from "../../src/lexicon/loadLexicon.ts";
import { holdersOf } from "../../src/lexicon/offices.ts";
import type { OfficeRole, OfficeTerm } from "../../src/lexicon/types.ts";

const lexicon = loadLexicon();

const HOLDERS: [string, OfficeRole, string, string][] = [
  ["USA", "head_of_state", "2022-12-02", "Joe Biden"],
  ["USA", "head_of_state", "2026-01-01", "Donald Trump"],
  ["USA", "head_of_state", "2019-09-25", "Donald Trump"],
  ["USA", "head_of_state", "2002-01-07", "George W. Bush"],
  ["USA", "foreign_minister", "2002-01-07", "Colin Powell"],
  ["USA", "foreign_minister", "2025-06-01", "Marco Rubio"],
  ["IND", "foreign_minister", "2002-01-07", "Jaswant Singh"],
  ["IND", "head_of_government", "2002-01-07", "Atal Bihari Vajpayee"],
  ["PAK", "head_of_state", "2002-01-07", "Pervez Musharraf"],
  ["GBR", "head_of_government", "2002-01-07", "Tony Blair"],
  ["GBR", "foreign_minister", "2002-01-07", "Jack Straw"],
  ["GBR", "head_of_government", "2024-07-05", "Keir Starmer"],
  ["RUS", "head_of_state", "2002-01-07", "Vladimir Putin"],
  ["RUS", "head_of_government", "2002-01-07", "Mikhail Kasyanov"],
  ["RUS", "foreign_minister", "2002-01-07", "Igor Ivanov"],
  ["RUS", "foreign_minister", "2022-12-02", "Sergey Lavrov"],
  ["FRA", "head_of_state", "2002-01-07", "Jacques Chirac"],
  ["FRA", "head_of_state", "2022-12-02", "Emmanuel Macron"],
  ["CHN", "head_of_state", "2002-01-07", "Jiang Zemin"],
  ["CHN", "head_of_government", "2002-01-07", "Zhu Rongji"],
  ["IRN", "foreign_minister", "2002-01-07", "Kamal Kharrazi"],
  ["DEU", "head_of_government", "2025-05-06", "Friedrich Merz"],
  ["KOR", "head_of_state", "2025-06-04", "Lee Jae-myung"],
  ["CAN", "head_of_government", "2025-03-14", "Mark Carney"],
  ["EU", "foreign_minister", "2024-12-01", "Kaja Kallas"],
  ["NATO", "secretary_general", "2024-10-01", "Mark Rutte"],
  ["UN", "secretary_general", "2019-09-25", "António Guterres"],
  ["UKR", "head_of_state", "2022-12-02", "Volodymyr Zelensky"],
];

describe("holdersOf", () => {
  it.each(HOLDERS)("%s %s on %s is %s", (actor, role, date, name) => {
    expect(holdersOf(lexicon, actor, role, date).map((person) => person.name)).toEqual([name]);
  });

  it("hands over on the inauguration day, not the day before", () => {
    expect(holdersOf(lexicon, "USA", "head_of_state", "2025-01-19").map((p) => p.name)).toEqual([
      "Joe Biden",
    ]);
    expect(holdersOf(lexicon, "USA", "head_of_state", "2025-01-20").map((p) => p.name)).toEqual([
      "Donald Trump",
    ]);
  });

  it("finds Peskov among the Russian spokespeople in 2022", () => {
    const names = holdersOf(lexicon, "RUS", "spokesperson", "2022-06-15").map((person) => person.name);
    expect(names).toContain("Dmitry Peskov");
  });

  it("prefers the holder whose title matches: Iran's president, not the Supreme Leader", () => {
    expect(holdersOf(lexicon, "IRN", "head_of_state", "2019-09-25").map((p) => p.name)).toEqual([
      "Ali Khamenei",
    ]);
    expect(holdersOf(lexicon, "IRN", "head_of_state", "2019-09-25", "President").map((p) => p.name)).toEqual([
      "Hassan Rouhani",
    ]);
  });

  it("returns nobody for a date before the data", () => {
    expect(holdersOf(lexicon, "UKR", "foreign_minister", "1950-01-01")).toEqual([]);
  });
});

describe("people data", () => {
  it("gives every person a gender and every term from <= to", () => {
    expect(lexicon.people.filter((person) => !person.gender).map((p) => p.name)).toEqual([]);
    const backwards = lexicon.people.flatMap((person) =>
      person.terms.filter((term) => term.to !== null && term.to < term.from).map(() => person.name),
    );
    expect(backwards).toEqual([]);
  });

  it("never has two people in the same office at once (spokespeople excepted)", () => {
    const byOffice = new Map<string, { name: string; term: OfficeTerm }[]>();
    for (const person of lexicon.people) {
      for (const term of person.terms) {
        if (term.role === "spokesperson") continue;
        const key = `${term.actor}/${term.role}`;
        byOffice.set(key, [...(byOffice.get(key) ?? []), { name: person.name, term }]);
      }
    }
    const overlaps: string[] = [];
    for (const [office, terms] of byOffice) {
      for (const [i, a] of terms.entries()) {
        for (const b of terms.slice(i + 1)) {
          const aEnd = a.term.to ?? "9999-12-31";
          const bEnd = b.term.to ?? "9999-12-31";
          if (a.term.from < bEnd && b.term.from < aEnd) overlaps.push(`${office}: ${a.name} / ${b.name}`);
        }
      }
    }
    expect(overlaps).toEqual([]);
  });

  it("resolves office words to roles", () => {
    expect(lexicon.roleWords.president).toBe("head_of_state");
    expect(lexicon.roleWords["secretary of state"]).toBe("foreign_minister");
    expect(lexicon.roleWords["top diplomat"]).toBe("foreign_minister");
    expect(lexicon.roleWords.spokeswoman).toBe("spokesperson");
  });
});
