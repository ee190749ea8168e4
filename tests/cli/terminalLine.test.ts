import { describe, expect, it } from "vitest";
import { terminalLine } from "../../src/cli/terminalLine.ts";

describe("terminalLine", () => {
  it("puts text on one line and writes control characters and direction overrides as escapes", () => {
    expect(terminalLine("a\r\n  b\u2028c")).toBe("a b c");
    expect(terminalLine("x\u001b[31my\u0007\u009b\u202e\u2066z")).toBe(
      "x\\u{1b}[31my\\u{7}\\u{9b}\\u{202e}\\u{2066}z",
    );
  });

  it("keeps letters of every script, emoji and tabs as they are", () => {
    const text = "Україна\t日本 😀 «Zelenskiy» — Москва";
    expect(terminalLine(text)).toBe(text);
  });
});
