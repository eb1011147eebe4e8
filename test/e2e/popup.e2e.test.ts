/**
 * The real popup (dist/, as built) in Chromium, on the served seed page: accessibility (axe-core) in
 * light and dark, the click-through a reader makes (reveal a claim, figures that disagree, switches,
 * export), and the page's count pill. Run `npm run build` first.
 *
 * `FOGWATCH_DOCS=1` also refreshes docs/screenshot-popup.png and docs/screenshot-popup-dark.png.
 */
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Analysis } from "../../src/core/types.ts";
import type { PageState } from "../../src/shared/messages.ts";
import { DEFAULT_SETTINGS } from "../../src/shared/settings.ts";
import { collectErrors, getState, launchExtension, resetExtension, recordOriginal, RESULTS, setSettings, tabIdOf, type Extension } from "./browser.ts";
import { startServer, type FixtureServer } from "./server.ts";

const ROOT = resolve(import.meta.dirname, "..", "..");
const AXE = readFileSync(join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8");
const MESSAGES: Record<string, { message: string }> = JSON.parse(readFileSync(join(ROOT, "public", "_locales", "en", "messages.json"), "utf8"));
const msg = (key: string) => MESSAGES[key]?.message ?? key;
const SEED = "/seed/seed-semantic.html";
const CLAIMS = 'fogwatch-mark[data-fogwatch="claim"]';
const PILL = 'fogwatch-ui[data-fogwatch-part="count"]';

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

interface Opened {
  page: Page;
  errors: string[];
  tabId: number;
  state: PageState;
  analysis: Analysis;
}

async function openArticle(): Promise<Opened> {
  const page = await ext.context.newPage();
  const errors = collectErrors(page);
  await recordOriginal(page);
  await page.addInitScript(() => {
    document.addEventListener("readystatechange", () => {
      if (document.readyState === "interactive") {
        (window as unknown as { __story: string }).__story = document.querySelector(".story")?.innerHTML ?? "";
      }
    });
  });
  await page.goto(server.origin + SEED);
  const tabId = await tabIdOf(ext, page);
  const state = await getState(ext, tabId);
  expect(state.status).toBe("article");
  return { page, errors, tabId, state, analysis: state.analysis! };
}

async function openPopup(tabId: number, colorScheme: "light" | "dark" = "light") {
  const path = ext.manifest.action?.default_popup;
  expect(path).toBeTruthy();
  const popup = await ext.context.newPage();
  const errors = collectErrors(popup);
  // Permissions cannot be granted to a chrome-extension:// origin here, so reading the clipboard back
  // is not possible: record what the popup writes (the real writeText still runs).
  await popup.addInitScript(() => {
    const w = window as unknown as { __copied: string[] };
    w.__copied = [];
    const clip = navigator.clipboard;
    const write = clip.writeText.bind(clip);
    clip.writeText = (text: string) => {
      w.__copied.push(text);
      return write(text);
    };
    const exec = document.execCommand.bind(document);
    document.execCommand = (command: string, ...rest: unknown[]) => {
      if (command === "copy") w.__copied.push((document.activeElement as HTMLTextAreaElement | null)?.value ?? "");
      return (exec as (...a: unknown[]) => boolean)(command, ...rest);
    };
  });
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.emulateMedia({ colorScheme });
  await popup.goto(`chrome-extension://${ext.id}/${path}?tabId=${tabId}`);
  return { popup, errors };
}

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core in `page`. Its source is evaluated through the DevTools protocol (page.evaluate), which
 * the extension page's CSP (script-src 'self') does not block, unlike an added <script>.
 */
async function axe(page: Page, include?: string): Promise<Violation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE);
  const { violations, passed, incomplete } = await page.evaluate(async (sel) => {
    type Result = { id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> };
    const a = (window as unknown as { axe: { run(ctx: unknown, opts: object): Promise<{ violations: Result[]; passes: Result[]; incomplete: Result[] }> } }).axe;
    const result = await a.run(sel ? { include: [[sel]] } : document, { resultTypes: ["violations", "incomplete"] });
    return {
      violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) })),
      passed: result.passes.map((p) => p.id),
      incomplete: result.incomplete.map((v) => `${v.id} (${v.nodes.length} nodes: ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(", ")})`),
    };
  }, include ?? null);
  if (incomplete.length) console.log(`[axe] needs review: ${incomplete.join(", ")}`);
  // axe really looked: the rules that matter here ran (passed, failed or could not decide).
  const ran = new Set([...passed, ...violations.map((v) => v.id), ...incomplete.map((i) => i.split(" ")[0])]);
  expect(ran.has("color-contrast") && ran.has("button-name")).toBe(true);
  return violations;
}

