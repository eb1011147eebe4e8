// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { PopupView, type PopupViewProps } from "../../src/popup/components/popup-view.tsx";
import { DEFAULT_SETTINGS, type Settings } from "../../src/shared/settings.ts";
import { makeAnalysis, makePageState } from "./fixtures.ts";
import { byText, click, flush, mount, press } from "./helpers.tsx";

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function setup(overrides: Partial<PopupViewProps> = {}) {
  const log = { settings: [] as Settings[], reveal: [] as string[], copied: [] as string[], downloads: [] as string[] };
  let settings = overrides.settings === undefined ? DEFAULT_SETTINGS : overrides.settings;
  const props: PopupViewProps = {
    page: { kind: "page", state: makePageState() },
    settings,
    onSettings: (change) => {
      if (settings) log.settings.push((settings = change(settings)));
    },
    onReveal: async (kind, index) => {
      log.reveal.push(`${kind}:${index}`);
      return true;
    },
    onCopy: async (text) => void log.copied.push(text),
    onDownload: async (name, content) => void log.downloads.push(`${name}\n${content}`),
    ...overrides,
  };
  const m = mount(<PopupView {...props} />);
  cleanup = m.unmount;
  return { root: m.root, log };
}

describe("PopupView: screens", () => {
  it("shows a busy status while loading", () => {
    const { root } = setup({ page: { kind: "loading" } });
    const status = root.querySelector('[role="status"]');
    expect(status?.getAttribute("aria-busy")).toBe("true");
    expect(status?.textContent).toBe("Reading the page…");
  });

  it("explains restricted pages and unreachable pages differently", () => {
    const restricted = setup({ page: { kind: "restricted" } });
    expect(restricted.root.querySelector(".empty-title")?.textContent).toBe("Fogwatch can’t run here");
    expect(restricted.root.textContent).toContain("Browsers keep extensions out of their own pages");
    cleanup?.();
    const unavailable = setup({ page: { kind: "unavailable" } });
    expect(unavailable.root.querySelector(".empty-title")?.textContent).toBe("Fogwatch can’t read this page");
    expect(unavailable.root.textContent).toContain("Browser pages such as settings");
  });

  it("says when a page is not an article, and still offers the switches", () => {
    const { root } = setup({ page: { kind: "page", state: makePageState({ status: "not-article", analysis: { ...makeAnalysis(), article: null } }) } });
    expect(root.querySelector(".empty-title")?.textContent).toBe("Not a news article");
    expect(root.querySelectorAll('input[role="switch"]')).toHaveLength(6);
    expect(root.querySelector(".clutter")).toBeNull();
  });

  it("shows an error screen when the content script failed", () => {
    const { root } = setup({ page: { kind: "page", state: makePageState({ status: "error", analysis: null }) } });
    expect(root.querySelector(".empty-title")?.textContent).toBe("Something went wrong");
  });

  it("says there is nothing to flag in an article with no findings", () => {
    const empty = { ...makeAnalysis(), claims: [], sources: [], figures: [], clutter: [], figureConflicts: [] };
    const { root } = setup({ page: { kind: "page", state: makePageState({ analysis: empty }) } });
    expect(root.querySelector("h1")?.textContent).toBe(empty.article?.title);
    expect(byText(root, "h2", "Nothing to flag")).toBeTruthy();
    expect(root.querySelector('[role="tablist"]')).toBeNull();
  });

  it("offers to turn a site back on when it is off there and nothing was analysed", async () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, sites: { "www.reuters.com": { off: true } } };
    const { root, log } = setup({ settings, page: { kind: "page", state: makePageState({ status: "off", analysis: null }) } });
    expect(root.querySelector(".empty-title")?.textContent).toBe("Fogwatch is off on www.reuters.com");
    await click(byText(root, "button", "Turn on for this site"));
    expect(log.settings.at(-1)?.sites).toEqual({});
  });

  it("shows a paused banner with Resume over the analysis", async () => {
    const { root, log } = setup({ settings: { ...DEFAULT_SETTINGS, paused: true } });
    expect(root.querySelector(".banner")?.textContent).toContain("Fogwatch is paused");
    await click(byText(root, ".banner button", "Resume"));
    expect(log.settings.at(-1)?.paused).toBe(false);
  });
});

