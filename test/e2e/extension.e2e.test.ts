/**
 * The built extension (dist/) in real Chromium, on fixture pages served from 127.0.0.1.
 * Run `npm run build` first (`npm test` does).
 */
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PageState } from "../../src/shared/messages.ts";
import { DEFAULT_SETTINGS, type Settings, type Toggles } from "../../src/shared/settings.ts";
import {
  askTab, badgeText, collectErrors, commands, getState, launchExtension, resetExtension, recordOriginal, RESULTS, setSettings, tabIdOf, type Extension,
} from "./browser.ts";
import { startServer, type FixtureServer } from "./server.ts";

let ext: Extension;
let server: FixtureServer;

beforeAll(async () => {
  mkdirSync(RESULTS, { recursive: true });
  server = await startServer();
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

beforeEach(() => resetExtension(ext));

const withToggles = (toggles: Partial<Toggles>, extra: Partial<Settings> = {}): Settings => ({
  ...structuredClone(DEFAULT_SETTINGS),
  toggles: { ...DEFAULT_SETTINGS.toggles, ...toggles },
  ...extra,
});
const ALL_OFF: Partial<Toggles> = { claims: false, sources: false, figures: false, clutter: false };

interface Opened {
  page: Page;
  errors: string[];
  tabId: number;
  state: PageState;
}

async function open(path: string): Promise<Opened> {
  const page = await ext.context.newPage();
  const errors = collectErrors(page);
  await recordOriginal(page);
  await page.goto(server.origin + path);
  const tabId = await tabIdOf(ext, page);
  const state = await getState(ext, tabId);
  return { page, errors, tabId, state };
}

const count = (page: Page, selector: string) => page.locator(selector).count();
const CLAIMS = 'fogwatch-mark[data-fogwatch="claim"]';

/** The page's markup now, and as it was before the extension ran. */
const markup = (page: Page) =>
  page.evaluate(() => ({ now: document.body.innerHTML, original: (window as unknown as { __original: string }).__original }));

/** Body text now and originally (clutter attributes do not change it; marks must not either). */
const texts = (page: Page) =>
  page.evaluate(() => {
    const t = document.createElement("template");
    t.innerHTML = (window as unknown as { __original: string }).__original;
    return { now: document.body.textContent, original: t.content.textContent };
  });

/** Body markup with clutter marking removed, to compare with the original when only clutter is on. */
const markupWithoutClutterMarks = (page: Page) =>
  page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const el of body.querySelectorAll('[data-fogwatch="clutter"]')) {
      el.removeAttribute("data-fogwatch");
      el.removeAttribute("data-fogwatch-clutter");
    }
    return body.innerHTML;
  });

const MARKS = "fogwatch-mark[data-fogwatch]";

/** Distinct annotations of a kind in the page (a claim may take several marks). */
const annotations = (page: Page, kind: string) =>
  page.evaluate(
    (k) => new Set([...document.querySelectorAll(`fogwatch-mark[data-fogwatch="${k}"]`)].map((m) => m.getAttribute("data-fogwatch-index"))).size,
    kind,
  );