/** Reports every violation, returns the serious and critical ones. */
function grave(label: string, violations: Violation[]): Violation[] {
  for (const v of violations) console.log(`[axe ${label}] ${v.impact}: ${v.id} — ${v.help} (${v.nodes.length}: ${v.nodes.slice(0, 3).join(", ")})`);
  if (!violations.length) console.log(`[axe ${label}] no violations`);
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** The lowest WCAG contrast ratio between the pill's text colours and its (opaque) background. */
const pillContrast = (page: Page) =>
  page.locator(PILL).locator(".pill").evaluate((pill) => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = (c: string) => {
      const [r, g, b] = rgb(c).map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const bg = lum(getComputedStyle(pill).backgroundColor);
    const ratios = [pill, ...pill.querySelectorAll("span, button")].map((el) => {
      const fg = lum(getComputedStyle(el).color);
      return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
    });
    return Math.min(...ratios);
  });

const titleShown = (popup: Page, analysis: Analysis) =>
  expect.poll(() => popup.locator("body").innerText(), { timeout: 10_000 }).toContain(analysis.article!.title);

/** The first source with claims: expands it, returns its first claim's index in the analysis. */
async function expandFirstSourceWithClaims(popup: Page, analysis: Analysis): Promise<number> {
  const toggle = popup.locator("button.source-toggle").filter({ has: popup.locator(".source-claims:not(.is-zero)") }).first();
  await toggle.click();
  await expect.poll(() => toggle.getAttribute("aria-expanded")).toBe("true");
  const detail = popup.locator(`#${await toggle.getAttribute("aria-controls")}`);
  const quote = detail.locator("button.claim-quote").first();
  const text = (await quote.locator(".claim-text").textContent())!;
  const index = analysis.claims.findIndex((c) => c.text === text);
  expect(index).toBeGreaterThanOrEqual(0);
  return index;
}

describe("the popup, for the seed article", () => {
  it("has no serious or critical axe violations, light and dark, on every tab", async () => {
    const { tabId, analysis } = await openArticle();
    for (const scheme of ["light", "dark"] as const) {
      const { popup, errors } = await openPopup(tabId, scheme);
      await titleShown(popup, analysis);
      expect(await popup.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(scheme === "dark");
      await popup.screenshot({ path: join(RESULTS, `popup-${scheme}.png`) });
      const found: Violation[] = [];
      found.push(...grave(`${scheme} sources`, await axe(popup)));
      await expandFirstSourceWithClaims(popup, analysis);
      found.push(...grave(`${scheme} sources, one open`, await axe(popup)));
      for (const tab of ["tabFigures", "tabSettings"]) {
        await popup.getByRole("tab", { name: msg(tab) }).click();
        await expect.poll(() => popup.getByRole("tab", { name: msg(tab) }).getAttribute("aria-selected")).toBe("true");
        found.push(...grave(`${scheme} ${msg(tab).toLowerCase()}`, await axe(popup)));
      }
      expect(found).toEqual([]);
      expect(errors).toEqual([]);
      await popup.close();
    }
  });

  it("reveals a claim, shows figures that disagree, switches highlights off and on, and exports", async () => {
    const { page, errors: pageErrors, tabId, analysis, state } = await openArticle();
    const { popup, errors } = await openPopup(tabId);
    await titleShown(popup, analysis);

    // Sources → a source → one of its claims: the page scrolls there, flashes and focuses it.
    await popup.getByRole("tab", { name: msg("tabSources") }).click();
    const index = await expandFirstSourceWithClaims(popup, analysis);
    await popup.locator("button.claim-quote").filter({ hasText: analysis.claims[index]!.text }).first().click();
    const mark = page.locator(`${CLAIMS}[data-fogwatch-index="${index}"]`).first();
    await expect.poll(() => mark.getAttribute("data-fogwatch-flash")).toBe("");
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.fogwatchIndex ?? null))
      .toBe(String(index));
    // The popup sits over the page in real use; here it is a tab of its own, and a hidden tab may not
    // run its smooth scroll: show the page to see it arrive.
    await page.bringToFront();
    await expect.poll(() => mark.evaluate((m) => { const r = m.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })).toBe(true);
    await popup.bringToFront();
    await expect(popup.locator(".notice").textContent()).resolves.not.toContain(msg("revealFailed"));

    // Figures: the anniversary inconsistency in the seed article.
    await popup.getByRole("tab", { name: msg("tabFigures") }).click();
    expect(analysis.figureConflicts?.length ?? 0).toBeGreaterThan(0);
    await expect.poll(() => popup.locator("#conflicts-heading").textContent()).toBe(msg("conflictsHeading"));
    expect(await popup.locator(".conflict").count()).toBe(analysis.figureConflicts!.length);
    expect(await popup.locator(".conflict-message").allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/anniversary/)]));
    expect(await popup.locator(".conflict blockquote mark").count()).toBeGreaterThanOrEqual(2);

    // Settings: claims off → no claim highlight, no count pill; the site off → nothing of ours; back on.
    await popup.getByRole("tab", { name: msg("tabSettings") }).click();
    const claimsSwitch = popup.getByRole("switch", { name: msg("toggle_claims") });
    const siteSwitch = popup.getByRole("switch", { name: msg("siteOff").replace("$HOST$", "127.0.0.1") });
    // A reader clicks the switch's label (its track sits over the native checkbox).
    const flip = async (sw: typeof claimsSwitch, on: boolean) => {
      expect(await sw.isChecked()).toBe(!on);
      await popup.locator(`label[for="${await sw.getAttribute("id")}"]`).click();
      await expect.poll(() => sw.isChecked()).toBe(on);
    };
    const claimMarks = () => page.locator(CLAIMS).count();
    expect(await claimMarks()).toBeGreaterThan(0);
    await flip(claimsSwitch, false);
    await expect.poll(claimMarks).toBe(0);
    await expect.poll(() => page.locator(PILL).count()).toBe(0);
    expect(await page.locator('fogwatch-mark[data-fogwatch="figure"]').count()).toBeGreaterThan(0);
    await flip(siteSwitch, true);
    await expect.poll(() => page.locator("[data-fogwatch]").count()).toBe(0);
    const restored = await page.evaluate(() => {
      const w = window as unknown as { __original: string; __story: string };
      return { body: document.body.innerHTML === w.__original, story: document.querySelector(".story")?.innerHTML === w.__story };
    });
    expect(restored).toEqual({ body: true, story: true });
    await flip(siteSwitch, false);
    await flip(claimsSwitch, true);
    await expect.poll(() => getState(ext, tabId).then((s) => s.shown)).toEqual(state.shown);
    await expect.poll(() => page.locator(PILL).locator(".count").textContent()).toContain(`${state.shown.claims} unverified claim`);

    // Export: the summary on the clipboard, the analysis as a JSON download.
    await popup.getByRole("button", { name: msg("exportCopy") }).click();
    await expect.poll(() => popup.locator(".notice").textContent()).toBe(msg("exportCopied"));
    const copied = await popup.evaluate(() => (window as unknown as { __copied: string[] }).__copied);
    expect(copied).toHaveLength(1);
    expect(copied[0]).toContain(analysis.article!.title);
    const [download] = await Promise.all([popup.waitForEvent("download"), popup.getByRole("button", { name: msg("exportDownload") }).click()]);
    expect(download.suggestedFilename()).toMatch(/^fogwatch-[a-z0-9-]+\.json$/);
    const json = JSON.parse(readFileSync((await download.path())!, "utf8")) as Analysis;
    expect(json.schema).toBe("fogwatch.analysis/1");
    expect(json.article?.title).toBe(analysis.article!.title);
    expect(json.claims.length).toBe(analysis.claims.length);
    expect(json.figures.length).toBe(analysis.figures.length);
    await expect.poll(() => popup.locator(".notice").textContent()).toBe(msg("exportDownloaded").replace("$FILE$", download.suggestedFilename()));

    expect(errors).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe("the count pill in the page", () => {
  it("shows the claim count, steps through claims, passes axe light and dark, and can be dismissed", async () => {
    const { page, errors, state } = await openArticle();
    expect(state.shown.claims).toBeGreaterThan(0);
    const pill = page.locator(PILL);
    await expect.poll(() => pill.count()).toBe(1);
    // Outside the story and the body: the page's own markup is untouched by it.
    expect(await page.evaluate((sel) => document.querySelector(sel)?.parentElement === document.documentElement, PILL)).toBe(true);
    const count = pill.locator(".count");
    expect(await count.textContent()).toBe(`Fogwatch · ${state.shown.claims} unverified claim${state.shown.claims === 1 ? "" : "s"}`);
    expect(await count.getAttribute("aria-live")).toBe("polite");
    expect(await pill.locator("button").count()).toBe(2);

    // In the bottom-right corner, small.
    const box = (await pill.boundingBox())!;
    expect(box.x + box.width).toBeGreaterThan(1200 - 40);
    expect(box.y + box.height).toBeGreaterThan(900 - 40);
    expect(box.width).toBeLessThan(400);

    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const bg = await pill.locator(".pill").evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(bg).toBe(scheme === "dark" ? "rgb(35, 38, 43)" : "rgb(255, 255, 255)");
      expect(grave(`pill ${scheme}`, await axe(page, PILL))).toEqual([]);
      // axe cannot work out the pill's background (a fixed box in a shadow root: "needs review"), so
      // its text contrast is checked here: every text colour on the pill's opaque background.
      expect(await pillContrast(page)).toBeGreaterThanOrEqual(4.5);
      await pill.screenshot({ path: join(RESULTS, `count-pill-${scheme}.png`) });
    }
    await page.emulateMedia({ colorScheme: "light" });

    // Keyboard: the pill's buttons are the page's last tab stops (Shift+Tab from the top of the page
    // reaches dismiss, then "Next claim"); Enter on "Next claim" moves the focus to a claim.
    const focusedClaim = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.fogwatchIndex ?? null);
    const focusedInPill = () => page.evaluate(() => (document.activeElement?.shadowRoot?.activeElement as HTMLElement | null | undefined)?.className ?? null);
    await page.bringToFront();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press("Shift+Tab");
    expect(await focusedInPill()).toBe("close");
    await page.keyboard.press("Shift+Tab");
    expect(await focusedInPill()).toBe("next");
    await page.keyboard.press("Enter");
    await expect.poll(focusedClaim).not.toBeNull();
    const first = await focusedClaim();
    await pill.getByRole("button", { name: "Next claim" }).click();
    if (state.shown.claims > 1) await expect.poll(focusedClaim).not.toBe(first);

    // Narrow screen: only the number and the buttons, still in the corner, far from the column.
    await page.setViewportSize({ width: 360, height: 640 });
    const narrow = (await pill.boundingBox())!;
    expect(narrow.width).toBeLessThan(360 / 2);
    expect(narrow.x + narrow.width).toBeGreaterThan(360 - 40);
    expect(narrow.y + narrow.height).toBeGreaterThan(640 - 40);
    await page.screenshot({ path: join(RESULTS, "count-pill-narrow.png") });
    await page.setViewportSize({ width: 1200, height: 900 });

    // Dismiss: gone for this page, and the highlights stay.
    await pill.getByRole("button", { name: /dismiss/i }).click();
    await expect.poll(() => pill.count()).toBe(0);
    expect(await page.locator(CLAIMS).count()).toBeGreaterThan(0);
    // A settings change does not bring it back.
    await setSettings(ext, { ...structuredClone(DEFAULT_SETTINGS), clutterMode: "collapse" });
    await expect.poll(() => page.locator('[data-fogwatch-clutter="collapse"]').count()).toBeGreaterThan(0);
    expect(await pill.count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

/** `FOGWATCH_DOCS=1` refreshes the popup screenshots in docs/. */
afterAll(() => {
  if (process.env.FOGWATCH_DOCS !== "1") return;
  const docs = join(ROOT, "docs");
  mkdirSync(docs, { recursive: true });
  copyFileSync(join(RESULTS, "popup-light.png"), join(docs, "screenshot-popup.png"));
  copyFileSync(join(RESULTS, "popup-dark.png"), join(docs, "screenshot-popup-dark.png"));
});
