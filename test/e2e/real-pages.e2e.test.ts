/**
 * Optional sweep over saved real pages in real Chromium, page scripts disabled so the DOM is stable:
 *   FOGWATCH_PAGES=../shared/data/war-dev,../shared/data/pages-dev npm run test:e2e
 * For each page: no errors of ours, everything we add carries data-fogwatch, and pausing gives back
 * exactly the markup of the same page loaded while paused. Skipped unless FOGWATCH_PAGES is set (CI
 * and `npm test` do not depend on ../shared).
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../src/shared/settings.ts";
import { collectErrors, getState, launchExtension, setSettings, tabIdOf, type Extension } from "./browser.ts";
import { startServer, type FixtureServer } from "./server.ts";

const dirs = (process.env.FOGWATCH_PAGES ?? "").split(",").filter(Boolean).map((d) => resolve(d));
// Without scripts, a <noscript><meta http-equiv="refresh"> sends some saved pages elsewhere: left out.
const REFRESH = /<meta[^>]+http-equiv=["']?refresh/i;
const pages = dirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".html") && !REFRESH.test(readFileSync(join(dir, f), "utf8")))
    .map((f) => ({ dir, file: f })),
);

describe.skipIf(!pages.length)("saved real pages", () => {
  let ext: Extension;
  const servers = new Map<string, FixtureServer>();

  beforeAll(async () => {
    ext = await launchExtension();
    for (const dir of dirs) servers.set(dir, await startServer({ root: dir }));
  });

  afterAll(async () => {
    await ext?.close();
    for (const server of servers.values()) await server.close();
  });

  async function load(url: string): Promise<{ page: Page; errors: string[]; tabId: number }> {
    const page = await ext.context.newPage();
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send("Emulation.setScriptExecutionDisabled", { value: true });
    const errors = collectErrors(page);
    await page.goto(url, { waitUntil: "domcontentloaded" });
    const tabId = await tabIdOf(ext, page);
    await getState(ext, tabId); // the content script is done
    return { page, errors, tabId };
  }

  it.for(pages)("$file", async ({ dir, file }) => {
    const url = `${servers.get(dir)!.origin}/${file}`;
    await setSettings(ext, { ...structuredClone(DEFAULT_SETTINGS), paused: true });
    const baseline = await load(url);
    const original = await baseline.page.evaluate(() => document.body?.innerHTML ?? "");
    await baseline.page.close();

    await setSettings(ext, structuredClone(DEFAULT_SETTINGS));
    const { page, errors, tabId } = await load(url);
    const state = await getState(ext, tabId);
    const marks = await page.locator("fogwatch-mark").count();
    console.log(`${basename(dir)}/${file}: ${state.status}, ${state.shown.claims} claims, ${marks} marks`);
    expect(await page.locator("fogwatch-mark:not([data-fogwatch]), fogwatch-ui:not([data-fogwatch])").count()).toBe(0);
    if (state.status !== "article") expect(await page.locator("[data-fogwatch]").count()).toBe(0);

    await setSettings(ext, { ...structuredClone(DEFAULT_SETTINGS), paused: true });
    await expect.poll(() => page.locator("[data-fogwatch]").count()).toBe(0);
    expect(await page.evaluate(() => document.body?.innerHTML ?? "")).toBe(original);
    expect(errors.filter((e) => /fogwatch/i.test(e))).toEqual([]);
    await page.close();
  });
});
