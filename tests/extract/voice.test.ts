import { describe, expect, it } from "vitest";
import { coreTriples } from "./helpers.ts";

// Who holds the position, whatever the voice or how many actors share it.
const MUST_MATCH: [string, string[]][] = [
  // active voice
  ["France condemned Russia.", ["FRA condemns RUS"]],
  ["Kenya backs Somalia's bid for a seat on the council.", ["KEN supports SOM"]],
  ["Norway will continue to support Ukraine.", ["NOR supports UKR"]],
  // passive voice: the by-agent is the source
  ["Russia was condemned by France.", ["FRA condemns RUS"]],
  ["Ukraine was strongly criticised by Hungary on Tuesday.", ["HUN condemns UKR"]],
  // coordinated subjects: each holds the position
  ["Germany and Poland condemned Belarus for the border crisis.", ["DEU condemns BLR", "POL condemns BLR"]],
  [
    "Canada, Australia and Japan voiced support for Taiwan.",
    ["AUS supports TWN", "CAN supports TWN", "JPN supports TWN"],
  ],
  // coordinated verbs: each verb is a position
  [
    "Spain and Italy condemn and reject Iran's missile strikes.",
    ["ESP condemns IRN", "ESP rejects IRN", "ITA condemns IRN", "ITA rejects IRN"],
  ],
  [
    "Germany and Poland condemned and rejected Belarus's actions.",
    ["DEU condemns BLR", "DEU rejects BLR", "POL condemns BLR", "POL rejects BLR"],
  ],
  // coordinated objects
  ["France condemned Russia and Belarus.", ["FRA condemns BLR", "FRA condemns RUS"]],
  // "not only ... but also": the second verb keeps the subject
  ["Germany not only condemned Russia but also imposed sanctions on Moscow.", ["DEU condemns RUS"]],
  // "what it called": a subject pronoun is never the object
  ["Tehran rejected what it called baseless accusations by Washington.", ["IRN rejects USA"]],
  // manner adverbials between the verb and its object
  ["The G7 condemned in the strongest possible terms Russia's war against Ukraine.", ["G7 condemns RUS"]],
  ["Lithuania rejected on Monday the proposal by Belarus.", ["LTU rejects BLR"]],
  // adjectives that take a position: "supportive of", "critical of"
  ["Biden said Washington was fully supportive of Israel.", ["USA supports ISR"]],
  ["Ankara has been critical of Sweden.", ["TUR condemns SWE"]],
  // "X's right to defend itself": the owner of the right is the one backed
  ["Germany affirmed Israel's right to defend itself.", ["DEU supports ISR"]],
  // reciprocal objects: each toward the other
  [
    "Armenia and Azerbaijan accused each other of violating the truce.",
    ["ARM condemns AZE", "AZE condemns ARM"],
  ],
];

// Sentences where a relation must NOT come out (wrong direction, no actor target).
const MUST_NOT: [string, string][] = [
  ["Russia was condemned by France.", "RUS condemns FRA"],
  ["Ukraine was strongly criticised by Hungary on Tuesday.", "UKR condemns HUN"],
  ["Germany and Poland condemned Belarus for the border crisis.", "BLR condemns DEU"],
  ["France condemned Russia.", "RUS condemns FRA"],
];

describe("active and passive voice, coordination", () => {
  it.each(MUST_MATCH)("%s", (text, expected) => {
    expect(coreTriples(text)).toEqual(expected);
  });
  it.each(MUST_NOT)("%s does not give %s", (text, triple) => {
    expect(coreTriples(text)).not.toContain(triple);
  });
});