describe.each([
  ["semantic", "/seed/seed-semantic.html"],
  ["divsoup", "/seed/seed-divsoup.html"],
])("the %s seed page", (name, path) => {
  it("gets what the analysis found highlighted, clutter marked, the badge and User Timing measures", async () => {
    const { page, errors, tabId, state } = await open(path);
    expect(state.status).toBe("article");
    const analysis = state.analysis!;
    const flagged = analysis.claims.filter((c) => c.status !== "confirmed").length;
    expect(await annotations(page, "claim")).toBe(flagged);
    expect(state.shown.claims).toBe(flagged);
    expect(await annotations(page, "figure")).toBe(analysis.figures.length);
    expect(state.shown.figures).toBe(analysis.figures.length);
    expect(await count(page, '[data-fogwatch="clutter"]')).toBeGreaterThan(0);
    expect(await count(page, `${CLAIMS}[tabindex="0"]`)).toBe(flagged);
    // Nothing we added lacks data-fogwatch.
    expect(await count(page, "fogwatch-mark:not([data-fogwatch]), fogwatch-ui:not([data-fogwatch])")).toBe(0);
    expect(await badgeText(ext, tabId)).toBe(flagged ? String(flagged) : "");
    const measures = await page.evaluate(() =>
      performance.getEntriesByType("measure").filter((m) => m.name.startsWith("fogwatch:")).map((m) => [m.name, Math.round(m.duration * 10) / 10] as const),
    );
    expect(measures.map(([n]) => n)).toEqual(expect.arrayContaining(["fogwatch:detect", "fogwatch:analyze", "fogwatch:highlight"]));
    expect(await page.evaluate(() => performance.getEntriesByName("fogwatch:ready", "mark").length)).toBe(1);
    expect(await page.evaluate(() => performance.getEntriesByName("fogwatch:complete", "mark").length)).toBe(1);
    writeFileSync(join(RESULTS, `timings-${name}.json`), JSON.stringify(Object.fromEntries(measures), null, 2));
    if (flagged) {
      // The tooltip: hover the first claim.
      await page.locator(`${CLAIMS}[tabindex="0"]`).first().hover();
      const tip = page.locator('fogwatch-ui[data-fogwatch="ui"]').locator('[role="tooltip"]');
      await expect.poll(() => tip.isVisible()).toBe(true);
      expect(await tip.textContent()).toMatch(/Claimed by/);
    }
    await page.screenshot({ path: join(RESULTS, `annotated-${name}.png`) });
    expect(errors).toEqual([]);
  });

  it("has at least a handful of claims highlighted", async (ctx) => {
    const { page, state } = await open(path);
    if (!state.analysis?.claims.length) ctx.skip("the claim engine finds no claims in the seed page yet");
    expect(await annotations(page, "claim")).toBeGreaterThanOrEqual(5);
  });

  it("applies toggles at once and gives back the exact markup when switched off", async () => {
    const { page, errors, tabId, state } = await open(path);
    const marks = await count(page, MARKS);
    expect(marks).toBeGreaterThan(0);

    // Claims off: no claim highlight left, the text untouched.
    await setSettings(ext, withToggles({ claims: false }));
    await expect.poll(() => getState(ext, tabId).then((s) => s.shown.claims)).toBe(0);
    expect(await count(page, CLAIMS)).toBe(0);
    expect((await texts(page)).now).toBe((await texts(page)).original);
    await expect.poll(() => badgeText(ext, tabId)).toBe("");

    // Every highlight off, clutter still marked: the markup is the original but for clutter attributes.
    await setSettings(ext, withToggles({ claims: false, sources: false, figures: false }));
    await expect.poll(() => count(page, "fogwatch-mark")).toBe(0);
    expect(await markupWithoutClutterMarks(page)).toBe((await markup(page)).original);

    // All back on: the same highlights.
    await setSettings(ext, withToggles({}));
    await expect.poll(() => count(page, MARKS)).toBe(marks);
    expect((await getState(ext, tabId)).shown).toEqual(state.shown);
    await expect.poll(() => badgeText(ext, tabId)).toBe(state.shown.claims ? String(state.shown.claims) : "");

    // Everything off: the exact original markup, no element or attribute of ours anywhere.
    await setSettings(ext, withToggles(ALL_OFF));
    await expect.poll(() => count(page, "[data-fogwatch]")).toBe(0);
    const m = await markup(page);
    expect(m.now).toBe(m.original);

    // Pause and per-site off do the same; switching back on restores the highlights.
    await setSettings(ext, withToggles({}, { paused: true }));
    await expect.poll(() => getState(ext, tabId).then((s) => s.status)).toBe("off");
    expect(await count(page, "[data-fogwatch]")).toBe(0);
    await setSettings(ext, withToggles({}));
    await expect.poll(() => count(page, MARKS)).toBe(marks);
    await setSettings(ext, withToggles({}, { sites: { "127.0.0.1": { off: true } } }));
    await expect.poll(() => count(page, "[data-fogwatch]")).toBe(0);
    expect((await markup(page)).now).toBe(m.original);

    // Clutter mode: collapse hides the marked clutter.
    await setSettings(ext, withToggles({}, { clutterMode: "collapse" }));
    await expect.poll(() => count(page, '[data-fogwatch-clutter="collapse"]')).toBeGreaterThan(0);
    expect(await page.locator('[data-fogwatch-clutter="collapse"]').first().isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });
});

/** The live-blog fixture keeps a copy of its story (with the posts it added): the article is exactly that. */
async function expectOwnStory(page: Page): Promise<void> {
  const story = await page.evaluate(() => ({
    now: document.querySelector("article")!.innerHTML,
    copy: (window as unknown as { __story: { copy: Element } }).__story.copy.innerHTML,
  }));
  expect(story.now).toBe(story.copy);
}

describe("the content script's messages", () => {
  it("has the step commands registered with their shortcuts", async () => {
    const registered = await commands(ext);
    expect(registered["next-claim"]).toMatch(/Alt\+Shift\+(\.|Period)/);
    expect(registered["previous-claim"]).toMatch(/Alt\+Shift\+(,|Comma)/);
  });

  it("steps through claims and reveals them", async (ctx) => {
    const { page, tabId, state } = await open("/seed/seed-semantic.html");
    if (state.shown.claims < 2) ctx.skip("needs two highlighted claims; the claim engine finds fewer in the seed page");
    expect(await askTab(ext, tabId, { type: "fogwatch:step", direction: 1 })).toBe(true);
    const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.fogwatchIndex ?? null);
    const first = await focused();
    expect(first).not.toBeNull();
    // The focused claim shows its tooltip, which stays with it while the page scrolls there.
    const tip = page.locator('fogwatch-ui[data-fogwatch="ui"]').locator('[role="tooltip"]');
    await expect.poll(() => tip.isVisible()).toBe(true);
    await askTab(ext, tabId, { type: "fogwatch:step", direction: -1 }); // the last claim, further down
    await page.waitForTimeout(800);
    expect(await tip.isVisible()).toBe(true);
    await askTab(ext, tabId, { type: "fogwatch:step", direction: 1 });
    expect(await focused()).toBe(first);
    await askTab(ext, tabId, { type: "fogwatch:step", direction: 1 });
    expect(await focused()).not.toBe(first);
    await askTab(ext, tabId, { type: "fogwatch:step", direction: -1 });
    expect(await focused()).toBe(first);
    expect(await askTab(ext, tabId, { type: "fogwatch:reveal", kind: "claim", index: Number(first) })).toBe(true);
    // A malformed request gets no answer and changes nothing.
    expect(await askTab(ext, tabId, { type: "fogwatch:step", direction: 5 }, 500).catch(() => undefined)).toBeUndefined();
    expect(await focused()).toBe(first);
  });
});

