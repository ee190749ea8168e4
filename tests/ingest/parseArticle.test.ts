import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { isIsoDate } from "../../src/ingest/isoDate.ts";
import { parseArticle } from "../../src/ingest/parseArticle.ts";

const repoRoot = resolve(import.meta.dirname, "../..");

describe("parseArticle", () => {
  it("keeps the whole text of a text file and points bodyStart at the body", () => {
    const text = "---\ntitle: Front title\ndate: 2022-12-02\nsource: wire\n---\n\nFirst line\nSecond line\n";
    const article = parseArticle("kremlin", text, { format: "text" });
    expect(article.text).toBe(text);
    expect(article.text.slice(article.bodyStart)).toBe("\nFirst line\nSecond line\n");
    expect(article).toMatchObject({
      id: "kremlin",
      title: "Front title",
      date: "2022-12-02",
      source: "wire",
    });
  });

  it("takes the first non-empty line of the body as title", () => {
    const article = parseArticle("a", "---\ndate: 2020-01-01\n---\n\n  Headline here  \nBody.", {
      format: "text",
    });
    expect(article.title).toBe("Headline here");
  });

  it("lets a front matter date win over --date, which fills in where none is given", () => {
    const dated = "---\ndate: 2019-09-25\n---\nText";
    expect(parseArticle("a", dated, { format: "text", date: "2024-01-01" }).date).toBe("2019-09-25");
    expect(parseArticle("b", "Text", { format: "text", date: "2024-01-01" }).date).toBe("2024-01-01");
    expect(parseArticle("c", "Text", { format: "text" }).date).toBeNull();
  });

  it("rejects an invalid date option", () => {
    expect(() => parseArticle("a", "Text", { format: "text", date: "2024-02-30" })).toThrow(/invalid --date/);
  });

  it("indexes extracted text for HTML, with bodyStart 0", () => {
    const article = parseArticle(
      "page",
      "<html><body><article><h1>Title</h1><p>Body.</p></article></body></html>",
      {
        format: "html",
      },
    );
    expect(article).toMatchObject({ text: "Title\n\nBody.", bodyStart: 0, title: "Title" });
  });

  it("reads a sample article so that text.slice(bodyStart) is its body", () => {
    const text = readFileSync(
      resolve(repoRoot, "graph-data/articles/seed-kremlin-rejects-biden-conditions.txt"),
      "utf8",
    );
    const article = parseArticle("seed", text, { format: "text" });
    expect(article.text).toBe(text);
    expect(
      article.text
        .slice(article.bodyStart)
        .trimStart()
        .startsWith(article.title ?? "?"),
    ).toBe(true);
  });
});

describe("isIsoDate", () => {
  it.each(["2024-02-29", "2000-02-29", "1999-12-31", "2023-01-01"])("accepts %s", (date) => {
    expect(isIsoDate(date)).toBe(true);
  });
  it.each([
    "2023-02-29",
    "1900-02-29",
    "2023-04-31",
    "2023-00-10",
    "2023-1-1",
    "20230101",
    "2023-01-01T00:00",
    "",
  ])("rejects %s", (date) => {
    expect(isIsoDate(date)).toBe(false);
  });
});

describe("parseArticle on HTML metadata", () => {
  const html =
    '<meta name="date" content="2021-06-01"><meta property="og:url" content="https://e.org/a"><p>Body.</p>';

  it("uses the page's date and URL when there is no front matter, over --date", () => {
    const article = parseArticle("p", html, { format: "html", date: "2024-01-01" });
    expect(article).toMatchObject({ date: "2021-06-01", source: "https://e.org/a", title: "Body." });
  });

  it("lets front matter win over the page's metadata", () => {
    const article = parseArticle("p", `---\ndate: 2020-02-02\n---\n${html}`, { format: "html" });
    expect(article).toMatchObject({ date: "2020-02-02", text: "Body.", bodyStart: 0 });
  });
});
