import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openExplorer, screenshot, startExplorer } from "./browser.ts";

interface SerializedGraph {
  nodes: { key: string; attributes: { label: string } }[];
  edges: {
    key: string;
    attributes: { relation: string; firstSeen: string | null; lastSeen: string | null };
  }[];
}

/** The graph the CLI built in globalSetup: expected counts come from it, not from constants. */
const sample = (): SerializedGraph =>
  JSON.parse(readFileSync(inject("sampleGraph"), "utf8")) as SerializedGraph;

const KREMLIN_SENTENCE = "the Kremlin rejected yesterday the conditions mentioned by the US president";

describe("explorer on the sample graph", { timeout: 60_000 }, () => {
  let browser: Browser;
  let page: Page;
  const url = inject("explorerUrl");

  beforeAll(async () => {
    ({ browser, page } = await startExplorer(url));
  }, 60_000);
  afterAll(() => browser?.close());

  it("renders every node and edge of the sample graph", async () => {
    const graph = sample();
    expect(graph.nodes.length).toBeGreaterThan(0);
    const counts = await page.evaluate(() => window.__diplograph?.counts());
    expect(counts).toEqual({
      nodes: graph.nodes.length,
      edges: graph.edges.length,
      visibleNodes: graph.nodes.length,
      visibleEdges: graph.edges.length,
    });
    await expect
      .poll(() => page.textContent("#counts"))
      .toContain(`${graph.nodes.length} of ${graph.nodes.length} actors`);
    // The relation legend lists exactly the relations present.
    const relations = [...new Set(graph.edges.map((e) => e.attributes.relation))].sort();
    const legend = await page.$$eval("#relation-filters input", (inputs) =>
      inputs.map((i) => (i as HTMLInputElement).value),
    );
    expect([...legend].sort()).toEqual(relations);
    await screenshot(page, "01-sample-graph");
  });

  it("search suggests Wagner Group and choosing it with the keyboard centres and rings it", async () => {
    await page.focus("#search-input");
    await page.keyboard.type("wagn");
    const option = page.locator("#search-suggestions [role=option]", { hasText: "Wagner Group" });
    await option.waitFor({ timeout: 15_000 });
    await screenshot(page, "02-search-suggestions");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.textContent("#details-title")).toBe("Wagner Group");
    const highlighted = await page.evaluate(() => window.__diplograph?.highlighted());
    expect(highlighted).toHaveLength(1);
    expect(page.url()).toContain("node=");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.isHidden("#details")).toBe(true);
  });

  it("unticking supports hides exactly the supports edges, and the URL keeps it", async () => {
    const supports = sample().edges.filter((e) => e.attributes.relation === "supports").length;
    expect(supports).toBeGreaterThan(0);
    const before = await page.evaluate(() => window.__diplograph?.counts().visibleEdges ?? 0);
    await page.uncheck("#relation-filters input[value=supports]");
    await expect
      .poll(() => page.evaluate(() => window.__diplograph?.visibleEdgesByRelation().supports ?? 0))
      .toBe(0);
    expect(await page.evaluate(() => window.__diplograph?.counts().visibleEdges)).toBe(before - supports);
    await screenshot(page, "03-supports-hidden");
    expect(decodeURIComponent(new URL(page.url()).hash)).toContain("rel=");

    // A link reopens the same view.
    const again = await openExplorer(browser, page.url());
    expect(await again.isChecked("#relation-filters input[value=supports]")).toBe(false);
    expect(await again.evaluate(() => window.__diplograph?.visibleEdgesByRelation().supports ?? 0)).toBe(0);
    await again.close();

    await page.check("#relation-filters input[value=supports]");
    await expect.poll(() => page.evaluate(() => window.__diplograph?.counts().visibleEdges)).toBe(before);
  });

  it("clicking Russia opens its positions with the Kremlin's evidence sentence, actors marked", async () => {
    // The search test zoomed onto Wagner Group; fit the whole graph back into view first.
    await page.click("#zoom-reset");
    await page.waitForTimeout(500);
    const position = await page.evaluate(() => window.__diplograph?.nodePosition("RUS"));
    expect(position).toBeTruthy();
    if (!position) return;
    await page.mouse.click(position.x, position.y);
    await expect.poll(() => page.textContent("#details-title")).toBe("Russia");
    const quotes = await page.$$eval("#details blockquote", (items) => items.map((q) => q.textContent ?? ""));
    expect(quotes.some((q) => q.includes(KREMLIN_SENTENCE))).toBe(true);
    const marks = await page.$$eval("#details blockquote mark", (items) =>
      items.map((m) => m.textContent ?? ""),
    );
    expect(marks.length).toBeGreaterThan(0);
    await screenshot(page, "04-russia-panel");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.isHidden("#details")).toBe(true);
  });

  it("every control is reachable with Tab", async () => {
    await page.focus("#search-input");
    const reached = new Set<string>();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press("Tab");
      reached.add(
        await page.evaluate(
          () => document.activeElement?.id || document.activeElement?.getAttribute("value") || "",
        ),
      );
    }
    for (const id of [
      "layout-toggle",
      "open-file",
      "download-gexf",
      "download-json",
      "download-png",
      "min-weight",
      "article-text",
      "supports",
    ]) {
      expect(reached).toContain(id);
    }
  });

  it("the time slider replays positions: at the first date only edges seen by then remain", async () => {
    const edges = sample().edges;
    const dates = [
      ...new Set(
        edges.flatMap((e) => [e.attributes.firstSeen, e.attributes.lastSeen]).filter((d) => d !== null),
      ),
    ].sort();
    const first = dates[0];
    expect(first).toBeDefined();
    const expected = edges.filter(
      (e) => e.attributes.firstSeen === null || (e.attributes.firstSeen ?? "") <= (first ?? ""),
    ).length;
    expect(expected).toBeLessThan(edges.length);
    await page.focus("#time-to");
    await page.keyboard.press("Home");
    await expect.poll(() => page.evaluate(() => window.__diplograph?.counts().visibleEdges)).toBe(expected);
    expect(decodeURIComponent(new URL(page.url()).hash)).toContain(`to=${first}`);
    await screenshot(page, "10-time-replay");
    await page.keyboard.press("End");
    await expect
      .poll(() => page.evaluate(() => window.__diplograph?.counts().visibleEdges))
      .toBe(edges.length);
  });

  it("ForceAtlas2 runs in a worker: Start moves the nodes, Stop freezes them", async () => {
    const where = () => page.evaluate(() => window.__diplograph?.nodePosition("RUS"));
    const before = await where();
    await page.click("#layout-toggle");
    expect(await page.getAttribute("#layout-toggle", "aria-pressed")).toBe("true");
    await expect
      .poll(async () => JSON.stringify(await where()), { timeout: 15_000 })
      .not.toBe(JSON.stringify(before));
    await page.click("#layout-toggle");
    expect(await page.textContent("#layout-toggle")).toBe("Start layout");
    await page.waitForTimeout(200);
    const stopped = await where();
    await page.waitForTimeout(400);
    expect(await where()).toEqual(stopped);
  });

  it("without WebGL the page says so instead of staying blank", async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      // A browser without WebGL: every webgl context request fails.
      HTMLCanvasElement.prototype.getContext = function (
        this: HTMLCanvasElement,
        type: string,
        options?: unknown,
      ) {
        return type.startsWith("webgl") || type === "experimental-webgl"
          ? null
          : original.call(this, type, options);
      } as typeof original;
    });
    const noGl = await context.newPage();
    await noGl.goto(url);
    await noGl.waitForFunction(() => window.__diplograph?.ready === true);
    expect(await noGl.textContent("#status")).toContain("WebGL is not available");
    expect(await noGl.textContent("#graph-container")).toContain("needs WebGL");
    await screenshot(noGl, "09-no-webgl");
    await context.close();
  });
});
