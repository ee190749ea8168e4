import { describe, expect, it } from "vitest";
import { AssertionFormatError, parseAssertion } from "../../src/graph/parseAssertion.ts";

/** A line of real extractor output format (ANNOTATION.md), from the seed article. */
const GOOD = {
  article: "seed-kremlin-rejects-biden-conditions",
  date: "2022-12-02",
  source: "RUS",
  sourceLabel: "Russia",
  target: "USA",
  targetLabel: "United States",
  relation: "rejects",
  negated: false,
  sentence: "In Moscow, the Kremlin rejected yesterday the conditions mentioned by the US president",
  start: 1650,
  end: 1736,
  confidence: 0.9,
  speaker: "Dmitry Peskov",
};

describe("parseAssertion", () => {
  it("accepts the extractor's output and fills defaults for the minimal scorer format", () => {
    expect(parseAssertion(GOOD)).toEqual(GOOD);
    const minimal = {
      article: "a",
      source: "USA",
      relation: "condemns",
      target: "RUS",
      negated: false,
      sentence: "s",
      start: 0,
      end: 1,
    };
    expect(parseAssertion(minimal)).toEqual({
      ...minimal,
      date: null,
      sourceLabel: "USA",
      targetLabel: "RUS",
      confidence: 1,
    });
  });

  const bad: Array<[string, unknown, string]> = [
    ["unknown relation", { ...GOOD, relation: "foo" }, "invalid relation: foo"],
    ["missing source", { ...GOOD, source: undefined }, "invalid source: undefined"],
    ["id with a space", { ...GOOD, target: "UNITED STATES" }, "invalid target: UNITED STATES"],
    ["id with a control character", { ...GOOD, target: "US\u0007A" }, "invalid target: US\u0007A"],
    ["month 13", { ...GOOD, date: "2022-13-02" }, "invalid date: 2022-13-02 (expected YYYY-MM-DD)"],
    ["negated as a string", { ...GOOD, negated: "no" }, "invalid negated: no"],
    ["end before start", { ...GOOD, start: 10, end: 5 }, "invalid end: 5 is before start 10"],
    ["fractional offset", { ...GOOD, start: 1.5 }, "invalid start: 1.5"],
    ["confidence above 1", { ...GOOD, confidence: 2 }, "invalid confidence: 2"],
    ["unknown kind", { ...GOOD, sourceKind: "city" }, "invalid sourceKind: city"],
    ["array", [GOOD], "not an object: "],
  ];
  it.each(bad)("rejects %s with a one-line message", (_name, value, message) => {
    expect(() => parseAssertion(value)).toThrow(AssertionFormatError);
    expect(() => parseAssertion(value)).toThrow(message);
  });
});
