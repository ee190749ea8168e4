import { describe, expect, it } from "vitest";
import countries from "world-countries";
import { loadLexicon } from "../../src/lexicon/loadLexicon.ts";

const lexicon = loadLexicon();
const byId = new Map(lexicon.actors.map((actor) => [actor.id, actor]));

// world-countries flags the Holy See as a UN member; it is an observer state.
const unMembers = countries.filter((country) => country.unMember && country.cca3 !== "VAT");

describe("states", () => {
  it("has all 193 UN member states under their ISO alpha-3 id", () => {
    expect(unMembers).toHaveLength(193);
    const missing = unMembers.filter((country) => byId.get(country.cca3)?.kind !== "state");
    expect(missing.map((country) => country.cca3)).toEqual([]);
  });

  it("has the observers and partially recognised states, Kosovo as XKX", () => {
    for (const id of ["PSE", "VAT", "XKX", "TWN"]) expect(byId.get(id)?.kind).toBe("state");
    expect(byId.has("UNK")).toBe(false);
    expect(byId.get("XKX")?.aliases).toContain("Kosovo");
  });

  it("gives every actor a unique id", () => {
    const ids = lexicon.actors.map((actor) => actor.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("uses upper-case codes as ids", () => {
    const bad = lexicon.actors.filter((actor) => !/^[A-Z][A-Z0-9_]*$/.test(actor.id));
    expect(bad.map((actor) => actor.id)).toEqual([]);
  });
});
