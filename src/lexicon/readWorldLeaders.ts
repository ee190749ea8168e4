import {
  at,
  fail,
  type JsonPlace,
  readArray,
  readDate,
  readGender,
  readRecord,
  readString,
  readStrings,
} from "./readJson.ts";
import type { OfficeRole, OfficeTerm, Person } from "./types.ts";

/**
 * Reads data/world-leaders.json: per state, rows [role, title, name, gender, from, to, aliases?]
 * with role "hos", "hog", "fm" or "hos+hog" (one person heads both state and government:
 * "President William Ruto" is Kenya's head of state and of government).
 */

const ROLE_CODES: Record<string, OfficeRole[]> = {
  hos: ["head_of_state"],
  hog: ["head_of_government"],
  fm: ["foreign_minister"],
  "hos+hog": ["head_of_state", "head_of_government"],
};

export function readWorldLeaders(value: unknown, file: string): Person[] {
  const root = readRecord(value, { file, path: "" });
  const officesPlace: JsonPlace = { file, path: "offices" };
  const people = new Map<string, Person>();
  for (const [actor, rows] of Object.entries(readRecord(root.offices, officesPlace))) {
    readArray(rows, at(officesPlace, actor)).forEach((row, i) => {
      const place = at(at(officesPlace, actor), i);
      const cells = readArray(row, place);
      if (cells.length < 6 || cells.length > 7)
        fail(place, "expected [role, title, name, gender, from, to, aliases?]");
      const code = readString(cells[0], at(place, 0));
      const roles = ROLE_CODES[code];
      if (!roles)
        fail(at(place, 0), `invalid role code: ${code} (expected ${Object.keys(ROLE_CODES).join(", ")})`);
      const title = readString(cells[1], at(place, 1));
      const name = readString(cells[2], at(place, 2));
      const gender = readGender(cells[3], at(place, 3));
      const from = readDate(cells[4], at(place, 4));
      const to = cells[5] === null ? null : readDate(cells[5], at(place, 5));
      if (to !== null && to < from) fail(place, `term ends (${to}) before it starts (${from})`);
      const aliases = cells[6] === undefined ? [] : readStrings(cells[6], at(place, 6));
      const person = people.get(name) ?? { name, aliases: [], actor, terms: [] };
      if (gender) person.gender = gender;
      person.aliases = [...new Set([...person.aliases, ...aliases])];
      for (const role of roles) person.terms.push({ actor, role, title, from, to } satisfies OfficeTerm);
      people.set(name, person);
    });
  }
  return [...people.values()];
}

/**
 * people.json plus the world-leaders rows: a leader already in people.json (by name) gets
 * the extra terms (except those people.json already dates) and aliases; everyone else is added.
 */
export function mergePeople(curated: Person[], leaders: Person[]): Person[] {
  const byName = new Map(curated.map((person) => [person.name, person]));
  const merged = curated.map((person) => ({
    ...person,
    aliases: [...person.aliases],
    terms: [...person.terms],
  }));
  const mergedByName = new Map(merged.map((person) => [person.name, person]));
  for (const leader of leaders) {
    const existing = byName.has(leader.name) ? mergedByName.get(leader.name) : undefined;
    if (!existing) {
      merged.push(leader);
      continue;
    }
    existing.aliases = [...new Set([...existing.aliases, ...leader.aliases])];
    // The curated term wins where both files date the same office.
    const curatedTerms = [...existing.terms];
    existing.terms.push(...leader.terms.filter((term) => !curatedTerms.some((own) => sameOffice(own, term))));
  }
  return merged;
}

function sameOffice(a: OfficeTerm, b: OfficeTerm): boolean {
  const end = (term: OfficeTerm) => term.to ?? "9999-12-31";
  return a.actor === b.actor && a.role === b.role && a.from < end(b) && b.from < end(a);
}
