import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { screenshot, startExplorer } from "./browser.ts";
import { CLUSTER_NODES, EDGES, FAR_SENTENCES, largeGraphJson } from "./largeGraphFile.ts";

const calls = (page: Page) =>
  page.evaluate(() => window.__diplograph?.reducerCalls() ?? { nodes: 0, edges: 0 });
const position = (page: Page, node: string) =>
  page.evaluate((n) => window.__diplograph?.nodePosition(n) ?? null, node);

/** The far edge's middle on screen, from its two ends. */
async function farEdgeMiddle(page: Page): Promise<{ x: number; y: number }> {
  const [a, b] = [await position(page, "FAR_A"), await position(page, "FAR_B")];
  if (!a || !b) throw new Error("far actors not drawn");
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

describe("a 10k-actor, 50k-position graph in the explorer", { timeout: 120_000 }, () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ browser, page } = await startExplorer(inject("explorerUrl")));
    const file = path.join(mkdtempSync(path.join(tmpdir(), "diplograph-large-")), "large.json");
    writeFileSync(file, largeGraphJson());
    await page.setInputFiles("#open-file", file);
    await page.waitForFunction(
      (text) => document.querySelector("#status")?.textContent?.includes(text),
      `Opened large.json: ${CLUSTER_NODES + 2} actors, ${EDGES} positions`,
      { timeout: 90_000, polling: 200 },
    );
  }, 120_000);
  afterAll(() => browser?.close());

  it("a click on an edge opens its evidence, above 20,000 edges", async () => {
    expect(await page.evaluate(() => window.__diplograph?.counts().edges)).toBeGreaterThan(20_000);
    const middle = await farEdgeMiddle(page);
    await page.mouse.click(middle.x, middle.y);
    await expect.poll(() => page.textContent("#details-title")).toBe("Far actor A condemns Far actor B");
    const sentences = await page.$$eval("#details-body blockquote", (quotes) =>
      quotes.map((q) => q.textContent),
    );
    expect(sentences).toEqual(FAR_SENTENCES.map((s) => s.sentence));
    await screenshot(page, "12-large-graph-edge");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.isHidden("#details")).toBe(true);
  });

  it("selecting and hovering an actor run the reducers for no actor or edge of the graph", async () => {
    const before = await calls(page);
    const far = await position(page, "FAR_A");
    if (!far) throw new Error("FAR_A not drawn");
    await page.mouse.move(far.x, far.y);
    await page.mouse.click(far.x, far.y);
    await expect.poll(() => page.textContent("#details-title")).toBe("Far actor A");
    // Let any render the click scheduled happen before counting.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    const after = await calls(page);
    // A full pass would be 10,002 node and 50,000 edge calls; the selection needs none.
    expect(after.nodes - before.nodes).toBeLessThan(10);
    expect(after.edges - before.edges).toBeLessThan(10);
    await screenshot(page, "13-large-graph-selected");
  });

  it("narrowing the time range recounts the edge's weight to its evidence inside the range", async () => {
    await page.click("#details-close");
    const middle = await farEdgeMiddle(page);
    await page.mouse.click(middle.x, middle.y);
    await expect
      .poll(() => page.textContent("#details-body .hint"))
      .toBe("3 sentences, 3 articles, 2020-01-15 – 2020-03-15");
    await page.focus("#time-to");
    await page.keyboard.press("End");
    await page.keyboard.press("ArrowLeft");
    await expect
      .poll(() => new URLSearchParams(new URL(page.url()).hash.slice(1)).get("to"))
      .toBe("2020-02-15");
    const inside = FAR_SENTENCES.filter((s) => s.date <= "2020-02-15");
    await expect
      .poll(() => page.textContent("#details-body .hint"))
      .toContain(`${inside.length} sentences in the time range (of ${FAR_SENTENCES.length})`);
    const shown = await page.$$eval("#details-body blockquote", (quotes) => quotes.map((q) => q.textContent));
    expect(shown).toEqual(inside.map((s) => s.sentence));
  });
});
