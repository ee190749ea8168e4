import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createExtractor } from "../../src/extract/createExtractor.ts";
import { parseArticle } from "../../src/ingest/index.ts";
import { loadLexicon } from "../../src/lexicon/loadLexicon.ts";
import { screenshot, startExplorer } from "./browser.ts";

const NEW_ARTICLE = `Brazil strongly condemned Venezuela on Monday for the arrest of opposition leaders.

Chile said it supports Argentina in the dispute.`;

/** What the CLI's engine finds in an article: the browser must find the same actors. */
function actorsInNode(text: string, date: string): Set<string> {
  const extractor = createExtractor(loadLexicon());
  const actors = new Set<string>();
  for (const a of extractor.extract(parseArticle("pasted", text, { format: "text", date }))) {
    actors.add(a.sourceLabel);
    actors.add(a.targetLabel);
  }
  return actors;
}

describe("adding articles in the browser", { timeout: 60_000 }, () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ browser, page } = await startExplorer(inject("explorerUrl")));
  }, 60_000);
  afterAll(() => browser?.close());

  it("pasting an article adds its actors and edges, highlighted, with the date given", async () => {
    const expected = actorsInNode(NEW_ARTICLE, "2024-05-01");
    expect(expected.size).toBeGreaterThan(0);
    const before = await page.evaluate(() => window.__diplograph?.counts());
    const labelsBefore = new Set(await page.evaluate(() => window.__diplograph?.nodeLabels() ?? []));
    const fresh = [...expected].filter((label) => !labelsBefore.has(label));
    expect(fresh.length).toBeGreaterThan(0);

    await page.fill("#article-text", NEW_ARTICLE);
    await page.fill("#article-date", "2024-05-01");
    await page.click("#add-article button[type=submit]");
    await expect
      .poll(() => page.evaluate(() => window.__diplograph?.nodeLabels() ?? []))
      .toEqual(expect.arrayContaining([...expected]));
    const after = await page.evaluate(() => window.__diplograph?.counts());
    expect(after?.nodes).toBe((before?.nodes ?? 0) + fresh.length);
    expect(after?.edges).toBeGreaterThan(before?.edges ?? 0);
    expect(after?.visibleNodes).toBe(after?.nodes);
    const highlighted = await page.evaluate(() => window.__diplograph?.highlighted().length);
    expect(highlighted).toBe(fresh.length);
    await expect.poll(() => page.textContent("#status")).toContain(`Added ${fresh.length} new actor`);
    await screenshot(page, "05-article-added");

    // The new edge carries the pasted sentence and the chosen date.
    await page.fill("#search-input", fresh[0] ?? "");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.textContent("#details-title")).toBe(fresh[0]);
    const meta = await page.textContent("#details .evidence .meta");
    expect(meta).toContain("2024-05-01");
  });

  it("dropping a .txt file runs the same extraction", async () => {
    const text = "Norway said it supports Sweden in the talks.";
    const expected = actorsInNode(text, "2024-05-02");
    expect(expected.size).toBeGreaterThan(0);
    await page.setInputFiles("#open-file", {
      name: "norway.txt",
      mimeType: "text/plain",
      buffer: Buffer.from(text),
    });
    await expect
      .poll(() => page.evaluate(() => window.__diplograph?.nodeLabels() ?? []))
      .toEqual(expect.arrayContaining([...expected]));
  });

  it("an empty paste says what to do instead of failing silently", async () => {
    await page.fill("#article-text", "   ");
    await page.click("#add-article button[type=submit]");
    await expect.poll(() => page.textContent("#status")).toContain("Paste an article");
  });
});
