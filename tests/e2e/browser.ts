import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** Screenshots for a human to look at: a temporary folder unless DIPLOGRAPH_ARTIFACTS names one. */
export const artifactsDir =
  process.env.DIPLOGRAPH_ARTIFACTS ?? path.join(tmpdir(), "diplograph-test-artifacts");

/** Debian's Chromium, headless; SwiftShader gives it WebGL without a GPU. Never a downloaded browser. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--use-angle=swiftshader",
      "--enable-unsafe-swiftshader",
    ],
  });
}

/** Opens the app and waits until it has loaded its graph (or shown why it could not). */
export async function openExplorer(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForFunction(() => window.__diplograph?.ready === true, undefined, { timeout: 45_000 });
  if (errors.length > 0) throw new Error(`page errors: ${errors.join("; ")}`);
  return page;
}

/** A fresh Chromium with the explorer open, for one describe block. */
export async function startExplorer(url: string): Promise<{ browser: Browser; page: Page }> {
  const browser = await launchChromium();
  return { browser, page: await openExplorer(browser, url) };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`) });
}
