import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { GEXF_FIXTURES, gexfFixturesDir } from "../fixtures/gexf/fixtures.ts";
import { repoRoot, screenshot, startExplorer } from "./browser.ts";

const fixtures = gexfFixturesDir;
const work = mkdtempSync(path.join(tmpdir(), "diplograph-fixtures-"));

/** The Gephi-made graphs and the edge cases the explorer is tried on (all of them go through the CLI). */
const FIXTURES: [string, number, number][] = [
  ["les_miserables.gexf", 77, 254],
  ["celegans.gexf", 306, 2345],
  ["yeast.gexf", 2361, 7182],
  ["arctic.gexf", 1715, 6676],
  ["mixed.gexf", 3, 3],
  ["missing_nodes.gexf", 6, 4],
];

describe("graphology's GEXF files in the CLI", () => {
  it.each(GEXF_FIXTURES)(
    "diplograph export %s --format json keeps %i nodes and %i edges",
    (file, nodes, edges) => {
      const out = path.join(work, `${file}.json`);
      const run = spawnSync(
        process.execPath,
        ["bin/diplograph.mjs", "export", path.join(fixtures, file), "--format", "json", "-o", out],
        { cwd: repoRoot, encoding: "utf8" },
      );
      expect(run.status, run.stderr).toBe(0);
      const graph = JSON.parse(readFileSync(out, "utf8"));
      expect([graph.nodes.length, graph.edges.length]).toEqual([nodes, edges]);
      if (file === "missing_nodes.gexf") expect(run.stderr).toContain("not declared (added)");
    },
  );
});

describe("graphology's GEXF files in the explorer", { timeout: 60_000 }, () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ browser, page } = await startExplorer(inject("explorerUrl")));
  }, 60_000);
  afterAll(() => browser?.close());

  const statusText = () => page.textContent("#status");
  const counts = () => page.evaluate(() => window.__diplograph?.counts());

  it.each(FIXTURES)("opening %s shows all %i nodes and %i edges", async (file, nodes, edges) => {
    await page.setInputFiles("#open-file", path.join(fixtures, file));
    await expect.poll(statusText, { timeout: 30_000 }).toContain(`Opened ${file}`);
    expect(await counts()).toEqual({ nodes, edges, visibleNodes: nodes, visibleEdges: edges });
    // Every edge type drawn has its program, and only arrows (the default) are there unused.
    const types = await page.evaluate(() => window.__diplograph?.edgeTypes());
    expect(types?.programs).toEqual([...new Set(["arrow", ...(types?.drawn ?? [])])].sort());
    if (file === "celegans.gexf") expect(types?.drawn).toEqual(["curvedLine", "line"]);
    if (file === "mixed.gexf") expect(types?.drawn).toEqual(["arrow", "line"]);
    if (file === "les_miserables.gexf") await screenshot(page, "10-les-miserables");
  });

  it("shows a Gephi file's own attributes in the details panel, as text", async () => {
    await page.setInputFiles("#open-file", path.join(fixtures, "undeclared_attribute.gexf"));
    await expect.poll(statusText).toContain("Opened undeclared_attribute.gexf");
    await page.fill("#search-input", "Gephi");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.textContent("#details-body")).toContain("http://gephi.org");
    expect(await page.locator("#details-body dl.extra-attributes dt").allTextContents()).toContain("url");
  });

  it("opens a file in a worker with a progress bar that Cancel stops", async () => {
    const before = await counts();
    // Many nodes without positions: long enough to be cancelled during its starting layout.
    const nodes = Array.from({ length: 20_000 }, (_, i) => `<node id="n${i}"/>`).join("");
    const edges = Array.from(
      { length: 20_000 },
      (_, i) => `<edge source="n${i}" target="n${(i * 7 + 1) % 20_000}"/>`,
    ).join("");
    const file = path.join(work, "slow.gexf");
    writeFileSync(
      file,
      `<gexf version="1.3"><graph><nodes>${nodes}</nodes><edges>${edges}</edges></graph></gexf>`,
    );
    await page.setInputFiles("#open-file", file);
    await page.waitForSelector("#progress:not([hidden])");
    await page.click("#progress-cancel");
    await expect.poll(statusText).toContain("Cancelled opening slow.gexf");
    expect(await page.isHidden("#progress")).toBe(true);
    expect(await counts()).toEqual(before);
  });
});
