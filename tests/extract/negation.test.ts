import { describe, expect, it } from "vitest";
import { coreTriples } from "./helpers.ts";

// A negated position is emitted with negated: true ("!" here), never as the position.
const MUST_MATCH: [string, string[]][] = [
  ["China did not condemn Russia.", ["!CHN condemns RUS"]],
  ["Hungary has never supported Ukraine.", ["!HUN supports UKR"]],
  ["Poland did not reject Germany's offer.", ["!POL rejects DEU"]],
  ["Brazil didn't condemn Venezuela's crackdown.", ["!BRA condemns VEN"]],
  ["Austria has yet to condemn Russia.", ["!AUT condemns RUS"]],
  // negated passive: the by-agent is still the source
  ["Germany was not condemned by Poland.", ["!POL condemns DEU"]],
  ["Russia was never criticised by Serbia.", ["!SRB condemns RUS"]],
  ["Kenya no longer supports the Somali government.", ["!KEN supports SOM"]],
  // "neither ... nor": both members are negated
  [
    "Neither France nor Germany supported the proposal by Poland.",
    ["!DEU supports POL", "!FRA supports POL"],
  ],
];

// Refusing to take a position negates it (the extractor may add a `rejects` besides).
const REFUSALS: [string, string][] = [
  ["Turkey refused to back Sweden.", "TUR supports SWE"],
  ["Serbia refused to condemn Russia.", "SRB condemns RUS"],
  ["Hungary declined to support Ukraine's bid.", "HUN supports UKR"],
];

// Vague possibility, questions and negation: no positive position.
const MUST_NOT: [string, string][] = [
  ["China did not condemn Russia.", "CHN condemns RUS"],
  // a denied proposition names no target: "denied that ..."
  ["The Taliban denied that they were harbouring al-Qaeda fighters.", "TALIBAN rejects AL_QAEDA"],
  ["Japan may consider supporting Ukraine.", "JPN supports UKR"],
  ["Brazil might back Argentina.", "BRA supports ARG"],
  ["Croatia may back Albania's bid.", "HRV supports ALB"],
  ["Greece could reject Turkey's proposal.", "GRC rejects TUR"],
  ["India could possibly reject the proposal by Pakistan.", "IND rejects PAK"],
  ["Analysts asked whether Canada would support Mexico.", "CAN supports MEX"],
  ["Hungary has never supported Ukraine.", "HUN supports UKR"],
  ["Austria has yet to condemn Russia.", "AUT condemns RUS"],
  ["Germany was not condemned by Poland.", "!DEU condemns POL"],
  // hypotheses are not positions
  ["If Japan condemns China, Beijing will retaliate.", "JPN condemns CHN"],
  ["Unless Egypt backs Sudan, the deal will fail.", "EGY supports SDN"],
];

describe("negation and possibility", () => {
  it.each(MUST_MATCH)("%s", (text, expected) => {
    expect(coreTriples(text)).toEqual(expected);
  });
  it.each(REFUSALS)("%s negates %s", (text, triple) => {
    const found = coreTriples(text);
    expect(found).toContain(`!${triple}`);
    expect(found).not.toContain(triple);
  });
  it.each(MUST_NOT)("%s does not give %s", (text, triple) => {
    expect(coreTriples(text)).not.toContain(triple);
  });
});
