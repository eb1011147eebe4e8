/**
 * The same dist/ as a temporary add-on in Firefox (firefox-esr), when it is installed; skipped
 * otherwise (CI installs only Chromium).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIST } from "./browser.ts";
import { FIREFOX, launchFirefox, type Firefox } from "./firefox.ts";
import { startServer, type FixtureServer } from "./server.ts";

const hasFirefox = existsSync(FIREFOX) && typeof WebSocket === "function";

describe.skipIf(!hasFirefox)("Firefox", () => {
  let firefox: Firefox;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startServer();
    firefox = await launchFirefox(DIST);
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  const poll = async <T>(read: () => Promise<T>, done: (v: T) => boolean, timeoutMs = 10_000): Promise<T> => {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (done(value) || Date.now() > until) return value;
      await new Promise((r) => setTimeout(r, 200));
    }
  };

  it("installs dist/ as a temporary add-on under the manifest's gecko id", () => {
    const manifest = JSON.parse(readFileSync(join(DIST, "manifest.json"), "utf8"));
    expect(firefox.addonId).toBe(manifest.browser_specific_settings.gecko.id);
    expect(manifest.background.scripts).toEqual([manifest.background.service_worker]);
  });

  it("highlights claims and marks clutter on the seed page", async () => {
    await firefox.navigate(`${server.origin}/seed/seed-semantic.html`);
    const claims = await poll(
      () => firefox.evaluate<number>(`document.querySelectorAll('fogwatch-mark[data-fogwatch="claim"]').length`),
      (n) => n > 0,
    );
    expect(claims).toBeGreaterThanOrEqual(5);
    expect(await firefox.evaluate<number>(`document.querySelectorAll('[data-fogwatch="clutter"]').length`)).toBeGreaterThan(0);
    const measures = await firefox.evaluate<string[]>(
      `performance.getEntriesByType("measure").map((m) => m.name).filter((n) => n.startsWith("fogwatch:"))`,
    );
    expect(measures).toEqual(expect.arrayContaining(["fogwatch:detect", "fogwatch:analyze", "fogwatch:highlight"]));
  });

  it("leaves a page that is not an article alone", async () => {
    await firefox.navigate(`${server.origin}/e2e/not-article.html`);
    await new Promise((r) => setTimeout(r, 800));
    expect(await firefox.evaluate<number>(`document.querySelectorAll("[data-fogwatch]").length`)).toBe(0);
  });

  it("writes a huge live blog's far parts when the reader scrolls to them", async () => {
    await firefox.navigate(`${server.origin}/e2e/live-blog.html?posts=700`);
    const complete = await poll(
      () => firefox.evaluate<number>(`performance.getEntriesByName("fogwatch:complete", "mark").length`),
      (n) => n > 0,
      30_000,
    );
    expect(complete).toBe(1);
    const claimsIn = (ids: string) =>
      firefox.evaluate<number>(`document.querySelectorAll(${JSON.stringify(ids.split(",").map((id) => `#${id} fogwatch-mark[data-fogwatch="claim"]`).join(","))}).length`);
    expect(await claimsIn("post-690,post-691,post-692")).toBeGreaterThan(0);
    expect(await claimsIn("post-1,post-2")).toBe(0);
    await firefox.evaluate<number>(`(window.scrollTo(0, document.documentElement.scrollHeight), 0)`);
    expect(await poll(() => claimsIn("post-1,post-2"), (n) => n > 0)).toBeGreaterThan(0);
  });

  it("logs no errors or warnings of ours", () => {
    const ours = firefox.logs.filter((l) => l.level !== "debug" && l.level !== "info" && /fogwatch|moz-extension/i.test(l.text));
    expect(ours).toEqual([]);
  });
});
