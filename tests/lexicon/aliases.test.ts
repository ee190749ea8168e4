import { describe, expect, it } from "vitest";
import { loadLexicon } from "../../src/lexicon/loadLexicon.ts";
import { actorsNamed } from "../../src/lexicon/surfaceIndex.ts";

const lexicon = loadLexicon();

const MUST_RESOLVE: [string, string][] = [
  ["the Kremlin", "RUS"],
  ["Kremlin", "RUS"],
  ["Moscow", "RUS"],
  ["Russian Federation", "RUS"],
  ["Washington", "USA"],
  ["the White House", "USA"],
  ["State Department", "USA"],
  ["U.S.", "USA"],
  ["US", "USA"],
  ["America", "USA"],
  ["UK", "GBR"],
  ["Downing Street", "GBR"],
  ["Kyiv", "UKR"],
  ["Kiev", "UKR"],
  ["Bankova", "UKR"],
  ["Elysee", "FRA"],
  ["the Élysée", "FRA"],
  ["Quai d'Orsay", "FRA"],
  ["the Chancellery", "DEU"],
  ["Zhongnanhai", "CHN"],
  ["PRC", "CHN"],
  ["Jerusalem", "ISR"],
  ["the Knesset", "ISR"],
  ["New Delhi", "IND"],
  ["Islamabad", "PAK"],
  ["Pyongyang", "PRK"],
  ["DPRK", "PRK"],
  ["Democratic People’s Republic of Korea", "PRK"],
  ["ROK", "KOR"],
  ["Republic of Korea", "KOR"],
  ["Türkiye", "TUR"],
  ["Turkiye", "TUR"],
  ["Turkey", "TUR"],
  ["Côte d'Ivoire", "CIV"],
  ["Burma", "MMR"],
  ["Holland", "NLD"],
  ["UAE", "ARE"],
  ["KSA", "SAU"],
  ["Government of Saudi Arabia", "SAU"],
  ["Russian Foreign Ministry", "RUS"],
  ["Chinese Foreign Ministry", "CHN"],
  ["Iranian government", "IRN"],
  ["Islamic Republic of Iran", "IRN"],
  ["Cape Verde", "CPV"],
  ["Swaziland", "SWZ"],
  ["East Timor", "TLS"],
  ["DRC", "COD"],
  ["Congo-Brazzaville", "COG"],
  ["Kosovo", "XKX"],
  ["Taiwan", "TWN"],
  ["Palestine", "PSE"],
  ["Chad", "TCD"],
  ["Georgia", "GEO"],
  ["Wagner Group", "WAGNER"],
  ["PMC Wagner", "WAGNER"],
  ["Houthis", "HOUTHIS"],
  ["Ansar Allah", "HOUTHIS"],
  ["Hizballah", "HEZBOLLAH"],
  ["ISIL/Da’esh", "ISIL"],
  ["Daesh", "ISIL"],
  ["Al-Qaida", "AL_QAEDA"],
  ["Ansar Al Shari’a", "ANSAR_AL_SHARIA"],
  ["Palestinian Authority", "PA"],
  ["Europe", "EU"],
  ["Brussels", "EU"],
  ["E.U.", "EU"],
  ["UN Security Council", "UNSC"],
  ["members of the Security Council", "UNSC"],
  ["U.N.", "UN"],
  ["the Secretary-General", "UN"],
  ["North Atlantic Treaty Organization", "NATO"],
  ["League of Arab States", "ARAB_LEAGUE"],
  // People speak for their actor.
  ["Peskov", "RUS"],
  ["Zelenskyy", "UKR"],
  ["Sergei Lavrov", "RUS"],
  ["Joseph R. Biden", "USA"],
];

const MUST_RESOLVE_DEMONYM: [string, string][] = [
  ["Russian", "RUS"],
  ["Russians", "RUS"],
  ["French", "FRA"],
  ["Iranians", "IRN"],
  ["Americans", "USA"],
  ["British", "GBR"],
  ["Saudi", "SAU"],
  ["Ukrainian", "UKR"],
];

// 2-letter ISO codes that are English words, shared demonyms, lower-case words, months.
const MUST_NOT_RESOLVE = [
  "IN",
  "IT",
  "IS",
  "NO",
  "AT",
  "BE",
  "TO",
  "ME",
  "AM",
  "AS",
  "OR",
  "SO",
  "MY",
  "ID",
  "GO",
  "US.",
  "us",
  "uk",
  "Island",
  "Congo",
  "Korea",
  "Korean",
  "Congolese",
  "Dominican",
  "Guinean",
  "china",
  "turkey",
  "chad",
  "jordan",
  "May",
  "Victoria",
  "Kingston",
  "Georgetown",
  "Sofia",
  "the Council",
  "Council",
  "the Commission",
  "the Alliance",
  "Kim",
  "Khan",
  "Rice",
  "Gates",
  "Ban",
  "WHO",
];

describe("surface forms", () => {
  it.each(MUST_RESOLVE)("%s names %s", (text, id) => {
    expect(actorsNamed(lexicon, text)).toEqual([id]);
  });

  it.each(MUST_RESOLVE_DEMONYM)("demonym %s names %s", (text, id) => {
    expect(actorsNamed(lexicon, text)).toEqual([id]);
  });

  it.each(MUST_NOT_RESOLVE)("%s names no actor", (text) => {
    expect(actorsNamed(lexicon, text)).toEqual([]);
  });

  it("has no 2-letter alias except curated US and UK", () => {
    const short = lexicon.actors.flatMap((actor) =>
      [...actor.aliases, ...actor.demonyms, ...actor.metonyms].filter((form) => /^[A-Z]{2}$/.test(form)),
    );
    expect(short.sort()).toEqual(["AU", "EU", "UK", "UN", "US"]);
  });

  it("has no surface form naming two actors", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const actor of lexicon.actors) {
      for (const form of new Set([...actor.aliases, ...actor.demonyms, ...actor.metonyms])) {
        const previous = owner.get(form);
        if (previous && previous !== actor.id) clashes.push(`${form}: ${previous}/${actor.id}`);
        owner.set(form, actor.id);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe("non-actors", () => {
  it.each(["Reuters", "Bloomberg", "Google News", "Google", "AFP", "TASS", "Xinhua", "Associated Press"])(
    "%s is listed as a non-actor and names no actor",
    (name) => {
      expect(lexicon.nonActors).toContain(name);
      expect(actorsNamed(lexicon, name)).toEqual([]);
    },
  );

  it("no non-actor is an alias, demonym or metonym of an actor", () => {
    const forms = new Set(
      lexicon.actors.flatMap((actor) => [...actor.aliases, ...actor.demonyms, ...actor.metonyms]),
    );
    expect(lexicon.nonActors.filter((name) => forms.has(name))).toEqual([]);
  });
});
