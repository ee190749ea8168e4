import { describe, expect, it } from "vitest";
import { parseCommandArgs, parsePositiveNumber, parseWholeNumber, UsageError } from "../../src/cli/args.ts";
import { BUILD_SPEC } from "../../src/cli/commands/build.ts";
import { formatDuration, Progress, rateAndTimeLeft } from "../../src/cli/progress.ts";

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, columns: 60, write: (text: string) => writes.push(text) } };
}

describe("Progress", () => {
  it("rewrites one line on a terminal, at most every 200 ms, cut to the width", () => {
    let now = 0;
    const { writes, stream } = fakeStream(true);
    const progress = new Progress("build", { quiet: false, stream, now: () => now });
    progress.update(() => "articles 1/3");
    now = 100;
    progress.update(() => "articles 2/3");
    now = 300;
    progress.update(() => `articles 3/3 ${"x".repeat(100)}`);
    progress.clear();
    expect(writes).toHaveLength(3);
    expect(writes[0]).toBe("\r\x1b[Kdiplograph build: articles 1/3");
    expect(writes[1]?.length).toBe("\r\x1b[K".length + 59);
    expect(writes[2]).toBe("\r\x1b[K");
  });

  it("prints nothing when stderr is not a terminal, or with --quiet", () => {
    for (const [isTTY, quiet] of [
      [false, false],
      [true, true],
    ] as const) {
      const { writes, stream } = fakeStream(isTTY);
      const progress = new Progress("extract", { quiet, stream });
      progress.update(() => "1/2 files", true);
      progress.clear();
      expect(writes).toEqual([]);
    }
  });

  it("gives the rate and the time left", () => {
    expect(rateAndTimeLeft(50, 200, 10_000, "files")).toBe("5 files/s, about 30 s left");
    expect(rateAndTimeLeft(10 * 1024 * 1024, undefined, 2000, "B")).toBe("5.0 MB/s");
    expect(rateAndTimeLeft(1, 10, 100, "files")).toBe("");
    expect(formatDuration(3725)).toBe("1 h 2 min");
  });
});

describe("numeric options", () => {
  it("reads a negative value as the option's value, so its check can say what is wrong", () => {
    const args = parseCommandArgs(BUILD_SPEC, ["a.txt", "-o", "g.json", "--iterations", "-5"]);
    expect(args.string("iterations")).toBe("-5");
    expect(() => parseWholeNumber("--iterations", "-5", 0, 100_000)).toThrow(
      new UsageError("invalid --iterations: -5 (must be a whole number from 0 to 100,000)"),
    );
    expect(() => parsePositiveNumber("--max-size", "-1")).toThrow(
      new UsageError("invalid --max-size: -1 (must be a positive number)"),
    );
    expect(parseCommandArgs(BUILD_SPEC, ["--", "-1.txt", "-o"]).positionals).toEqual(["-1.txt", "-o"]);
  });
});
