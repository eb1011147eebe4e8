// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { join } from "node:path";
import axe from "axe-core";
import { beforeEach, describe, expect, it } from "vitest";
import type { Analysis, Claim } from "../../src/core/types.ts";
import { AnnotationSession, type SessionConfig } from "../../src/page/session.ts";
import { buildTextMap } from "../../src/page/text-map.ts";
import type { ClutterElement } from "../../src/page/types.ts";

const SEED = join(import.meta.dirname, "..", "fixtures", "seed", "seed-semantic.html");
const ON: SessionConfig = { toggles: { claims: true, sources: true, figures: true, clutter: true }, clutterMode: "dim" };
const OFF: SessionConfig = { toggles: { claims: false, sources: false, figures: false, clutter: false }, clutterMode: "dim" };
const only = (kind: keyof SessionConfig["toggles"], on: boolean): SessionConfig => ({ ...ON, toggles: { ...ON.toggles, [kind]: on } });

/**
 * The seed page with a hand-made analysis over its real text map, so these tests exercise the
 * session's DOM work whatever the claim engine finds.
 */
function setup() {
  // The live jsdom document (not a DOMParser one): focus only works in a document with a window.
  const parsed = new DOMParser().parseFromString(readFileSync(SEED, "utf8"), "text/html");
  document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
  const doc = document;
  const article = doc.querySelector("article")!;
  const clutter: ClutterElement[] = [...doc.querySelectorAll(".ad-slot, .also-read, .share-bar")].map((element) => ({
    element,
    text: element.textContent?.trim() ?? "",
    kind: "ad",
  }));
  const skip = new Set<Element>(clutter.map((c) => c.element));
  const textMap = buildTextMap([article], { skip: (el) => skip.has(el) });
  const span = (text: string) => {
    const start = textMap.text.indexOf(text);
    if (start < 0) throw new Error(`not in text: ${text}`);
    return { text, start, end: start + text.length };
  };
  const claim = (text: string, extra: Partial<Claim>): Claim => ({
    ...span(text), source: null, side: "unknown", status: "unverified", reasons: [], ...extra,
  });
  const claims: Claim[] = [
    claim("Ukrainian forces had retreated in the face of Russian operations in the Luhansk region", {
      source: "Russian Defense Ministry", side: "russia", status: "disclaimed",
      reasons: ["Reuters was unable to verify this and other battlefield reports."],
    }),
    claim("Six Russian balloons, possibly carrying reconnaissance equipment, were shot down", {
      source: "Kyiv military administration", side: "ukraine",
    }),
    claim("Russia did not respond immediately.", { status: "confirmed" }),
    claim("Russian troops made multiple unsuccessful raids on settlements to the north and south of Bakhmut", {
      source: "Ukrainian military analysts", side: "ukraine",
    }),
  ];
  const analysis: Analysis = {
    schema: "fogwatch.analysis/1",
    article: null,
    claims,
    sources: [
      { name: "Russian Defense Ministry", aliases: ["the ministry", "it"], kind: "military", side: "russia", mentions: 3, claims: 1 },
      { name: "Hanna Malyar", aliases: ["she"], kind: "official", side: "ukraine", mentions: 2, claims: 0 },
    ],
    figures: [
      { ...span("eight Kalibr missiles"), value: 8, unit: "missile", approximate: false, category: "weapons", source: null },
      { ...span("up to 3 km"), value: 3, unit: "km", approximate: true, category: "distance", source: null },
    ],
    clutter: clutter.map(({ text, kind }) => ({ text, kind })),
  };
  const session = new AnnotationSession({ analysis, textMap, clutter }, doc);
  return { doc, article, session, original: article.innerHTML, originalBody: doc.body.innerHTML, text: article.textContent };
}

let t: ReturnType<typeof setup>;
beforeEach(() => {
  t = setup();
});

