import { describe, expect, it } from "vitest";
import {
  defineCommand,
  formatHelp,
  parseCommandArgs,
  parseDateOption,
  parsePositiveNumber,
  UsageError,
} from "../../src/cli/args.ts";

const SPEC = defineCommand({
  name: "demo",
  positionals: "<input>...",
  minPositionals: 1,
  summary: "A demo command.",
  options: {
    out: { type: "string", short: "o", value: "FILE", description: "output file" },
    tag: { type: "string", multiple: true, value: "TAG", description: "a tag, repeatable" },
    quiet: { type: "boolean", description: "say less" },
  },
});

function usageError(argv: string[]): UsageError {
  try {
    parseCommandArgs(SPEC, argv);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error("no UsageError");
}

describe("parseCommandArgs", () => {
  it("reads repeated positionals, -o, repeated options and flags", () => {
    const args = parseCommandArgs(SPEC, [
      "a.txt",
      "-o",
      "out.jsonl",
      "dir",
      "--tag",
      "x",
      "--tag=y",
      "--quiet",
    ]);
    expect(args.positionals).toEqual(["a.txt", "dir"]);
    expect(args.string("out")).toBe("out.jsonl");
    expect(args.list("tag")).toEqual(["x", "y"]);
    expect(args.flag("quiet")).toBe(true);
    expect(args.help).toBe(false);
  });

  it("treats everything after -- as positionals", () => {
    expect(parseCommandArgs(SPEC, ["--", "--weird-name.txt"]).positionals).toEqual(["--weird-name.txt"]);
  });

  it("accepts --help without positionals", () => {
    expect(parseCommandArgs(SPEC, ["--help"]).help).toBe(true);
    expect(parseCommandArgs(SPEC, ["-h"]).help).toBe(true);
  });

  it.each([
    [["a", "--foo"], "unknown option --foo"],
    [["a", "-x"], "unknown option -x"],
    [["a", "--out"], "option --out needs a value"],
    [["a", "--quiet=yes"], "option --quiet does not take a value"],
    [[], "missing <input>... (usage: diplograph demo <input>... [options])"],
  ])("rejects %j with a one-line UsageError", (argv, message) => {
    const error = usageError(argv);
    expect(error.name).toBe("UsageError");
    expect(error.message).toBe(message);
  });

  it("lists every option in the help, with -h", () => {
    const help = formatHelp(SPEC);
    expect(help).toContain("usage: diplograph demo <input>... [options]");
    expect(help).toMatch(/-o, --out FILE\s+output file/);
    expect(help).toMatch(/--tag TAG\s+a tag, repeatable/);
    expect(help).toMatch(/-h, --help\s+show this help/);
  });
});

describe("option value checks", () => {
  it("accepts real dates and rejects others", () => {
    expect(parseDateOption("--date", "2024-02-29")).toBe("2024-02-29");
    expect(parseDateOption("--date", undefined)).toBeUndefined();
    expect(() => parseDateOption("--date", "2023-02-29")).toThrow("invalid --date: 2023-02-29");
    expect(() => parseDateOption("--date", "02/03/2024")).toThrow(UsageError);
  });

  it("accepts positive numbers only", () => {
    expect(parsePositiveNumber("--max-size", "0.5")).toBe(0.5);
    for (const bad of ["0", "-1", "abc", "", "Infinity"]) {
      expect(() => parsePositiveNumber("--max-size", bad)).toThrow(UsageError);
    }
  });
});
