import type { Lexicon, OfficeRole, OfficeTerm, Person } from "./types.ts";

/**
 * Who held an office on a given day: "the US president" on 2022-12-02 -> Joe Biden.
 * A term covers from <= date < to (`to` is the day the successor took over); a null `to` is open.
 */
export function termCovers(term: OfficeTerm, date: string): boolean {
  return term.from <= date && (term.to === null || date < term.to);
}

/**
 * People holding `role` for `actor` on `date` (ISO YYYY-MM-DD). Usually one person;
 * spokespeople can be several. With `title` ("president"), holders whose term has that
 * title win: Iran's "president" is Rouhani, not the Supreme Leader who heads the state.
 */
export function holdersOf(
  lexicon: Lexicon,
  actor: string,
  role: OfficeRole,
  date: string,
  title?: string,
): Person[] {
  const matching = (person: Person, wantTitle?: string) =>
    person.terms.some(
      (term) =>
        term.actor === actor &&
        termCovers(term, date) &&
        (wantTitle === undefined ? term.role === role : term.title.toLowerCase() === wantTitle),
    );
  const people = peopleOf(lexicon, actor);
  if (title !== undefined) {
    const byTitle = people.filter((person) => matching(person, title.toLowerCase()));
    if (byTitle.length > 0) return byTitle;
  }
  return people.filter((person) => matching(person));
}

// People with a term for each actor, built once per lexicon: lookups by office run per article.
const byActor = new WeakMap<Lexicon, Map<string, Person[]>>();

function peopleOf(lexicon: Lexicon, actor: string): Person[] {
  let index = byActor.get(lexicon);
  if (!index) {
    index = new Map();
    for (const person of lexicon.people) {
      for (const a of new Set(person.terms.map((t) => t.actor))) {
        const list = index.get(a) ?? [];
        list.push(person);
        index.set(a, list);
      }
    }
    byActor.set(lexicon, index);
  }
  return index.get(actor) ?? [];
}

/** The actor a person speaks for on a date: the actor of a term they hold then, else their own. */
export function actorOfPerson(person: Person, date?: string): string {
  if (date === undefined) return person.actor;
  return person.terms.find((term) => termCovers(term, date))?.actor ?? person.actor;
}
