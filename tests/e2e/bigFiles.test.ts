import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { screenshot, startExplorer } from "./browser.ts";

const work = mkdtempSync(path.join(tmpdir(), "diplograph-big-"));

/** A Gephi-like GEXF without positions: `nodes` labelled nodes, `edges` pseudo-random edges. */
function gexf(nodes: number, edges: number): string {
  const parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">'];
  parts.push('<graph defaultedgetype="directed"><nodes>\n');
  for (let i = 0; i < nodes; i++) parts.push(`<node id="n${i}" label="Node number ${i}"/>\n`);
  parts.push("</nodes><edges>\n");
  for (let j = 0; j < edges; j++)
    parts.push(`<edge id="e${j}" source="n${(j * 7919) % nodes}" target="n${(j * 104729 + 1) % nodes}"/>\n`);
  parts.push("</edges></graph></gexf>\n");
  return parts.join("");
}

describe("big files in the explorer (issue 10)", { timeout: 90_000 }, () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ browser, page } = await startExplorer(inject("explorerUrl")));
  }, 60_000);
  afterAll(() => browser?.close());

  const statusText = () => page.textContent("#status");

  it("a 200,000-node file is refused up front, with a message naming the limit", async () => {
    const file = path.join(work, "huge-graph.gexf");
    writeFileSync(file, gexf(200_000, 200_000));
    const started = Date.now();
    await page.setInputFiles("#open-file", file);
    await expect
      .poll(statusText, { timeout: 30_000 })
      .toContain("huge-graph.gexf: 200,000 nodes and 200,000 edges, more than the 50,000 nodes and edges");
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it("a 20,000-node file without positions opens, laid out, to a first picture within 30 s", async () => {
    const file = path.join(work, "big-graph.gexf");
    writeFileSync(file, gexf(20_000, 25_000));
    const started = Date.now();
    await page.setInputFiles("#open-file", file);
    await expect
      .poll(statusText, { timeout: 30_000 })
      .toContain("Opened big-graph.gexf: 20000 actors, 25000 positions");
    expect(await statusText()).toContain("laid out with");
    expect(Date.now() - started).toBeLessThan(30_000);
    // Not one circle: node positions spread over many distances from the centre.
    const radii = await page.evaluate(() => {
      const out = new Set<number>();
      for (let i = 0; i < 400; i++) {
        const p = window.__diplograph?.nodePosition(`n${i * 50}`);
        if (p) out.add(Math.round(Math.hypot(p.x - 640, p.y - 400) / 5));
      }
      return out.size;
    });
    expect(radii).toBeGreaterThan(20);
    await screenshot(page, "11-big-graph");
  });
});
