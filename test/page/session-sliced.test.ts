// @vitest-environment jsdom
/**
 * The session's batched and sliced paths against the plain ones: batching gives the marks that one
 * highlight call per slice gives (overlapping claims, figures and sources included), applySliced reaches
 * the same page as apply, and a sliced run cancelled at any slice boundary leaves the page and the
 * bookkeeping in agreement (exact restore afterwards).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { beforeEach, describe, expect, it } from "vitest";
import type { Analysis, Claim, Figure, Source } from "../../src/core/types.ts";
import { Highlighter } from "../../src/page/highlighter.ts";
import { findMentions } from "../../src/page/mentions.ts";
import { AnnotationSession, isFlagged, type SessionConfig } from "../../src/page/session.ts";
import { buildTextMap } from "../../src/page/text-map.ts";
import type { ClutterElement, TextMap } from "../../src/page/types.ts";

const SEED = join(import.meta.dirname, "..", "fixtures", "seed", "seed-semantic.html");
const ON: SessionConfig = { toggles: { claims: true, sources: true, figures: true, clutter: true }, clutterMode: "dim" };
const OFF: SessionConfig = { toggles: { claims: false, sources: false, figures: false, clutter: false }, clutterMode: "dim" };
const only = (kind: keyof SessionConfig["toggles"], on: boolean): SessionConfig => ({ ...ON, toggles: { ...ON.toggles, [kind]: on } });

/** The subtree with every text node shown, so a node split in two (or an empty one) is visible. */
function structure(node: Node, keep: (name: string) => boolean = () => true): string {
  if (node.nodeType === Node.TEXT_NODE) return `«${(node as Text).data}»`;
  if (node.nodeType !== Node.ELEMENT_NODE) return "";
  const el = node as Element;
  const attrs = [...el.attributes].filter((a) => keep(a.name)).map((a) => ` ${a.name}="${a.value}"`).join("");
  return `<${el.localName}${attrs}>${[...el.childNodes].map((c) => structure(c, keep)).join("")}</${el.localName}>`;
}

function countText(root: Node): number {
  let n = 0;
  for (const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT); w.nextNode(); ) n++;
  return n;
}

/** What the page shows, counted from the DOM: distinct annotation indexes per kind, and clutter. */
function shownInPage() {
  const indexes = (kind: string) =>
    new Set([...document.querySelectorAll(`fogwatch-mark[data-fogwatch="${kind}"]`)].map((m) => m.getAttribute("data-fogwatch-index"))).size;
  return {
    claims: indexes("claim"),
    figures: indexes("figure"),
    sources: indexes("source"),
    clutter: document.querySelectorAll('[data-fogwatch="clutter"]').length,
  };
}

function loadSeed(): HTMLElement {
  const parsed = new DOMParser().parseFromString(readFileSync(SEED, "utf8"), "text/html");
  document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
  return document.querySelector("article")!;
}

/** The seed page with overlapping claims, figures inside claims, and sources inside both. */
function seedSetup() {
  const article = loadSeed();
  const clutter: ClutterElement[] = [...document.querySelectorAll(".ad-slot, .also-read, .share-bar")].map((element) => ({
    element, text: element.textContent?.trim() ?? "", kind: "ad",
  }));
  const skip = new Set<Element>(clutter.map((c) => c.element));
  const textMap = buildTextMap([article], { skip: (el) => skip.has(el) });
  const span = (text: string, from = 0) => {
    const start = textMap.text.indexOf(text, from);
    if (start < 0) throw new Error(`not in text: ${text}`);
    return { text, start, end: start + text.length };
  };
  const claim = (text: string, extra: Partial<Claim> = {}): Claim => ({
    ...span(text), source: null, side: "unknown", status: "unverified", reasons: [], ...extra,
  });
  const long = span("Ukrainian forces had retreated in the face of Russian operations in the Luhansk region");
  const claims: Claim[] = [
    claim(long.text, { source: "Russian Defense Ministry", side: "russia", status: "disclaimed" }),
    // Overlaps the first claim from its middle to past its end.
    { ...claim("x"), ...{ start: long.start + 20, end: long.end + 12 }, text: "overlap" },
    claim("Six Russian balloons, possibly carrying reconnaissance equipment, were shot down", { side: "ukraine" }),
    claim("Russia did not respond immediately.", { status: "confirmed" }),
    claim("Russian troops made multiple unsuccessful raids on settlements to the north and south of Bakhmut"),
  ];
  const figures: Figure[] = [
    { ...span("eight Kalibr missiles"), value: 8, unit: "missile", approximate: false, category: "weapons", source: null },
    { ...span("Kalibr missiles"), value: null, unit: null, approximate: false, category: "weapons", source: null },
    { ...span("up to 3 km"), value: 3, unit: "km", approximate: true, category: "distance", source: null },
    { ...span("Luhansk region"), value: null, unit: null, approximate: false, category: "other", source: null },
  ];
  const sources: Source[] = [
    { name: "Russian Defense Ministry", aliases: ["the ministry"], kind: "military", side: "russia", mentions: 3, claims: 1 },
    { name: "Luhansk", aliases: [], kind: "official", side: "russia", mentions: 1, claims: 0 },
    { name: "Hanna Malyar", aliases: ["she"], kind: "official", side: "ukraine", mentions: 2, claims: 0 },
  ];
  const analysis: Analysis = {
    schema: "fogwatch.analysis/1", article: null, claims, sources, figures,
    clutter: clutter.map(({ text, kind }) => ({ text, kind })),
  };
  const input = { analysis, textMap, clutter };
  return { article, input, session: new AnnotationSession(input, document), originalBody: document.body.innerHTML };
}

