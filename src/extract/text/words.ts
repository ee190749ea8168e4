import lists from "./data/words.json" with { type: "json" };

type ListName = Exclude<keyof typeof lists, "_comment">;

/** A closed-class word list of src/extract/data/words.json, as a Set. */
export function wordSet(name: ListName): ReadonlySet<string> {
  return new Set(lists[name]);
}
