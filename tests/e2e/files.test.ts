import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { checkGexfFile } from "../export/checkGexf.ts";
import { screenshot, startExplorer } from "./browser.ts";

describe("opening and saving files", { timeout: 60_000 }, () => {
  let browser: Browser;
  let page: Page;
  const work = mkdtempSync(path.join(tmpdir(), "diplograph-e2e-"));

  beforeAll(async () => {
    ({ browser, page } = await startExplorer(inject("explorerUrl")));
  }, 60_000);
  afterAll(() => browser?.close());

  const openFile = (file: string) => page.setInputFiles("#open-file", file);
  const statusText = () => page.textContent("#status");

  it("the filtered GEXF download passes check-gexf, and reopens with the same graph", async () => {
    await page.uncheck("#relation-filters input[value=supports]");
    const visible = await page.evaluate(() => window.__diplograph?.counts());
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-gexf")]);
    const file = path.join(work, download.suggestedFilename());
    await download.saveAs(file);
    const report = checkGexfFile(file, {
      nodes: visible?.visibleNodes ?? -1,
      edges: visible?.visibleEdges ?? -1,
    });
    expect(report.output).toContain("gexf ok");
    expect(readFileSync(file, "utf8")).not.toContain('"supports"');
    await page.check("#relation-filters input[value=supports]");

    await openFile(file);
    // Files open in a worker: wait for the message, then the counts are the new graph's.
    await expect.poll(statusText).toContain("Opened diplograph.gexf");
    expect(await page.evaluate(() => window.__diplograph?.counts().nodes)).toBe(visible?.visibleNodes);
    expect(await page.evaluate(() => window.__diplograph?.counts().edges)).toBe(visible?.visibleEdges);
  });

  it("the JSON download reopens as the same graph", async () => {
    const counts = await page.evaluate(() => window.__diplograph?.counts());
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-json")]);
    const file = path.join(work, "saved.json");
    await download.saveAs(file);
    await openFile(file);
    await expect.poll(statusText).toContain("Opened saved.json");
    expect(await page.evaluate(() => window.__diplograph?.counts().nodes)).toBe(counts?.visibleNodes);
  });

  it("the PNG download is an image", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-png")]);
    const file = path.join(work, "view.png");
    await download.saveAs(file);
    expect(readFileSync(file).subarray(1, 4).toString()).toBe("PNG");
  });

  it("a GEXF with a DOCTYPE (entity expansion) is refused before parsing", async () => {
    const before = await page.evaluate(() => window.__diplograph?.counts());
    const lol = `<?xml version="1.0"?>
<!DOCTYPE gexf [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="n" label="&c;"/></nodes><edges/></graph></gexf>`;
    const file = path.join(work, "laughs.gexf");
    writeFileSync(file, lol);
    await openFile(file);
    await expect.poll(statusText).toContain("laughs.gexf: refusing a GEXF file with a DOCTYPE");
    expect(await page.getAttribute("#status", "role")).toBe("alert");
    expect(await page.evaluate(() => window.__diplograph?.counts())).toEqual(before);
    await screenshot(page, "06-doctype-refused");
  });

  it("a 200 MB GEXF is refused by its size, without reading it", async () => {
    const file = path.join(work, "huge.gexf");
    writeFileSync(file, "");
    truncateSync(file, 200 * 1024 * 1024);
    const started = Date.now();
    await openFile(file);
    await expect.poll(statusText).toContain("huge.gexf: file is 200 MB");
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("files that are not graphs give a one-line error naming them", async () => {
    const cases: [string, string, string][] = [
      ["broken.gexf", "<gexf><graph><nodes>", "broken.gexf: not well-formed XML"],
      ["page.gexf", "<html><body>hello</body></html>", "page.gexf: not a GEXF file"],
      ["list.json", "[1, 2, 3]", "list.json: not a graph"],
      ["bad.json", "{ nope", "bad.json: invalid JSON"],
      ["photo.jpg", "xx", "photo.jpg: unsupported file type"],
    ];
    for (const [name, content, message] of cases) {
      const file = path.join(work, name);
      writeFileSync(file, content);
      await openFile(file);
      await expect.poll(statusText).toContain(message);
    }
  });
});