/** The pre-batching session: one highlight call per slice, in the session's order (claims, figures, sources). */
function highlightOneByOne(analysis: Analysis, textMap: TextMap): Highlighter {
  const h = new Highlighter(document);
  const each = (start: number, end: number, kind: "claim" | "figure" | "source", index: number) => {
    for (const slice of textMap.slicesFor(start, end)) h.highlight([slice], kind, { "data-fogwatch-index": String(index) });
  };
  analysis.claims.forEach((c, i) => isFlagged(c) && each(c.start, c.end, "claim", i));
  analysis.figures.forEach((f, i) => each(f.start, f.end, "figure", i));
  findMentions(textMap.text, analysis.sources).forEach((spans, i) => spans.forEach((m) => each(m.start, m.end, "source", i)));
  return h;
}

/** A long synthetic article: many paragraphs, each with a claim, a figure inside it and a source. */
function bigSetup(paragraphs: number) {
  document.head.innerHTML = "";
  document.body.innerHTML = "";
  const article = document.createElement("article");
  for (let i = 0; i < paragraphs; i++) {
    const p = document.createElement("p");
    p.innerHTML = `Post ${i}: the General Staff said <b>${i + 2} drones</b> were shot down near Kharkiv overnight, the General Staff added.`;
    article.append(p);
    if (i % 10 === 5) {
      const ad = document.createElement("div");
      ad.className = "ad";
      ad.textContent = "Advertisement";
      article.append(ad);
    }
  }
  document.body.append(article);
  const ads = [...article.querySelectorAll(".ad")];
  const clutter: ClutterElement[] = ads.map((element) => ({ element, text: "Advertisement", kind: "ad" }));
  const textMap = buildTextMap([article], { skip: (el) => ads.includes(el) });
  const claims: Claim[] = [];
  const figures: Figure[] = [];
  for (const m of textMap.text.matchAll(/the General Staff said \d+ drones were shot down near Kharkiv/g)) {
    claims.push({ text: m[0], start: m.index, end: m.index + m[0].length, source: "General Staff", side: "ukraine", status: "unverified", reasons: [] });
  }
  for (const m of textMap.text.matchAll(/\d+ drones/g)) {
    figures.push({ text: m[0], start: m.index, end: m.index + m[0].length, value: null, unit: "drone", approximate: false, category: "weapons", source: null });
  }
  const analysis: Analysis = {
    schema: "fogwatch.analysis/1", article: null, claims, figures, clutter: [],
    sources: [{ name: "General Staff", aliases: ["Kharkiv"], kind: "military", side: "ukraine", mentions: paragraphs * 3, claims: paragraphs }],
  };
  const input = { analysis, textMap, clutter };
  return { article, input, session: new AnnotationSession(input, document), originalBody: document.body.innerHTML };
}

