/**
 * Launches Debian's Chromium with the built extension (dist/) and gives tests a handle on its
 * service worker, through which they change settings and talk to content scripts like the popup does.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type BrowserContext, type Page, type Worker } from "playwright-core";
import type { PageState } from "../../src/shared/messages.ts";
import { DEFAULT_SETTINGS, type Settings } from "../../src/shared/settings.ts";

/** The few extension APIs tests call inside the service worker (there is no @types/chrome here). */
declare const chrome: {
  storage: { sync: { set(items: object): Promise<void> } };
  tabs: {
    query(query: object): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: unknown, options?: object): Promise<unknown>;
  };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> };
};

export const DIST = resolve(import.meta.dirname, "..", "..", "dist");
export const RESULTS = resolve(import.meta.dirname, "..", "..", "test-results");
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

export interface Extension {
  context: BrowserContext;
  worker: Worker;
  id: string;
  /** dist/manifest.json as built. */
  manifest: { action?: { default_popup?: string } };
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** More Chromium flags (e.g. a NetLog), after the ones every test uses. */
  extraArgs?: string[];
  /** Called with the context before the service worker is awaited, to record from the very start. */
  onContext?: (context: BrowserContext) => void;
}

export async function launchExtension(options: LaunchOptions = {}): Promise<Extension> {
  if (!existsSync(join(DIST, "manifest.json"))) throw new Error("no dist/manifest.json: run `npm run build` first");
  const profile = mkdtempSync(join(tmpdir(), "fogwatch-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
      ...(options.extraArgs ?? []),
    ],
  });
  options.onContext?.(context);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 15_000 }));
  return {
    context,
    worker,
    id: new URL(worker.url()).host,
    manifest: JSON.parse(readFileSync(join(DIST, "manifest.json"), "utf8")),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Stores settings as the popup does; every content script applies them through storage.onChanged. */
export async function setSettings(ext: Extension, settings: Settings): Promise<void> {
  await ext.worker.evaluate((s) => chrome.storage.sync.set({ settings: s }), settings);
}

/** Between tests: default settings and no open pages. */
export async function resetExtension(ext: Extension): Promise<void> {
  await setSettings(ext, structuredClone(DEFAULT_SETTINGS));
  for (const page of ext.context.pages()) await page.close();
}

/** The id of the tab showing `page` (brought to the front: the worker sees the active tab). */
export async function tabIdOf(ext: Extension, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await ext.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
  if (typeof id !== "number") throw new Error("no active tab");
  return id;
}

/** Sends a content-script request from the worker, retrying until the content script is there. */
export async function askTab<T>(ext: Extension, tabId: number, message: object, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      return (await ext.worker.evaluate(([id, m]) => chrome.tabs.sendMessage(id as number, m, { frameId: 0 }), [tabId, message] as const)) as T;
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

export const getState = (ext: Extension, tabId: number) => askTab<PageState>(ext, tabId, { type: "fogwatch:get-state" });

/** Collects uncaught page errors and console errors of a page. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error" || (m.type() === "warning" && m.text().includes("[fogwatch]"))) errors.push(`console.${m.type()}: ${m.text()}`);
  });
  return errors;
}

/** Records the body's markup as the page itself built it, before any content script ran. */
export async function recordOriginal(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener("readystatechange", () => {
      if (document.readyState === "interactive") (window as unknown as { __original: string }).__original = document.body.innerHTML;
    });
  });
}

/** The badge text of a tab. */
export const badgeText = (ext: Extension, tabId: number) =>
  ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

/** The keyboard commands as the browser registered them, name → shortcut ("" when unassigned). */
export const commands = (ext: Extension) =>
  ext.worker.evaluate(async () => Object.fromEntries((await chrome.commands.getAll()).map((c) => [c.name ?? "", c.shortcut ?? ""])));