describe("AnnotationSession", () => {
  it("highlights flagged claims, figures, sources and marks clutter", () => {
    t.session.apply(ON);
    const claims = t.doc.querySelectorAll('fogwatch-mark[data-fogwatch="claim"]');
    expect(new Set([...claims].map((c) => c.getAttribute("data-fogwatch-index")))).toEqual(new Set(["0", "1", "3"]));
    expect(t.doc.querySelector('[data-fogwatch-status="disclaimed"]')?.textContent).toContain("Ukrainian forces had retreated");
    expect(t.doc.querySelector('[data-fogwatch="figure"]')?.textContent).toBe("eight Kalibr missiles");
    const sources = [...t.doc.querySelectorAll('[data-fogwatch="source"]')].map((s) => s.textContent);
    expect(sources).toContain("Russian Defense Ministry");
    expect(sources).toContain("the ministry");
    expect(sources).not.toContain("she");
    expect(t.doc.querySelectorAll('[data-fogwatch="clutter"][data-fogwatch-clutter="dim"]').length).toBeGreaterThan(3);
    expect(t.session.shown).toEqual({ claims: 3, figures: 2, sources: 2, clutter: 9 });
    expect(t.doc.querySelector('style[data-fogwatch="ui"]')).not.toBeNull();
    expect(t.article.textContent).toBe(t.text);
  });

  it("gives every element it adds a data-fogwatch attribute", () => {
    const before = new Set(t.doc.querySelectorAll("*"));
    t.session.apply(ON);
    (t.doc.querySelector("[tabindex]") as HTMLElement).focus();
    const added = [...t.doc.querySelectorAll("*")].filter((el) => !before.has(el));
    expect(added.length).toBeGreaterThan(5);
    for (const el of added) expect(el.hasAttribute("data-fogwatch"), el.outerHTML).toBe(true);
  });

  it("restores the page exactly when everything is switched off, and again after more cycles", () => {
    // innerHTML cannot see a text node left split in two, so count the text nodes too.
    const textNodes = () => t.doc.createTreeWalker(t.article, NodeFilter.SHOW_TEXT);
    const countText = () => { let n = 0; for (const w = textNodes(); w.nextNode(); ) n++; return n; };
    const before = countText();
    let marks = -1;
    for (let i = 0; i < 3; i++) {
      t.session.apply(ON);
      expect(t.article.innerHTML).not.toBe(t.original);
      const now = t.doc.querySelectorAll("fogwatch-mark").length;
      if (marks >= 0) expect(now).toBe(marks);
      marks = now;
      t.session.apply(only("claims", false));
      t.session.apply(OFF);
      expect(countText()).toBe(before);
      expect(t.article.innerHTML).toBe(t.original);
      expect(t.doc.body.innerHTML).toBe(t.originalBody);
      expect(t.doc.querySelectorAll("[data-fogwatch]").length).toBe(0);
    }
    t.session.apply(ON);
    t.session.destroy();
    expect(t.doc.body.innerHTML).toBe(t.originalBody);
    expect(t.doc.querySelectorAll("[data-fogwatch]").length).toBe(0);
  });

  it("switches each kind on and off on its own", () => {
    t.session.apply(ON);
    t.session.apply(only("claims", false));
    expect(t.doc.querySelectorAll('[data-fogwatch="claim"]').length).toBe(0);
    expect(t.doc.querySelectorAll('[data-fogwatch="figure"]').length).toBe(2);
    expect(t.article.textContent).toBe(t.text);
    t.session.apply(ON);
    expect(t.session.shown.claims).toBe(3);
    t.session.apply(only("clutter", false));
    expect(t.doc.querySelectorAll('[data-fogwatch="clutter"]').length).toBe(0);
    t.session.apply({ ...ON, clutterMode: "collapse" });
    expect(t.doc.querySelectorAll('[data-fogwatch-clutter="collapse"]').length).toBe(9);
    t.session.apply({ ...ON, clutterMode: "dim" });
    expect(t.doc.querySelectorAll('[data-fogwatch-clutter="collapse"]').length).toBe(0);
    t.session.apply(OFF);
    expect(t.article.innerHTML).toBe(t.original);
  });

  it("shows a tooltip in a shadow root on focus, with source, side and reasons; Escape hides it", () => {
    t.session.apply(ON);
    const first = t.doc.querySelector<HTMLElement>('fogwatch-mark[data-fogwatch="claim"][tabindex="0"]')!;
    expect(first.getAttribute("aria-description")).toContain("Russian Defense Ministry");
    first.focus();
    const host = t.doc.querySelector('fogwatch-ui[data-fogwatch="ui"]')!;
    const tip = host.shadowRoot!.querySelector('[role="tooltip"]') as HTMLElement;
    expect(tip.hidden).toBe(false);
    expect(tip.textContent).toContain("Could not be verified");
    expect(tip.textContent).toContain("Russian Defense Ministry");
    expect(tip.textContent).toContain("Russia");
    expect(tip.textContent).toContain("Reuters was unable to verify");
    t.doc.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" }));
    expect(tip.hidden).toBe(true);
    first.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
    expect(tip.hidden).toBe(false);
    t.doc.dispatchEvent(new Event("scroll"));
    expect(tip.hidden).toBe(false); // it follows the claim
    t.session.apply(only("figures", false));
    first.remove();
    t.doc.dispatchEvent(new Event("scroll"));
    expect(tip.hidden).toBe(true); // its claim is gone
    t.session.apply(only("claims", false));
    expect(t.doc.querySelector("fogwatch-ui")).toBeNull();
  });

  it("steps through highlighted claims with wrap-around and reveals them", () => {
    t.session.apply(ON);
    const focusedIndex = () => (t.doc.activeElement as HTMLElement).dataset.fogwatchIndex;
    expect(t.session.step(1)).toBe(true);
    expect(focusedIndex()).toBe("0");
    t.session.step(1);
    expect(focusedIndex()).toBe("1");
    t.session.step(1);
    expect(focusedIndex()).toBe("3");
    t.session.step(1);
    expect(focusedIndex()).toBe("0");
    t.session.step(-1);
    expect(focusedIndex()).toBe("3");
    expect(t.session.reveal("claim", 1)).toBe(true);
    expect(t.doc.querySelector('[data-fogwatch="claim"][data-fogwatch-index="1"]')?.hasAttribute("data-fogwatch-flash")).toBe(true);
    expect(t.session.reveal("claim", 2)).toBe(false);
    expect(t.session.reveal("figure", 1)).toBe(true);
    t.session.destroy();
    expect(t.session.step(1)).toBe(false);
  });

  it("does not throw when the page removed annotated text", () => {
    t.session.apply(ON);
    t.doc.querySelector(".story-body")!.remove();
    expect(() => t.session.apply(OFF)).not.toThrow();
    expect(t.doc.querySelectorAll("[data-fogwatch]").length).toBe(0);
  });

  it("adds no accessibility violations (axe) to the page, tooltip shown", async () => {
    const check = async () => {
      const result = await axe.run(t.doc, { rules: { "color-contrast": { enabled: false } }, resultTypes: ["violations"] });
      expect(result.passes.length).toBeGreaterThan(3); // not a vacuous run
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    };
    const before = await check();
    t.session.apply(ON);
    t.doc.querySelector<HTMLElement>('fogwatch-mark[data-fogwatch="claim"][tabindex="0"]')!.focus();
    const after = await check();
    expect(after.filter((v) => !before.includes(v))).toEqual([]);
  });
});