describe("AnnotationSession batching", () => {
  let t: ReturnType<typeof seedSetup>;
  beforeEach(() => {
    t = seedSetup();
  });

  it("gives the marks one highlight call per slice gives, overlapping kinds included, and restores exactly", () => {
    const textNodes = countText(t.article);
    t.session.apply({ ...ON, toggles: { ...ON.toggles, clutter: false } });
    const keep = (name: string) => name === "data-fogwatch" || name === "data-fogwatch-index";
    const batched = structure(t.article, keep);
    // The overlapping claim nests in the first where they overlap; the figure and source inside both.
    expect(batched).toContain(
      '«Ukrainian forces had»<fogwatch-mark data-fogwatch="claim" data-fogwatch-index="1">« retreated in the face of Russian operations in the »' +
        '<fogwatch-mark data-fogwatch="figure" data-fogwatch-index="3">«»<fogwatch-mark data-fogwatch="source" data-fogwatch-index="1">«Luhansk»',
    );
    t.session.destroy();
    expect(document.body.innerHTML).toBe(t.originalBody);
    expect(countText(t.article)).toBe(textNodes);

    const h = highlightOneByOne(t.input.analysis, t.input.textMap);
    expect(structure(t.article, keep)).toBe(batched);
    h.removeAll();
    expect(document.body.innerHTML).toBe(t.originalBody);
    expect(countText(t.article)).toBe(textNodes);
  });

  it("numbers overlapping marks right and steps through them", () => {
    t.session.apply(ON);
    expect(t.session.shown).toEqual({ claims: 4, figures: 4, sources: 3, clutter: 9 });
    expect(shownInPage()).toEqual(t.session.shown);
    const overlap = [...document.querySelectorAll('[data-fogwatch="claim"][data-fogwatch-index="1"]')].map((m) => m.textContent).join("");
    expect(overlap.replace(/\s+/g, " ")).toContain("in the face of Russian operations in the Luhansk region");
    expect(t.session.reveal("figure", 1)).toBe(true);
    expect(t.session.step(1)).toBe(true);
    expect((document.activeElement as HTMLElement).dataset.fogwatchIndex).toBe("0");
    t.session.step(1);
    expect((document.activeElement as HTMLElement).dataset.fogwatchIndex).toBe("1");
    t.session.apply(OFF);
    expect(document.body.innerHTML).toBe(t.originalBody);
  });
});

