/**
 * Privacy: the extension makes no network request of its own. A browsing session with the built
 * extension (dist/; run `npm run build` first) opens article and non-article pages, hovers a claim, opens
 * the popup, flips every switch in it, changes tabs and exports; meanwhile three independent records are
 * kept, and all must show nothing but the pages we opened:
 *
 *  1. Chromium's NetLog (`--log-net-log`, written when the browser closes): every URL request the
 *     network stack saw, from any context (pages, extension pages, the extension's service worker, the
 *     browser itself), with its initiator origin. Asserted: none initiated by a chrome-extension://
 *     origin, and every request off the test server is the browser's own (Chromium's update, account
 *     and autofill services call Google despite the flags): no initiator origin, a Google host, the
 *     extension's id nowhere in the URL. (A CDP Network session on the service worker would see less:
 *     Playwright opens CDP sessions on pages and frames only, and the NetLog covers the worker too.)
 *  2. Playwright's context-wide `request` events: pages, the popup (an extension page) and service
 *     workers (Playwright reports service-worker fetches in Chromium). Asserted: nothing but the test
 *     server, and nothing from the popup or the service worker except the popup's own packaged files.
 *  3. The test server's access log: exactly the documents we navigated to (and /favicon.ico, which the
 *     browser asks for). A content script's fetch carries the page's origin (MV3), so NetLog alone
 *     cannot tell it from the page's own requests; this log can, because the fixtures load nothing.
 *
 * What this cannot see: what the browser itself sends on the extension's behalf in other set-ups
 * (storage.sync is synced to the user's account when browser sync is on; this profile has --disable-sync
 * and no signed-in account, and the settings hold no page data); requests on non-HTTP schemes that never
 * reach the network stack (chrome-extension://, blob:, data:), which cannot leave the machine; and code
 * paths this session does not exercise (the keyboard commands, a late-rendered story, pages on other
 * hosts: --host-resolver-rules resolves no other host, so a request there would fail, but it would
 * still be recorded in (1) and (2), which is what is asserted).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getState, launchExtension, tabIdOf, type Extension } from "./browser.ts";
import { startServer, type FixtureServer } from "./server.ts";


/** The pages of the session: articles (highlighted, popup opened on them) and a section front. */
const ARTICLES = ["/seed/seed-semantic.html", "/seed/seed-divsoup.html", "/hostile/xss-article.html"];
const OTHERS = ["/e2e/not-article.html"];

interface Seen {
  url: string;
  /** Who made it: a page URL, "service worker <url>", or "unknown". */
  by: string;
  /** A navigation: the test's own page.goto. */
  navigation: boolean;
}

let server: FixtureServer;
let origin: string;
const accessLog: string[] = [];
const seen: Seen[] = [];
let netLogFile: string;
let profile: string;

/** Chromium as browser.ts launches it (same flags), plus a NetLog of the whole browser. */
function launch(): Promise<Extension> {
  profile = mkdtempSync(join(tmpdir(), "fogwatch-privacy-"));
  netLogFile = join(profile, "netlog.json");
  return launchExtension({
    extraArgs: [`--log-net-log=${netLogFile}`, "--net-log-capture-mode=Default"],
    // Recorded from the start, before the service worker may fetch anything.
    onContext: (context) =>
      context.on("request", (r: Request) => seen.push({ url: r.url(), by: requester(r), navigation: r.isNavigationRequest() })),
  });
}

function requester(r: Request): string {
  const sw = r.serviceWorker();
  if (sw) return `service worker ${sw.url()}`;
  try {
    return r.frame().url() || r.frame().page().url();
  } catch {
    return "unknown";
  }
}

let ext: Extension;

beforeAll(async () => {
  // The fixtures as they are (no seed variants): /hostile/xss-article.html is the file of that name.
  server = await startServer({ variants: false, onRequest: (path) => accessLog.push(path) });
  origin = server.origin;
  ext = await launch();
});

