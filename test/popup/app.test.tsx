// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { App } from "../../src/popup/components/app.tsx";
import { DEFAULT_SETTINGS } from "../../src/shared/settings.ts";
import { makePageState } from "./fixtures.ts";
import { byText, click, fakeConnector, flush, mount, tr, type FakeOptions } from "./helpers.tsx";

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function setup(opts: FakeOptions) {
  const connector = fakeConnector(opts);
  const m = mount(<App connector={connector} translator={tr} />);
  cleanup = m.unmount;
  await flush();
  return { root: m.root, connector };
}

describe("App over a connector", () => {
  it("shows the loading state until the page answers", () => {
    const connector = fakeConnector({ page: { kind: "page", state: makePageState() } });
    const m = mount(<App connector={connector} translator={tr} />);
    cleanup = m.unmount;
    expect(m.root.textContent).toContain("Reading the page…");
  });

  it("renders the page state and the stored settings", async () => {
    const { root } = await setup({
      page: { kind: "page", state: makePageState() },
      settings: { ...DEFAULT_SETTINGS, clutterMode: "collapse" },
    });
    expect(root.querySelector("h1")?.textContent).toContain("Russia launches");
    await click(byText(root, '[role="tab"]', "Settings"));
    expect(root.querySelector<HTMLInputElement>('input[value="collapse"]')?.checked).toBe(true);
  });

  it("saves switch changes through the connector and asks the page again afterwards", async () => {
    const { root, connector } = await setup({ page: { kind: "page", state: makePageState() } });
    expect(connector.calls.getPage).toBe(1);
    await click(byText(root, '[role="tab"]', "Settings"));
    await click(root.querySelector("#toggle-figures"));
    await flush();
    expect(connector.calls.saved).toHaveLength(1);
    expect(connector.calls.saved[0]?.toggles.figures).toBe(false);
    expect(root.querySelector<HTMLInputElement>("#toggle-figures")?.checked).toBe(false);
    await new Promise((r) => setTimeout(r, 350));
    await flush();
    expect(connector.calls.getPage).toBe(2);
  });

  it("puts a switch back and says so when saving fails", async () => {
    const { root, connector } = await setup({ page: { kind: "page", state: makePageState() }, failSave: true });
    await click(byText(root, '[role="tab"]', "Settings"));
    await click(root.querySelector("#toggle-pause"));
    await flush();
    expect(connector.calls.saved).toHaveLength(0);
    expect(root.querySelector<HTMLInputElement>("#toggle-pause")?.checked).toBe(false);
    expect(root.querySelector('[role="alert"]')?.textContent).toBe("Couldn’t save that setting. Try again.");
  });

  it("follows settings changed elsewhere", async () => {
    const { root, connector } = await setup({ page: { kind: "page", state: makePageState() } });
    connector.emitSettings({ ...DEFAULT_SETTINGS, paused: true });
    await flush();
    expect(root.querySelector(".banner")?.textContent).toContain("Fogwatch is paused");
  });

  it("passes reveal requests to the connector", async () => {
    const { root, connector } = await setup({ page: { kind: "page", state: makePageState() } });
    await click(byText(root, "button.source-toggle", "Kyiv military administration"));
    await click(byText(root, "button.claim-quote", "balloons"));
    expect(connector.calls.reveal).toEqual([["claim", 3]]);
  });

  it("shows the restricted screen when the connector says so", async () => {
    const { root } = await setup({ page: { kind: "restricted" } });
    expect(root.querySelector(".empty-title")?.textContent).toBe("Fogwatch can’t run here");
  });

  it("keeps the last analysis on screen when the site is switched off, and offers to turn it back on", async () => {
    let state = makePageState();
    const { root, connector } = await setup({ page: () => ({ kind: "page", state }) });
    await click(byText(root, '[role="tab"]', "Settings"));
    state = makePageState({ status: "off", analysis: null, shown: { claims: 0, sources: 0, figures: 0, clutter: 0 } });
    await click(root.querySelector("#toggle-site"));
    await new Promise((r) => setTimeout(r, 350));
    await flush();
    expect(connector.calls.getPage).toBe(2);
    expect(root.querySelector("h1")?.textContent).toContain("Russia launches");
    expect(root.querySelector(".banner")?.textContent).toContain("Fogwatch is off on www.reuters.com");
    state = makePageState();
    await click(byText(root, ".banner button", "Turn on for this site"));
    expect(connector.calls.saved.at(-1)?.sites).toEqual({});
    expect(root.querySelector(".banner")).toBeNull();
  });
});
