import { expect, it } from "vitest";
import { groupThousands } from "../../src/cli/groupThousands.ts";

it("groups whole numbers as toLocaleString('en-US') does", () => {
  const numbers = [
    0,
    7,
    999,
    1000,
    12_345,
    100_000,
    999_999,
    1_000_000,
    2 ** 32 - 1,
    1e9,
    9_007_199_254_740_991,
  ];
  for (const n of [...numbers, ...numbers.map((x) => -x).filter((x) => x !== 0)]) {
    expect(groupThousands(n)).toBe(n.toLocaleString("en-US"));
  }
});
