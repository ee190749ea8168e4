import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseFrontMatter } from "../../src/ingest/parseFrontMatter.ts";

describe("parseFrontMatter", () => {
  it("reads title, date and source and points bodyStart after the closing line", () => {
    const text =
      '---\ntitle: Kremlin rejects talks\ndate: 2022-12-02\nsource: "https://example.org/a"\n---\nBody here.';
    const { frontMatter, bodyStart } = parseFrontMatter(text);
    expect(frontMatter).toEqual({
      title: "Kremlin rejects talks",
      date: "2022-12-02",
      source: "https://example.org/a",
    });
    expect(text.slice(bodyStart)).toBe("Body here.");
  });

  it("returns no front matter and bodyStart 0 for a plain article", () => {
    const text = "The Kremlin rejects Biden's conditions.\n---\nnot front matter";
    expect(parseFrontMatter(text)).toEqual({ frontMatter: null, bodyStart: 0 });
  });

  it("handles CRLF line ends", () => {
    const text = "---\r\ntitle: A\r\ndate: 2024-02-29\r\n---\r\nBody\r\n";
    const { frontMatter, bodyStart } = parseFrontMatter(text);
    expect(frontMatter).toEqual({ title: "A", date: "2024-02-29" });
    expect(text.slice(bodyStart)).toBe("Body\r\n");
  });

  it("skips a leading byte order mark", () => {
    const text = "\uFEFF---\nsource: wire\n---\nBody";
    const { frontMatter, bodyStart } = parseFrontMatter(text);
    expect(frontMatter).toEqual({ source: "wire" });
    expect(text.slice(bodyStart)).toBe("Body");
    expect(parseFrontMatter("\uFEFFJust text").bodyStart).toBe(1);
  });

  it("accepts an empty block and ignores unknown fields", () => {
    expect(parseFrontMatter("---\n---\nBody").frontMatter).toEqual({});
    expect(parseFrontMatter("---\nauthor: X\ntags: [a, b]\n---\nBody").frontMatter).toEqual({});
  });

  it("keeps the calendar date of a date-time", () => {
    expect(parseFrontMatter("---\ndate: 2023-05-01T09:30:00Z\n---\n").frontMatter?.date).toBe("2023-05-01");
  });

  it.each([
    ["malformed YAML", "---\ntitle: [unclosed\n---\nBody", /FrontMatterError/, /invalid front matter YAML/],
    ["duplicate key", "---\ntitle: a\ntitle: b\n---\n", /FrontMatterError/, /unique/],
    ["a list instead of fields", "---\n- a\n- b\n---\n", /FrontMatterError/, /key: value/],
    ["no closing line", "---\ntitle: A\nBody without end", /FrontMatterError/, /never closed/],
    ["a non-text title", "---\ntitle: {a: 1}\n---\n", /FrontMatterError/, /title/],
    ["February 29 of a common year", "---\ndate: 2023-02-29\n---\n", /InvalidDateError/, /2023-02-29/],
    ["month 13", "---\ndate: 2023-13-01\n---\n", /InvalidDateError/, /real date/],
    ["a date in words", "---\ndate: March 3, 2022\n---\n", /InvalidDateError/, /YYYY-MM-DD/],
  ])("rejects %s with a typed one-line error", (_case, text, name, message) => {
    let caught: unknown;
    try {
      parseFrontMatter(text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(Error);
    if (!(caught instanceof Error)) return;
    expect(caught.name).toMatch(name);
    expect(caught.message).toMatch(message);
    expect(caught.message).not.toContain("\n");
  });

  it("still rejects a quoted key given twice", () => {
    expect(() => parseFrontMatter('---\ntitle: "a"\ntitle: "b"\n---\n')).toThrow(/unique/);
  });

  it("names the file line of a YAML error", () => {
    expect(() => parseFrontMatter("---\ntitle: ok\nbad: [\n---\n")).toThrow(/\(line \d+\)/);
  });

  // Quoted values without escapes are read without the YAML parser (start-up): as YAML reads them.
  it.each([
    ['"https://example.org/a?b=c&d"'],
    ["'it''s'"],
    ['"  spaced  "'],
    ['"a: b # c"'],
    ['"true"'],
    ['"123"'],
    ['"Iran’s reply"'],
    ['"x" # comment'],
    ['"a\\tb"'],
    ["'single'"],
    ['"say \\"no\\""'],
    ['"a, b & c?"'],
  ])("reads the quoted title %s as YAML does", (value) => {
    const { frontMatter } = parseFrontMatter(`---\ntitle: ${value}\n---\nBody.`);
    expect(frontMatter?.title).toBe(String(parse(`title: ${value}`).title).trim());
  });
});
