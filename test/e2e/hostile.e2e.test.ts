/**
 * Hostile pages, in real Chromium with the built extension (dist/; run `npm run build` first):
 * markup-like text that must stay text, page messages shaped like ours, a strict CSP, and a page that
 * breaks and freezes the DOM it shares with the content script.
 *
 * The fixtures (test/fixtures/hostile/, hand-made) are served from their own folder, without the seed
 * variants, and the CSP pages with a Content-Security-Policy header.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../src/shared/settings.ts";
import { badgeText, collectErrors, getState, launchExtension, resetExtension, setSettings, tabIdOf, type Extension } from "./browser.ts";
import { startServer, type FixtureServer } from "./server.ts";

const HOSTILE = join(import.meta.dirname, "..", "fixtures", "hostile");
const CSP = "default-src 'none'; style-src 'self'";

let ext: Extension;
let origin: string;
let server: FixtureServer;

beforeAll(async () => {
  server = await startServer({
    root: HOSTILE,
    variants: false,
    headers: (path): Record<string, string> => (path.startsWith("/csp-") ? { "content-security-policy": CSP } : {}),
  });
  origin = server.origin;
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

beforeEach(() => resetExtension(ext));

const CLAIMS = 'fogwatch-mark[data-fogwatch="claim"]';
const TIP = 'fogwatch-ui[data-fogwatch="ui"] >> [role="tooltip"]';

interface Opened {
  page: Page;
  errors: string[];
  dialogs: string[];
  tabId: number;
}

/** Opens a fixture, collecting page errors, console errors, dialogs and CSP violations (in the page's world). */
async function open(path: string): Promise<Opened> {
  const page = await ext.context.newPage();
  const errors = collectErrors(page);
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss().catch(() => undefined);
  });
  // Init scripts run through the DevTools protocol, so the page's CSP does not stop them.
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  await page.goto(origin + path);
  const tabId = await tabIdOf(ext, page);
  await expect.poll(() => getState(ext, tabId).then((s) => s.status), { timeout: 10_000 }).toBe("article");
  return { page, errors, dialogs, tabId };
}

/** Elements nobody put there on purpose: an <img src=x>, or any element with an inline event handler. */
const INJECTED = 'img[src="x"], [onerror], [onload], [onmouseover]';
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