describe("PopupView: article", () => {
  it("heads with the headline, outlet, date, byline and four counts", () => {
    const { root } = setup();
    expect(root.querySelector("h1")?.textContent).toBe("Russia launches new missile attacks as NATO increases backing for Ukraine");
    expect(root.querySelector(".meta")?.textContent).toBe("ReutersFeb 16, 2023By Staff and agencies");
    expect(root.querySelector("time")?.getAttribute("datetime")).toBe("2023-02-16");
    const stats = [...root.querySelectorAll(".stats li")].map((li) => li.textContent);
    expect(stats).toEqual(["5 unverified claims", "5 sources", "6 figures", "3 clutter items"]);
    expect(root.querySelector(".brand-host")?.textContent).toBe("www.reuters.com");
  });

  it("uses singular labels for a count of one", () => {
    const a = makeAnalysis();
    const one = { ...a, claims: a.claims.slice(0, 1), sources: a.sources.slice(0, 1), figures: a.figures.slice(0, 1), clutter: a.clutter.slice(0, 1), figureConflicts: [] };
    const { root } = setup({ page: { kind: "page", state: makePageState({ analysis: one }) } });
    expect([...root.querySelectorAll(".stats li")].map((li) => li.textContent)).toEqual(["1 unverified claim", "1 source", "1 figure", "1 clutter item"]);
  });

  it("switches tabs by click and by arrow keys, with one tab stop and aria-selected", async () => {
    const { root } = setup();
    const tabs = () => [...root.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    expect(tabs().map((t) => t.textContent)).toEqual(["Sources", "Figures", "Settings"]);
    expect(tabs().map((t) => t.getAttribute("aria-selected"))).toEqual(["true", "false", "false"]);
    expect(tabs().map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    const panel = () => root.querySelector('[role="tabpanel"]');
    expect(panel()?.getAttribute("aria-labelledby")).toBe("tab-sources");

    await click(tabs()[1]);
    expect(panel()?.querySelector(".figures")).not.toBeNull();

    await press(tabs()[1], "ArrowRight");
    expect(tabs()[2]?.getAttribute("aria-selected")).toBe("true");
    expect(document.activeElement).toBe(tabs()[2]);
    expect(panel()?.querySelector(".toggles")).not.toBeNull();
    await press(tabs()[2], "ArrowRight");
    expect(tabs()[0]?.getAttribute("aria-selected")).toBe("true");
    await press(tabs()[0], "End");
    expect(tabs()[2]?.getAttribute("aria-selected")).toBe("true");
    await press(tabs()[2], "Home");
    expect(tabs()[0]?.getAttribute("aria-selected")).toBe("true");
    await press(tabs()[0], "ArrowLeft");
    expect(tabs()[2]?.getAttribute("aria-selected")).toBe("true");
  });

  it("sends reveal requests for claims and figures, and says when a passage cannot be found", async () => {
    let found = true;
    const reveals: string[] = [];
    const { root } = setup({
      onReveal: async (kind, index) => {
        reveals.push(`${kind}:${index}`);
        return found;
      },
    });
    await click(byText(root, "button.source-toggle", "Ukrainian officials"));
    await click(byText(root, "button.claim-quote", "Kalibr"));
    found = false;
    await click(byText(root, '[role="tab"]', "Figures"));
    await click(byText(root, "li.figure button", "Six Russian balloons"));
    await flush();
    expect(reveals).toEqual(["claim:0", "figure:2"]);
    expect(root.querySelector(".notice")?.textContent).toBe("Couldn’t find that passage in the page. It may have changed since it was read.");
  });

  it("writes settings from the Settings tab: clutter mode, type toggles, site off, pause", async () => {
    const { root, log } = setup({ initialTab: "settings" });
    await click(byText(root, "label.segment", "Collapse").querySelector("input"));
    expect(log.settings.at(-1)?.clutterMode).toBe("collapse");
    await click(root.querySelector("#toggle-clutter"));
    expect(log.settings.at(-1)?.toggles.clutter).toBe(false);
    await click(root.querySelector("#toggle-site"));
    expect(log.settings.at(-1)?.sites["www.reuters.com"]).toEqual({ off: true });
    await click(root.querySelector("#toggle-pause"));
    expect(log.settings.at(-1)?.paused).toBe(true);
  });

  it("copies the Markdown summary and downloads the analysis JSON, announcing each", async () => {
    const { root, log } = setup();
    await click(byText(root, ".export button", "Copy summary"));
    expect(log.copied).toHaveLength(1);
    expect(log.copied[0]).toMatch(/^# Fogwatch summary: Russia launches/);
    expect(root.querySelector('.notice[role="status"]')?.textContent).toBe("Summary copied as Markdown.");

    await click(byText(root, ".export button", "Download JSON"));
    const [name, ...json] = (log.downloads[0] ?? "").split("\n");
    expect(name).toBe("fogwatch-russia-launches-new-missile-attacks-as-nato-increases.json");
    expect(JSON.parse(json.join("\n"))).toEqual(makeAnalysis());
    expect(root.querySelector(".notice")?.textContent).toBe(`Saved ${name}.`);
  });

  it("reports a copy the browser refused", async () => {
    const { root } = setup({ onCopy: () => Promise.reject(new Error("denied")) });
    await click(byText(root, ".export button", "Copy summary"));
    await flush();
    expect(root.querySelector(".notice")?.textContent).toBe("Couldn’t copy: the browser blocked clipboard access.");
  });
});

describe("PopupView: sparse metadata", () => {
  it("shows only what is known about the article", () => {
    const a = makeAnalysis();
    const bare = { ...a, article: { ...a.article!, site: null, byline: null, published: null, title: "" } };
    const { root } = setup({ page: { kind: "page", state: makePageState({ analysis: bare }) } });
    expect(root.querySelector("h1")?.textContent).toBe("Untitled article");
    expect(root.querySelector(".meta")).toBeNull();
  });

  it("keeps a byline that already starts with By", () => {
    const a = makeAnalysis();
    const by = { ...a, article: { ...a.article!, byline: "By Jane Doe", published: "2023-02-16T09:30:00Z" } };
    const { root } = setup({ page: { kind: "page", state: makePageState({ analysis: by }) } });
    expect(root.querySelector(".byline")?.textContent).toBe("By Jane Doe");
    expect(root.querySelector("time")?.getAttribute("datetime")).toBe("2023-02-16T09:30:00Z");
  });
});
