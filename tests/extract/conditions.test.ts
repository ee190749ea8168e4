import { describe, expect, it } from "vitest";
import { coreTriples, extractText } from "./helpers.ts";

// Talks offered only on a precondition: conditions_talks_on, the precondition kept as text.
const MUST_MATCH: [string, string, string][] = [
  [
    "Japan is ready to talk to North Korea if it abandons its nuclear programme.",
    "JPN conditions_talks_on PRK",
    "if it abandons its nuclear programme",
  ],
  [
    "Ukraine said there would be no talks with Russia until its troops leave.",
    "UKR conditions_talks_on RUS",
    "until its troops leave",
  ],
  [
    "Israel will negotiate with Hamas only after the hostages are freed.",
    "ISR conditions_talks_on HAMAS",
    "only after the hostages are freed",
  ],
  [
    "India ruled out talks with Pakistan unless it ends cross-border terrorism.",
    "IND conditions_talks_on PAK",
    "unless it ends cross-border terrorism",
  ],
  // A trailing attribution gives the source and is not part of the condition.
  [
    "There can be no negotiations with Hamas until all hostages are released, Netanyahu said.",
    "ISR conditions_talks_on HAMAS",
    "until all hostages are released",
  ],
  [
    "Talks with the Taliban are conditional on the group respecting women's rights, the EU said.",
    "EU conditions_talks_on TALIBAN",
    "conditional on the group respecting women's rights",
  ],
];

// Sentences that are not a conditional offer of talks.
const MUST_NOT: [string, string][] = [
  ["Japan held talks with North Korea in Beijing.", "JPN conditions_talks_on PRK"],
  // The condition belongs to the talks of the reported clause, not to an earlier meeting.
  [
    "After meeting Indian Prime Minister Vajpayee, Mr. Blair said New Delhi would open talks with Pakistan if it renounced terrorism.",
    "GBR conditions_talks_on IND",
  ],
  ["Washington is prepared to meet North Korea without preconditions.", "USA conditions_talks_on PRK"],
  ["Japan may consider talks with North Korea.", "JPN conditions_talks_on PRK"],
  ["Israel condemned Hamas after the attack.", "ISR conditions_talks_on HAMAS"],
];

describe("conditions on talks", () => {
  it.each(MUST_MATCH)("%s", (text, triple, condition) => {
    expect(coreTriples(text)).toEqual([triple]);
    const offer = extractText(text).find((a) => a.relation === "conditions_talks_on");
    expect(offer?.condition).toBe(condition);
  });
  it.each(MUST_NOT)("%s does not give %s", (text, triple) => {
    expect(coreTriples(text)).not.toContain(triple);
  });
});
