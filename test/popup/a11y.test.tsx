// @vitest-environment happy-dom
/**
 * axe-core over every popup screen. Colour contrast is left to the browser (happy-dom has no layout
 * or computed colours; it was checked in Chromium in both colour schemes); everything structural is
 * checked: roles, names, ARIA states, landmarks, headings, ids.
 */
import axe from "axe-core";
import { afterEach, describe, expect, it } from "vitest";
import { PopupView, type PopupViewProps } from "../../src/popup/components/popup-view.tsx";
import { DEFAULT_SETTINGS } from "../../src/shared/settings.ts";
import { makeAnalysis, makePageState } from "./fixtures.ts";
import { byText, click, mount } from "./helpers.tsx";

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const noop = async () => true;
const base: PopupViewProps = {
  page: { kind: "page", state: makePageState() },
  settings: DEFAULT_SETTINGS,
  onSettings: () => undefined,
  onReveal: noop,
  onCopy: async () => undefined,
  onDownload: async () => undefined,
};

/** Runs axe over the whole document (the popup is its only content), so page-level rules apply too. */
async function violations(_root: HTMLElement) {
  document.documentElement.lang = "en";
  document.title = "Fogwatch";
  const result = await axe.run(document, {
    rules: { "color-contrast": { enabled: false } },
    resultTypes: ["violations"],
  });
  // Guard against a vacuous run (axe finding nothing to check would also report no violations).
  expect(result.passes.length).toBeGreaterThan(3);
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

function render(props: Partial<PopupViewProps> = {}) {
  const m = mount(<PopupView {...base} {...props} />);
  cleanup = m.unmount;
  return m.root;
}

describe("accessibility (axe)", () => {
  it("sources tab with a source open", async () => {
    const root = render();
    await click(byText(root, "button.source-toggle", "Russian Defense Ministry"));
    await click(byText(root, "button.source-toggle", "Unattributed"));
    expect(await violations(root)).toEqual([]);
  });

  it("figures tab with disagreeing figures", async () => {
    const root = render({ initialTab: "figures" });
    expect(root.querySelector(".conflicts")).not.toBeNull();
    expect(await violations(root)).toEqual([]);
  });

  it("settings tab, including while settings load", async () => {
    expect(await violations(render({ initialTab: "settings" }))).toEqual([]);
    cleanup?.();
    expect(await violations(render({ initialTab: "settings", settings: null }))).toEqual([]);
  });

  it("paused banner", async () => {
    expect(await violations(render({ settings: { ...DEFAULT_SETTINGS, paused: true } }))).toEqual([]);
  });

  it.each([
    ["loading", { page: { kind: "loading" } }],
    ["restricted", { page: { kind: "restricted" } }],
    ["unavailable", { page: { kind: "unavailable" } }],
    ["not an article", { page: { kind: "page", state: makePageState({ status: "not-article", analysis: null }) } }],
    ["error", { page: { kind: "page", state: makePageState({ status: "error", analysis: null }) } }],
    ["off here", { settings: { ...DEFAULT_SETTINGS, sites: { "www.reuters.com": { off: true } } }, page: { kind: "page", state: makePageState({ status: "off", analysis: null }) } }],
    ["nothing to flag", { page: { kind: "page", state: makePageState({ analysis: { ...makeAnalysis(), claims: [], sources: [], figures: [], clutter: [], figureConflicts: [] } }) } }],
  ] as Array<[string, Partial<PopupViewProps>]>)("%s screen", async (_, props) => {
    expect(await violations(render(props))).toEqual([]);
  });
});