// jsdom is slow to query a page at every one of hundreds of yields.
describe("AnnotationSession.applySliced", { timeout: 30_000 }, () => {
  it("reaches the page apply reaches, yielding between slices, with the counts right at every yield", async () => {
    const big = bigSetup(40);
    big.session.apply(ON);
    const applied = structure(big.article);
    const shown = big.session.shown;
    expect(shown).toEqual({ claims: 40, figures: 40, sources: 1, clutter: 4 });
    big.session.destroy();
    expect(document.body.innerHTML).toBe(big.originalBody);

    const sliced = new AnnotationSession(big.input, document);
    let yields = 0;
    const seen: string[] = [];
    await sliced.applySliced(ON, {
      budgetMs: 0,
      yieldTo: async () => {
        yields++;
        expect(shownInPage()).toEqual(sliced.shown);
        seen.push(JSON.stringify(sliced.shown));
      },
    });
    expect(yields).toBeGreaterThan(10);
    expect(new Set(seen).size).toBeGreaterThan(5); // it really went a bit at a time
    expect(structure(big.article)).toBe(applied);
    expect(sliced.shown).toEqual(shown);
    expect(document.querySelector('style[data-fogwatch="ui"]')).not.toBeNull();

    // Switching off in slices too.
    await sliced.applySliced(OFF, { budgetMs: 0, yieldTo: async () => expect(shownInPage()).toEqual(sliced.shown) });
    expect(document.body.innerHTML).toBe(big.originalBody);
    expect(document.querySelector("style[data-fogwatch]")).toBeNull();
  });

  it("uses scheduler.yield() when the page has it", async () => {
    const big = bigSetup(20);
    let calls = 0;
    const scheduler = { yield: () => ((calls++), Promise.resolve()) };
    (globalThis as { scheduler?: unknown }).scheduler = scheduler;
    try {
      await big.session.applySliced(ON, { budgetMs: 0 });
    } finally {
      delete (globalThis as { scheduler?: unknown }).scheduler;
    }
    expect(calls).toBeGreaterThan(1);
    expect(big.session.shown.claims).toBe(20);
    await big.session.applySliced(OFF, { budgetMs: 0 }); // the default without it: a message-channel task
    expect(document.body.innerHTML).toBe(big.originalBody);
  });

  it("stops at its next slice boundary when destroy() is called, leaving the page exactly as it was", async () => {
    for (const stopAt of [1, 3, 8, 20, 40]) {
      const big = bigSetup(60);
      const textNodes = countText(big.article);
      let yields = 0;
      const run = big.session.applySliced(ON, {
        budgetMs: 0,
        yieldTo: async () => {
          if (++yields === stopAt) big.session.destroy();
        },
      });
      await run;
      expect(yields).toBe(stopAt);
      expect(big.session.shown).toEqual({ claims: 0, figures: 0, sources: 0, clutter: 0 });
      expect(document.body.innerHTML).toBe(big.originalBody);
      expect(countText(big.article)).toBe(textNodes);
      expect([...document.querySelectorAll("[data-fogwatch]")].map((e) => e.outerHTML.slice(0, 80))).toEqual([]);
    }
  });

  it("is taken over by a later apply or applySliced, which carries on from what is in the page", async () => {
    const big = bigSetup(30);
    big.session.apply(ON);
    const full = structure(big.article);
    big.session.apply(only("claims", false));
    const noClaims = structure(big.article);
    big.session.destroy();

    for (const stopAt of [2, 9, 30]) {
      const session = new AnnotationSession(big.input, document);
      let yields = 0;
      let first: Promise<void> | null = null;
      let second: Promise<void> | null = null;
      first = session.applySliced(ON, {
        budgetMs: 0,
        yieldTo: async () => {
          if (++yields !== stopAt) return;
          // Mid-way: claims off at once, then everything on again in slices.
          session.apply(only("claims", false));
          expect(shownInPage()).toEqual(session.shown);
          expect(structure(big.article)).toBe(noClaims);
          second = session.applySliced(ON, { budgetMs: 0, yieldTo: async () => expect(shownInPage()).toEqual(session.shown) });
        },
      });
      await first;
      await second;
      expect(yields).toBe(stopAt); // the first run yielded no more after it was taken over
      expect(session.shown).toEqual({ claims: 30, figures: 30, sources: 1, clutter: 3 });
      expect(shownInPage()).toEqual(session.shown);
      // Claims came back after the figures and sources: the same text, nested the other way round.
      expect(big.article.textContent).toBe(new DOMParser().parseFromString(big.originalBody, "text/html").querySelector("article")!.textContent);
      session.apply(OFF);
      expect(document.body.innerHTML).toBe(big.originalBody);
      session.apply(ON);
      expect(structure(big.article)).toBe(full);
      session.destroy();
      expect(document.body.innerHTML).toBe(big.originalBody);
    }
  });

  it("keeps the page and its counts in agreement through any mix of applies, sliced runs cut short, and destroy", async () => {
    const toggles = fc.record({ claims: fc.boolean(), sources: fc.boolean(), figures: fc.boolean(), clutter: fc.boolean() });
    const op = fc.record({
      config: fc.record({ toggles, clutterMode: fc.constantFrom<SessionConfig["clutterMode"]>("dim", "collapse") }),
      sliced: fc.boolean(),
      slices: fc.nat(12),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 6 }), fc.boolean(), async (ops, destroyAtEnd) => {
        const big = bigSetup(6);
        const text = big.article.textContent;
        const textNodes = countText(big.article);
        const session = new AnnotationSession(big.input, document);
        const waiting: (() => void)[] = [];
        const yieldTo = () => new Promise<void>((resolve) => waiting.push(resolve));
        const runs: Promise<void>[] = [];
        for (const { config, sliced, slices } of ops) {
          if (!sliced) session.apply(config);
          else {
            runs.push(session.applySliced(config, { budgetMs: 0, yieldTo }));
            for (let i = 0; i < slices && waiting.length; i++) {
              waiting.shift()!();
              await new Promise((resolve) => setTimeout(resolve, 0));
            }
          }
          expect(shownInPage()).toEqual(session.shown);
          expect(big.article.textContent).toBe(text);
        }
        if (destroyAtEnd) session.destroy();
        else session.apply(OFF);
        // Let every cut-short run see that it was taken over.
        while (waiting.length) {
          waiting.shift()!();
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
        await Promise.all(runs);
        expect(session.shown).toEqual({ claims: 0, figures: 0, sources: 0, clutter: 0 });
        expect(document.body.innerHTML).toBe(big.originalBody);
        expect(countText(big.article)).toBe(textNodes);
        expect(document.querySelectorAll("[data-fogwatch]").length).toBe(0);
      }),
      { numRuns: 40 },
    );
  });
});