describe("pages that are not articles", () => {
  it("leaves a section front alone: no element, attribute or error of ours", async () => {
    const { page, errors, tabId, state } = await open("/e2e/not-article.html");
    expect(state.status).toBe("not-article");
    expect(state.analysis).toBeNull();
    await page.waitForTimeout(500);
    expect(await count(page, "[data-fogwatch]")).toBe(0);
    const m = await markup(page);
    expect(m.now).toBe(m.original);
    expect(await page.evaluate(() => document.head.querySelectorAll("style").length)).toBe(1);
    expect(await badgeText(ext, tabId)).toBe("");
    expect(errors).toEqual([]);
  });

  it("annotates a story that a script renders after load", async () => {
    const { page, errors, tabId, state } = await open("/e2e/late-article.html");
    expect(state.status).toBe("not-article");
    await expect.poll(() => getState(ext, tabId).then((s) => s.status), { timeout: 10_000 }).toBe("article");
    expect(await count(page, MARKS)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it("follows a story that grows after it was annotated", async () => {
    const { page, errors, tabId, state } = await open("/growing/seed-semantic.html");
    expect(state.status).toBe("article");
    await expect.poll(() => page.getByText("destroyed 12 Ukrainian tanks").count(), { timeout: 5_000 }).toBe(1);
    await expect
      .poll(() => page.locator(CLAIMS).filter({ hasText: "destroyed 12 Ukrainian tanks" }).count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    expect((await getState(ext, tabId)).shown.claims).toBeGreaterThan(state.shown.claims);
    expect(errors).toEqual([]);
  });

  it("annotates a live blog's new posts without touching the others, and gives back the page's own markup", async () => {
    const { page, errors, tabId, state } = await open("/e2e/live-blog.html");
    expect(state.status).toBe("article");
    const before = state.shown.claims;
    expect(before).toBeGreaterThan(0);
    // Tag the marks in the page's world: they must be the same elements after the new posts arrive.
    const tagged = await page.evaluate(() => {
      const marks = [...document.querySelectorAll("fogwatch-mark")];
      (window as unknown as { __marks: Element[] }).__marks = marks;
      return marks.length;
    });
    await expect.poll(() => page.evaluate(() => (window as unknown as { __story: { appended: boolean } }).__story.appended), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => count(page, `#post-27 ${CLAIMS}, #post-25 ${CLAIMS}`), { timeout: 10_000 }).toBeGreaterThan(0);
    const after = await getState(ext, tabId);
    expect(after.shown.claims).toBeGreaterThan(before);
    expect(after.analysis!.claims.length).toBeGreaterThan(state.analysis!.claims.length);
    expect(await page.evaluate(() => (window as unknown as { __marks: Element[] }).__marks.every((m) => m.isConnected))).toBe(true);
    expect(await count(page, "fogwatch-mark")).toBeGreaterThan(tagged);
    // The popup's reveal reaches a claim of the new posts (numbered after the first ones).
    const last = after.analysis!.claims.length - 1;
    expect(await askTab(ext, tabId, { type: "fogwatch:reveal", kind: "claim", index: last })).toBe(true);
    // Everything off: the story is exactly the page's own (its copy got the same new posts).
    await setSettings(ext, withToggles(ALL_OFF));
    await expect.poll(() => count(page, "[data-fogwatch]")).toBe(0);
    await expectOwnStory(page);
    expect(errors).toEqual([]);
  });

  it("reads a huge live blog in parts, writes a part's marks when the reader comes near it, and gives back the page's own markup", async () => {
    const { page, errors, tabId, state } = await open("/e2e/live-blog.html?posts=700");
    expect(state.status).toBe("article");
    // The head is shown first; the parts follow, each as a fogwatch:part measure, then the story is complete.
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByName("fogwatch:complete", "mark").length), { timeout: 30_000 })
      .toBe(1);
    expect(await page.evaluate(() => performance.getEntriesByName("fogwatch:part").length)).toBeGreaterThanOrEqual(3);
    const after = await getState(ext, tabId);
    expect(after.analysis!.claims.length).toBeGreaterThan(state.analysis!.claims.length);
    // Every part is read and counted, but the oldest posts, at the bottom, are far below the viewport:
    // their marks are not written yet.
    const flagged = after.analysis!.claims.flatMap((c, i) => (c.status !== "confirmed" ? [i] : []));
    expect(after.shown.claims).toBe(flagged.length);
    expect(await count(page, `#post-690 ${CLAIMS}, #post-691 ${CLAIMS}, #post-692 ${CLAIMS}`)).toBeGreaterThan(0);
    const bottom = `#post-1 ${CLAIMS}, #post-2 ${CLAIMS}`;
    expect(await count(page, bottom)).toBe(0);
    // Scrolled to the bottom, the last part is written.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => count(page, bottom), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.evaluate(() => performance.getEntriesByName("fogwatch:show-part").length)).toBeGreaterThan(0);
    // A claim of a part still unwritten (in the middle): the popup's jump link writes its part and reveals it.
    const marked = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('fogwatch-mark[data-fogwatch="claim"]')].map((m) => Number(m.dataset.fogwatchIndex)),
    );
    const unwritten = flagged.find((i) => !marked.includes(i));
    expect(unwritten).toBeDefined();
    expect(await askTab(ext, tabId, { type: "fogwatch:reveal", kind: "claim", index: unwritten! })).toBe(true);
    expect(await count(page, `fogwatch-mark[data-fogwatch="claim"][data-fogwatch-index="${unwritten}"]`)).toBeGreaterThan(0);
    expect((await getState(ext, tabId)).shown.claims).toBe(flagged.length);
    await setSettings(ext, withToggles(ALL_OFF));
    await expect.poll(() => count(page, "[data-fogwatch]"), { timeout: 20_000 }).toBe(0);
    await expectOwnStory(page);
    expect(errors).toEqual([]);
  });

  it("works on a page that breaks DOM methods in its own world", async () => {
    const { page, errors, state } = await open("/hostile/seed-semantic.html");
    expect(state.status).toBe("article");
    expect(await count(page, MARKS)).toBeGreaterThan(0);
    expect(await count(page, '[data-fogwatch="clutter"]')).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});

describe("the popup", () => {
  it("shows the article title and its sources for a tab", async (ctx) => {
    const popupPath = ext.manifest.action?.default_popup;
    expect(popupPath).toBeTruthy();
    const { tabId, state } = await open("/seed/seed-semantic.html");
    const analysis = state.analysis!;
    const popup = await ext.context.newPage();
    const errors = collectErrors(popup);
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${ext.id}/${popupPath}?tabId=${tabId}`);
    await expect.poll(() => popup.locator("body").innerText(), { timeout: 10_000 }).toContain(analysis.article!.title);
    await popup.screenshot({ path: join(RESULTS, "popup.png") });
    expect(errors).toEqual([]);
    if (!analysis.sources.length) ctx.skip("title shown; no sources to look for until the claim engine lands");
    expect(await popup.locator("body").innerText()).toContain(analysis.sources[0]!.name);
  });
});

/** `FOGWATCH_DOCS=1 npm run test:e2e` refreshes the README screenshots in docs/. */
afterAll(() => {
  if (process.env.FOGWATCH_DOCS !== "1") return;
  const docs = join(RESULTS, "..", "docs");
  mkdirSync(docs, { recursive: true });
  copyFileSync(join(RESULTS, "annotated-semantic.png"), join(docs, "screenshot-page.png"));
  copyFileSync(join(RESULTS, "popup.png"), join(docs, "screenshot-popup.png"));
});