describe("markup-like text in the article", () => {
  it("stays text in the page, the tooltip and the popup: no element made from it, no dialog", async () => {
    const { page, errors, dialogs, tabId } = await open("/xss-article.html");
    const state = await getState(ext, tabId);
    const analysis = state.analysis!;
    // The engine reads the markup as text: the claim and the metadata carry it verbatim.
    expect(analysis.claims.map((c) => c.text).join("\n")).toContain("<img src=x onerror=alert(1)>");
    expect(analysis.article!.site).toBe("The <img src=x onerror=alert(6)> Herald");
    expect(await page.locator(INJECTED).count()).toBe(0);

    // The claim with markup-like text is highlighted as text; its tooltip shows plain text only.
    const marked = page.locator(CLAIMS).filter({ hasText: "<img src=x onerror=alert(1)>" });
    expect(await marked.count()).toBeGreaterThan(0);
    const first = page.locator(`${CLAIMS}[tabindex="0"]`).filter({ hasText: "Russia's Defence Ministry" });
    await first.hover();
    const tip = page.locator(TIP);
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain("Russia's Defence Ministry");
    // Only the tooltip's own structure: a heading, the rows, the reasons.
    const tags = await tip.evaluate((el) => [...el.querySelectorAll("*")].map((e) => e.localName));
    expect(new Set(tags)).toEqual(new Set(["p", "dl", "dt", "dd", "ul", "li"]));
    // Source names and reasons never carry markup characters with this engine (it keeps names to words),
    // so the page text that reaches the tooltip is in aria-description: an attribute, never parsed.
    expect(await first.getAttribute("aria-description")).toContain("Russia's Defence Ministry");

    // The popup: title, site, byline and claims with markup-like text, shown as text.
    const popup = await ext.context.newPage();
    const popupErrors = collectErrors(popup);
    popup.on("dialog", (d) => {
      dialogs.push(`popup: ${d.message()}`);
      void d.dismiss().catch(() => undefined);
    });
    await popup.goto(`chrome-extension://${ext.id}/${ext.manifest.action!.default_popup}?tabId=${tabId}`);
    await expect.poll(() => popup.locator("body").innerText(), { timeout: 10_000 }).toContain("<img src=x onerror=alert(5)>");
    const text = await popup.locator("body").innerText();
    expect(text).toContain("The <img src=x onerror=alert(6)> Herald");
    // Claims may sit in a tab of their own; look at every claim text the popup renders.
    const claimsTab = popup.getByRole("tab", { name: /claims/i });
    if (await claimsTab.count()) await claimsTab.first().click();
    await expect.poll(() => popup.locator("body").textContent()).toContain("<img src=x onerror=alert(1)>");
    expect(await popup.locator("body").textContent()).toContain("<script>alert(3)</script>");
    expect(await popup.locator(`${INJECTED}, script:not([src])`).count()).toBe(0);

    expect(await page.locator(INJECTED).count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(popupErrors).toEqual([]);
  });
});

describe("messages the page posts", () => {
  it("are ignored: Fogwatch-shaped window messages change neither the page, the state nor the badge", async () => {
    const { page, errors, tabId } = await open("/xss-article.html");
    const before = await getState(ext, tabId);
    const badge = await badgeText(ext, tabId);
    expect(badge).toBe(String(before.shown.claims));
    const snapshot = () =>
      page.evaluate(() => ({
        body: document.body.innerHTML,
        focused: document.activeElement?.localName ?? null,
        scroll: window.scrollY,
        flashing: document.querySelectorAll("[data-fogwatch-flash]").length,
      }));
    const was = await snapshot();
    const forged = {
      state: { status: "article", host: "evil.example", analysis: null, shown: { claims: 99, sources: 0, figures: 0, clutter: 0 } },
    };
    await page.evaluate((f) => {
      const messages = [
        { type: "fogwatch:reveal", kind: "claim", index: 0 },
        { type: "fogwatch:reveal", kind: "claim", index: 3 },
        { type: "fogwatch:step", direction: 1 },
        { type: "fogwatch:get-state" },
        { type: "fogwatch:page-state", ...f },
        { type: "fogwatch:page-state", state: { ...f.state, status: "off" } },
      ];
      for (const m of messages) {
        window.postMessage(m, "*");
        window.postMessage(JSON.stringify(m), "*");
        document.dispatchEvent(new CustomEvent(m.type, { detail: m }));
      }
      // A page has no extension API to reach us by: chrome.runtime is not exposed to it.
      const runtime = (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
      if (typeof runtime?.sendMessage === "function") throw new Error("chrome.runtime.sendMessage is exposed to the page");
    }, forged);
    // Let any (wrong) reaction happen: a round trip through the content script and the background.
    await getState(ext, tabId);
    await page.waitForTimeout(300);
    expect(await snapshot()).toEqual(was);
    expect(await getState(ext, tabId)).toEqual(before);
    expect(await badgeText(ext, tabId)).toBe(badge);
    expect(errors).toEqual([]);
  });
});

describe("a page with a strict Content-Security-Policy", () => {
  it("gets highlights and a styled tooltip, and no CSP violation comes from the extension", async () => {
    const { page, errors } = await open("/csp-article.html");
    // The CSP is in force: the page's own inline style would be refused (checked last, see below).
    expect(await page.locator(CLAIMS).count()).toBeGreaterThan(0);
    const claim = page.locator(`${CLAIMS}[tabindex="0"]`).first();
    const markStyle = await claim.evaluate((el) => {
      const s = getComputedStyle(el);
      return { line: s.textDecorationLine, cursor: s.cursor };
    });
    expect(markStyle).toEqual({ line: "underline", cursor: "help" });
    await claim.hover();
    const tip = page.locator(TIP);
    await expect.poll(() => tip.isVisible()).toBe(true);
    const tipStyle = await tip.evaluate((el) => {
      const s = getComputedStyle(el);
      return { position: s.position, borderLeft: s.borderLeftWidth, radius: s.borderTopLeftRadius };
    });
    expect(tipStyle).toEqual({ position: "fixed", borderLeft: "6px", radius: "6px" });
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    // Control: the policy does refuse an inline <style> the page itself adds, so "no violation" above means something.
    await page.evaluate(() => {
      const s = document.createElement("style");
      s.textContent = "body{color:red}";
      document.head.append(s);
    });
    await expect.poll(() => violations(page)).toEqual([expect.stringMatching(/^style-src/)]);
  });
});

describe("a page that breaks and freezes the DOM it shares with us", () => {
  it("gets annotated, no exception reaches it, and its own script still works", async () => {
    const { page, errors, tabId } = await open("/frozen-article.html");
    // The page's script did run: its DOM methods throw in its own world.
    expect(await page.evaluate(() => {
      try {
        document.body.appendChild(document.createTextNode("x"));
        return "appended";
      } catch (e) {
        return (e as Error).message;
      }
    })).toMatch(/frozen page/);
    const calls = await page.evaluate(() => (window as unknown as { __calls: number }).__calls);
    const state = await getState(ext, tabId);
    expect(state.shown.claims).toBeGreaterThan(0);
    expect(await page.locator(CLAIMS).count()).toBeGreaterThan(0);
    await page.locator(`${CLAIMS}[tabindex="0"]`).first().hover();
    await expect.poll(() => page.locator(TIP).isVisible()).toBe(true);
    // Switching off and on again goes through the same DOM methods (in the isolated world's own copies).
    await setSettings(ext, { ...structuredClone(DEFAULT_SETTINGS), paused: true });
    await expect.poll(() => page.locator("[data-fogwatch]").count()).toBe(0);
    await setSettings(ext, structuredClone(DEFAULT_SETTINGS));
    await expect.poll(() => page.locator(CLAIMS).count()).toBeGreaterThan(0);
    // None of the page's broken methods was called by the extension (only by the probe above).
    expect(await page.evaluate(() => (window as unknown as { __calls: number }).__calls)).toBe(calls);
    await page.locator("#counter").click();
    expect(await page.locator("#counter").textContent()).toBe("Clicked 1 times");
    expect(errors).toEqual([]);
  });
});

describe("a page that defines custom elements under our tag names", () => {
  it("still gets highlights and a working tooltip, and no exception reaches it", async () => {
    const { page, errors } = await open("/custom-elements-article.html");
    expect(await page.locator(CLAIMS).count()).toBeGreaterThan(0);
    // The page's fogwatch-mark definition upgraded our marks (its callback ran): the tags are shared.
    expect(await page.evaluate(() => (window as unknown as { __connected: number }).__connected)).toBeGreaterThan(0);
    await page.locator(`${CLAIMS}[tabindex="0"]`).first().hover();
    // fogwatch-ui is the page's element with its own closed shadow root: the tooltip has a <span> host.
    const tip = page.locator('span[data-fogwatch="ui"] >> [role="tooltip"]');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toMatch(/Claimed by/);
    await page.mouse.wheel(0, 200); // the tooltip follows on scroll
    expect(errors.filter((e) => e.startsWith("pageerror"))).toEqual([]);
  });
});
