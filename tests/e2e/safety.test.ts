import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { screenshot, startExplorer } from "./browser.ts";

declare global {
  interface Window {
    __xss?: number;
  }
}

/** Each payload would set window.__xss if any of it ran as HTML or script. */
const XSS_ARTICLE = `Russia condemned Ukraine <img src=x onerror="window.__xss=1"> for the attack.

Norway said it supports Sweden <script>window.__xss=2</script> in the talks.

Brazil rejected the demands of Venezuela <svg onload="window.__xss=3"></svg>.`;

const XSS_GEXF = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="directed">
    <attributes class="edge"><attribute id="relation" title="relation" type="string"/></attributes>
    <nodes>
      <node id="A" label="&lt;script&gt;window.__xss=4&lt;/script&gt;Evil"/>
      <node id="B" label="&lt;img src=x onerror=&quot;window.__xss=5&quot;&gt;"/>
    </nodes>
    <edges>
      <edge id="e" source="A" target="B" label="&lt;b onmouseover=window.__xss=6&gt;x"><attvalues><attvalue for="relation" value="condemns"/></attvalues></edge>
    </edges>
  </graph>
</gexf>`;

describe("article and file contents are data, never markup", { timeout: 60_000 }, () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ browser, page } = await startExplorer(inject("explorerUrl")));
  }, 60_000);
  afterAll(() => browser?.close());

  const injectedElements = () =>
    page.evaluate(
      () => document.querySelectorAll("img, svg, script:not([type=module]), b[onmouseover]").length,
    );

  it("an article with HTML payloads runs nothing and shows the payload as text", async () => {
    const scriptsBefore = await page.evaluate(() => document.scripts.length);
    await page.fill("#article-text", XSS_ARTICLE);
    await page.click("#add-article button[type=submit]");
    await expect.poll(() => page.evaluate(() => window.__diplograph?.nodeLabels() ?? [])).toContain("Norway");
    // Open every evidence sentence that carries a payload.
    for (const actor of ["Ukraine", "Sweden"]) {
      await page.fill("#search-input", actor);
      await page.keyboard.press("Enter");
      await expect.poll(() => page.textContent("#details-title")).toBe(actor);
    }
    const quotes = await page.$$eval("#details blockquote", (items) => items.map((q) => q.textContent ?? ""));
    expect(quotes.some((q) => q.includes("<script>window.__xss=2</script>"))).toBe(true);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.__xss)).toBeUndefined();
    expect(await injectedElements()).toBe(0);
    expect(await page.evaluate(() => document.scripts.length)).toBe(scriptsBefore);
    await screenshot(page, "07-xss-article");
  });

  it("a GEXF with script in labels opens as plain text labels and runs nothing", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "diplograph-xss-")), "evil.gexf");
    writeFileSync(file, XSS_GEXF);
    await page.setInputFiles("#open-file", file);
    await expect.poll(() => page.evaluate(() => window.__diplograph?.counts().nodes)).toBe(2);
    const labels = await page.evaluate(() => window.__diplograph?.nodeLabels());
    expect(labels).toContain("<script>window.__xss=4</script>Evil");
    // Search shows the label, the panel shows it, hovering draws it on canvas.
    await page.fill("#search-input", "evil");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.textContent("#details-title")).toBe("<script>window.__xss=4</script>Evil");
    const position = await page.evaluate(() => window.__diplograph?.nodePosition("B"));
    if (position) await page.mouse.move(position.x, position.y);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.__xss)).toBeUndefined();
    expect(await injectedElements()).toBe(0);
    await screenshot(page, "08-xss-gexf");
  });
});
