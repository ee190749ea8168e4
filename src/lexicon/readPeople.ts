import {
  at,
  fail,
  type JsonPlace,
  readArray,
  readDate,
  readGender,
  readRecord,
  readRole,
  readString,
  readStrings,
} from "./readJson.ts";
import type { OfficeTerm, Person } from "./types.ts";

/**
 * Reads people.json. A term is written compactly as [role, title, from, to, actor?]
 * (actor defaults to the person's); the --actors file may also use the object form
 * {role, title, from, to, actor?}. Both become OfficeTerm.
 */
export function readPerson(value: unknown, place: JsonPlace): Person {
  const record = readRecord(value, place);
  const actor = readString(record.actor, at(place, "actor"));
  const gender = readGender(record.gender, at(place, "gender"));
  const terms =
    record.terms === undefined
      ? []
      : readArray(record.terms, at(place, "terms")).map((term, i) =>
          readTerm(term, actor, at(at(place, "terms"), i)),
        );
  const person: Person = {
    name: readString(record.name, at(place, "name")),
    aliases: readStrings(record.aliases, at(place, "aliases")),
    actor,
    terms,
  };
  if (gender) person.gender = gender;
  return person;
}

function readTerm(value: unknown, defaultActor: string, place: JsonPlace): OfficeTerm {
  if (Array.isArray(value)) {
    const [role, title, from, to, actor] = value;
    if (value.length < 4 || value.length > 5) fail(place, "expected [role, title, from, to, actor?]");
    return checkOrder(
      {
        actor: actor === undefined ? defaultActor : readString(actor, at(place, 4)),
        role: readRole(role, at(place, 0)),
        title: readString(title, at(place, 1)),
        from: readDate(from, at(place, 2)),
        to: to === null ? null : readDate(to, at(place, 3)),
      },
      place,
    );
  }
  const record = readRecord(value, place);
  return checkOrder(
    {
      actor: record.actor === undefined ? defaultActor : readString(record.actor, at(place, "actor")),
      role: readRole(record.role, at(place, "role")),
      title: readString(record.title, at(place, "title")),
      from: readDate(record.from, at(place, "from")),
      to: record.to === null || record.to === undefined ? null : readDate(record.to, at(place, "to")),
    },
    place,
  );
}

function checkOrder(term: OfficeTerm, place: JsonPlace): OfficeTerm {
  if (term.to !== null && term.to < term.from)
    fail(place, `term ends (${term.to}) before it starts (${term.from})`);
  return term;
}

export function readPeople(value: unknown, file: string): Person[] {
  const root = readRecord(value, { file, path: "" });
  const place = { file, path: "people" };
  return readArray(root.people, place).map((person, i) => readPerson(person, at(place, i)));
}