afterAll(async () => {
  await ext?.close().catch(() => undefined);
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** Clicks every switch of the popup twice (each setting changed, then back), in every tab. */
async function flipEverything(popup: Page): Promise<void> {
  const tabs = popup.getByRole("tab");
  const tabCount = await tabs.count();
  for (let t = 0; t < Math.max(1, tabCount); t++) {
    if (tabCount) await tabs.nth(t).click();
    const switches = popup.getByRole("switch");
    for (let i = 0; i < (await switches.count()); i++) {
      const s = switches.nth(i);
      if (!(await s.isVisible()) || (await s.isDisabled())) continue;
      // The styled track over the native checkbox takes the pointer, as it should for a user: force.
      await s.click({ force: true });
      await s.click({ force: true });
    }
    const radios = popup.getByRole("radio");
    for (let i = (await radios.count()) - 1; i >= 0; i--) if (await radios.nth(i).isVisible()) await radios.nth(i).check({ force: true });
  }
}

describe("privacy", () => {
  it("makes no network request of its own during a browsing session", async () => {
    const popupPath = ext.manifest.action!.default_popup!;
    let exported = 0;
    for (const path of [...ARTICLES, ...OTHERS]) {
      const page = await ext.context.newPage();
      await page.goto(origin + path);
      const tabId = await tabIdOf(ext, page);
      const state = await getState(ext, tabId);
      if (ARTICLES.includes(path)) {
        expect(state.status, path).toBe("article");
        const claim = page.locator('fogwatch-mark[data-fogwatch="claim"][tabindex="0"]').first();
        if (await claim.count()) await claim.hover();
      }
      const popup = await ext.context.newPage();
      await popup.goto(`chrome-extension://${ext.id}/${popupPath}?tabId=${tabId}`);
      await popup.locator("body").getByText(/\S/).first().waitFor();
      // Every setting once (on the first article), then back: the content scripts of all tabs follow.
      if (path === ARTICLES[0]) await flipEverything(popup);
      for (const name of [/copy/i, /download/i]) {
        const button = popup.getByRole("button", { name });
        if (await button.count()) {
          await button.first().click();
          exported++;
        }
      }
      await popup.close();
      await page.close();
    }
    expect(exported, "the export buttons were found and used").toBeGreaterThanOrEqual(2);
    // Give a deferred request (a timer, a retry) the chance to show up before the browser closes.
    await new Promise((r) => setTimeout(r, 500));
    await ext.close();

    // (3) The server saw the documents we opened, and the favicon, nothing else.
    expect(new Set(accessLog)).toEqual(new Set([...ARTICLES, ...OTHERS, "/favicon.ico"]));
    expect(accessLog.filter((p) => p !== "/favicon.ico").sort()).toEqual([...ARTICLES, ...OTHERS].sort());

    // (2) Playwright: pages asked the server only; extension contexts asked for their packaged files only.
    const own = `chrome-extension://${ext.id}/`;
    for (const { url, by, navigation } of seen) {
      if (navigation) {
        expect(url.startsWith(origin + "/") || url.startsWith(own), url).toBe(true);
        continue;
      }
      if (url.startsWith(own)) expect(by.startsWith(own) || by === `service worker ${ext.worker.url()}`, `${url} by ${by}`).toBe(true);
      else if (!url.startsWith("blob:") && !url.startsWith("data:")) expect(url.startsWith(origin + "/"), `${url} by ${by}`).toBe(true);
      if (by.startsWith("service worker")) expect(url.startsWith(own), `service worker fetched ${url}`).toBe(true);
      if (by.startsWith(own)) expect(url.startsWith(own) || url.startsWith("blob:") || url.startsWith("data:"), `popup fetched ${url}`).toBe(true);
    }
    expect(seen.some((s) => s.url.startsWith(origin))).toBe(true);

    // (1) NetLog: every URL request of the whole browser.
    const requests = netLogRequests(netLogFile);
    expect(requests.length, "the NetLog recorded the session").toBeGreaterThanOrEqual(ARTICLES.length + OTHERS.length);
    const offServer = requests.filter((r) => /^(https?|wss?):/.test(r.url) && !r.url.startsWith(origin + "/"));
    // Chromium's own services still call home despite the flags (update checks, account and autofill
    // lookups). The browser makes those with no initiator origin ("not an origin"); a request from a
    // page, a content script, the popup or the service worker always has one. They go to Google hosts
    // and never name the extension (an unpacked extension gets no update checks).
    for (const r of offServer) {
      expect(r.initiator === undefined || r.initiator === "not an origin", `${r.url} from ${r.initiator}`).toBe(true);
      expect(new URL(r.url).hostname, r.url).toMatch(/(^|\.)(google\.com|googleapis\.com|gstatic\.com)$/);
      expect(r.url, "a browser request about the extension").not.toContain(ext.id);
    }
    expect(requests.filter((r) => r.initiator?.startsWith("chrome-extension://"))).toEqual([]);
  });
});

interface NetRequest {
  url: string;
  initiator: string | undefined;
}

/** URL requests in a NetLog file (URL_REQUEST_START_JOB events: url, method, initiator). */
function netLogRequests(file: string): NetRequest[] {
  let raw = readFileSync(file, "utf8").trimEnd();
  // A browser that did not shut down cleanly leaves the events array open.
  if (!raw.endsWith("}")) raw = raw.replace(/,?\s*$/, "]}");
  const log = JSON.parse(raw) as { constants: { logEventTypes: Record<string, number> }; events: Array<{ type: number; params?: Record<string, unknown> }> };
  const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events
    .filter((e) => e.type === start && typeof e.params?.url === "string")
    .map((e) => ({ url: e.params!.url as string, initiator: e.params!.initiator as string | undefined }));
}
