// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from "vitest";
import { makePageState } from "./fixtures.ts";

/** The platform layer, faked: the connector must only reach the browser through it. */
const platform = vi.hoisted(() => ({
  tabUrl: undefined as string | undefined,
  tabId: 7 as number | null,
  replies: [] as Array<unknown>,
  sent: [] as Array<[number, string, unknown]>,
}));

vi.mock("../../src/platform/index.ts", () => ({
  browser: { tabs: { get: async (id: number) => ({ id, url: platform.tabUrl }) } },
  popupTabId: async () => platform.tabId,
  sendToTab: async (tabId: number, type: string, request: unknown) => {
    platform.sent.push([tabId, type, request]);
    const next = platform.replies.shift();
    if (next instanceof Error) throw next;
    return next;
  },
  loadSettings: async () => ({}),
  saveSettings: async () => undefined,
  onSettingsChanged: () => () => undefined,
}));

const { createBrowserConnector } = await import("../../src/popup/browser-connector.ts");
const connector = () => createBrowserConnector({ search: "", retries: 2, retryDelayMs: 1 });
const noReceiver = () => new Error("Could not establish connection. Receiving end does not exist.");

beforeEach(() => {
  platform.tabUrl = undefined;
  platform.tabId = 7;
  platform.replies = [];
  platform.sent = [];
});

describe("browser connector", () => {
  it("asks the tab's content script for its state", async () => {
    const state = makePageState();
    platform.replies = [state];
    expect(await connector().getPage()).toEqual({ kind: "page", state });
    expect(platform.sent).toEqual([[7, "fogwatch:get-state", {}]]);
  });

  it("asks again while the page loads, then gives up as unavailable", async () => {
    const state = makePageState();
    platform.replies = [noReceiver(), noReceiver(), state];
    expect((await connector().getPage()).kind).toBe("page");
    platform.replies = [noReceiver(), noReceiver(), noReceiver(), state];
    expect(await connector().getPage()).toEqual({ kind: "unavailable" });
  });

  it("treats a malformed reply as no reply", async () => {
    platform.replies = [{ status: "article" }, { nope: 1 }, "x"];
    expect(await connector().getPage()).toEqual({ kind: "unavailable" });
  });

  it("does not message browser pages it can recognise", async () => {
    platform.tabUrl = "chrome://settings/";
    expect(await connector().getPage()).toEqual({ kind: "restricted" });
    expect(platform.sent).toEqual([]);
  });

  it("is unavailable without a tab", async () => {
    platform.tabId = null;
    expect(await connector().getPage()).toEqual({ kind: "unavailable" });
  });

  it("reveals through the content script; anything but true is a miss", async () => {
    platform.replies = [true, false, noReceiver(), "yes"];
    const c = connector();
    expect(await c.reveal("claim", 2)).toBe(true);
    expect(await c.reveal("figure", 0)).toBe(false);
    expect(await c.reveal("source", 1)).toBe(false);
    expect(await c.reveal("claim", 0)).toBe(false);
    expect(platform.sent[0]).toEqual([7, "fogwatch:reveal", { kind: "claim", index: 2 }]);
  });

  it("copies with the async clipboard", async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    await connector().copyText("# hi");
    expect(writeText).toHaveBeenCalledWith("# hi");
  });

  it("downloads through a temporary link", async () => {
    const clicked: Array<{ name: string; href: string }> = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ name: this.download, href: this.href });
    });
    await connector().download("a.json", "{}", "application/json");
    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.name).toBe("a.json");
    expect(clicked[0]?.href).toMatch(/^blob:/);
    expect(document.querySelector("a[download]")).toBeNull();
    click.mockRestore();
  });
});
