// @vitest-environment jsdom
/**
 * Segments: a live blog's new posts added to a session after the first read. Global numbering of claims
 * and figures, sources merged by name, the other segments' marks left alone, exact restore of all.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import type { Analysis, Claim, Figure, Source } from "../../src/core/types.ts";
import { AnnotationSession, type SessionConfig, type SessionInput } from "../../src/page/session.ts";
import { buildTextMap } from "../../src/page/text-map.ts";
import type { ClutterElement, TextMap } from "../../src/page/types.ts";

const SEED = join(import.meta.dirname, "..", "fixtures", "seed", "seed-semantic.html");
const ON: SessionConfig = { toggles: { claims: true, sources: true, figures: true, clutter: true }, clutterMode: "dim" };
const OFF: SessionConfig = { toggles: { claims: false, sources: false, figures: false, clutter: false }, clutterMode: "dim" };
const only = (kind: keyof SessionConfig["toggles"], on: boolean): SessionConfig => ({ ...ON, toggles: { ...ON.toggles, [kind]: on } });

const POSTS = `
  <div class="post"><p>The Russian Defense Ministry said its forces shot down 12 Ukrainian drones over Belgorod overnight.</p></div>
  <div class="post"><p>Kharkiv governor Oleh Syniehubov said two people were injured. The ministry did not give details.</p>
  <aside class="ad-slot">Advertisement</aside></div>
  <div class="post"><p>Officials confirmed the bridge was repaired.</p></div>`;

function countText(root: Node): number {
  let n = 0;
  for (const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT); w.nextNode(); ) n++;
  return n;
}

function spanIn(textMap: TextMap) {
  return (text: string) => {
    const start = textMap.text.indexOf(text);
    if (start < 0) throw new Error(`not in text: ${text}`);
    return { text, start, end: start + text.length };
  };
}

const claimOf = (span: ReturnType<ReturnType<typeof spanIn>>, extra: Partial<Claim> = {}): Claim => ({
  ...span, source: null, side: "unknown", status: "unverified", reasons: [], ...extra,
});
const figureOf = (span: ReturnType<ReturnType<typeof spanIn>>): Figure => ({
  ...span, value: null, unit: null, approximate: false, category: "count", source: null,
});

function setup() {
  const parsed = new DOMParser().parseFromString(readFileSync(SEED, "utf8"), "text/html");
  document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
  const article = document.querySelector("article")!;
  const clutter: ClutterElement[] = [...document.querySelectorAll(".ad-slot, .also-read, .share-bar")].map((element) => ({
    element, text: element.textContent?.trim() ?? "", kind: "ad",
  }));
  const skip = new Set<Element>(clutter.map((c) => c.element));
  const textMap = buildTextMap([article], { skip: (el) => skip.has(el) });
  const span = spanIn(textMap);
  const analysis: Analysis = {
    schema: "fogwatch.analysis/1",
    article: { title: "Seed", site: null, byline: null, published: null, language: "en", words: 500, text: "" },
    claims: [
      claimOf(span("Ukrainian forces had retreated in the face of Russian operations in the Luhansk region"), {
        source: "Russian Defense Ministry", side: "russia", status: "disclaimed",
      }),
      claimOf(span("Six Russian balloons, possibly carrying reconnaissance equipment, were shot down"), { side: "ukraine" }),
      claimOf(span("Russia did not respond immediately."), { status: "confirmed" }),
      claimOf(span("Russian troops made multiple unsuccessful raids on settlements to the north and south of Bakhmut")),
    ],
    sources: [
      { name: "Russian Defense Ministry", aliases: ["the ministry"], kind: "military", side: "russia", mentions: 3, claims: 1 },
      { name: "Hanna Malyar", aliases: [], kind: "official", side: "ukraine", mentions: 2, claims: 0 },
    ],
    figures: [figureOf(span("eight Kalibr missiles")), figureOf(span("up to 3 km"))],
    clutter: clutter.map(({ text, kind }) => ({ text, kind })),
  };
  const input: SessionInput = { analysis, textMap, clutter };
  const session = new AnnotationSession(input, document);
  return { article, input, session, originalBody: document.body.innerHTML };
}

/** Appends the new posts to the story and analyses them on their own, as the content script does. */
function appendPosts(article: Element): { posts: HTMLElement; input: SessionInput } {
  const posts = document.createElement("div");
  posts.className = "live-posts";
  posts.innerHTML = POSTS;
  article.append(posts);
  const ad = posts.querySelector(".ad-slot")!;
  const clutter: ClutterElement[] = [{ element: ad, text: "Advertisement", kind: "ad" }];
  const textMap = buildTextMap([posts], { skip: (el) => el === ad });
  const span = spanIn(textMap);
  const sources: Source[] = [
    { name: "Oleh Syniehubov", aliases: ["Kharkiv governor"], kind: "official", side: "ukraine", mentions: 1, claims: 1 },
    { name: "russian defense ministry", aliases: ["the ministry", "Moscow"], kind: "military", side: "russia", mentions: 2, claims: 1 },
  ];
  const analysis: Analysis = {
    schema: "fogwatch.analysis/1",
    article: { title: "Posts", site: null, byline: null, published: null, language: "en", words: 40, text: "" },
    claims: [
      claimOf(span("its forces shot down 12 Ukrainian drones over Belgorod overnight"), { source: "Russian Defense Ministry", side: "russia" }),
      claimOf(span("two people were injured"), { source: "Oleh Syniehubov", side: "ukraine" }),
      claimOf(span("Officials confirmed the bridge was repaired."), { status: "confirmed" }),
    ],
    sources,
    figures: [figureOf(span("12 Ukrainian drones")), figureOf(span("two people"))],
    clutter: [{ text: "Advertisement", kind: "ad" }],
  };
  return { posts, input: { analysis, textMap, clutter } };
}

const marksIn = (root: Element, kind: string) =>
  [...root.querySelectorAll<HTMLElement>(`fogwatch-mark[data-fogwatch="${kind}"]`)].map((m) => [m.dataset.fogwatchIndex, m.textContent]);

let t: ReturnType<typeof setup>;
beforeEach(() => {
  t = setup();
});

describe("AnnotationSession segments", () => {
  it("reports the input analysis itself while there is one segment", () => {
    expect(t.session.analysis).toBe(t.input.analysis);
  });

  it("numbers the new segment's claims and figures after the first's, merges sources by name, leaves the first alone", () => {
    t.session.apply(ON);
    const firstPart = t.article.innerHTML;
    const firstMarks = [...t.article.querySelectorAll("fogwatch-mark")];
    const { posts, input } = appendPosts(t.article);
    t.session.addSegment(input);

    expect(marksIn(posts, "claim")).toEqual([
      ["4", "its forces shot down 12 Ukrainian drones over Belgorod overnight"],
      ["5", "two people were injured"],
    ]);
    // The figure inside the claim nests in its mark.
    expect(marksIn(posts, "figure")).toEqual([["2", "12 Ukrainian drones"], ["3", "two people"]]);
    expect(marksIn(posts, "source")).toEqual([
      ["0", "Russian Defense Ministry"],
      ["2", "Kharkiv governor"],
      ["2", "Oleh Syniehubov"],
      ["0", "The ministry"],
    ]);
    expect(posts.querySelector('[data-fogwatch="clutter"]')?.textContent).toBe("Advertisement");
    // The first segment's marks are the same elements, untouched.
    posts.remove();
    expect(t.article.innerHTML).toBe(firstPart);
    expect([...t.article.querySelectorAll("fogwatch-mark")]).toEqual(firstMarks);
    t.article.append(posts);

    const merged = t.session.analysis;
    expect(merged.claims.map((c) => c.text.slice(0, 12))).toEqual([
      "Ukrainian fo", "Six Russian ", "Russia did n", "Russian troo", "its forces s", "two people w", "Officials co",
    ]);
    expect(merged.sources.map((s) => [s.name, s.mentions])).toEqual([
      ["Russian Defense Ministry", 5], ["Hanna Malyar", 2], ["Oleh Syniehubov", 1],
    ]);
    expect(merged.sources[0]!.aliases).toEqual(["the ministry", "Moscow"]);
    expect(merged.figures.length).toBe(4);
    expect(merged.article?.words).toBe(540);
    expect(t.session.shown).toEqual({ claims: 5, figures: 4, sources: 3, clutter: 10 });
  });

  it("steps, reveals and explains claims by their global index", () => {
    t.session.apply(ON);
    const { posts, input } = appendPosts(t.article);
    t.session.addSegment(input);
    const focused = () => (document.activeElement as HTMLElement).dataset.fogwatchIndex;
    const seen = [1, 2, 3, 4, 5].map(() => (t.session.step(1), focused()));
    expect(seen).toEqual(["0", "1", "3", "4", "5"]);
    t.session.step(1);
    expect(focused()).toBe("0");
    t.session.step(-1);
    expect(focused()).toBe("5");

    expect(t.session.reveal("claim", 4)).toBe(true);
    expect(posts.querySelector('[data-fogwatch="claim"][data-fogwatch-flash]')?.textContent).toContain("12 Ukrainian drones");
    expect(t.session.reveal("claim", 6)).toBe(false); // confirmed: not highlighted
    expect(t.session.reveal("figure", 3)).toBe(true);
    // A merged source flashes in both segments.
    expect(t.session.reveal("source", 0)).toBe(true);
    const flashed = [...document.querySelectorAll('[data-fogwatch="source"][data-fogwatch-flash]')];
    expect(flashed.some((m) => posts.contains(m)) && flashed.some((m) => !posts.contains(m))).toBe(true);

    const second = posts.querySelector<HTMLElement>('[data-fogwatch="claim"][data-fogwatch-index="5"]')!;
    expect(second.getAttribute("aria-description")).toContain("Oleh Syniehubov");
    second.focus();
    const tip = document.querySelector("fogwatch-ui")!.shadowRoot!.querySelector('[role="tooltip"]') as HTMLElement;
    expect(tip.hidden).toBe(false);
    expect(tip.textContent).toContain("Oleh Syniehubov");
    expect(tip.textContent).toContain("Ukraine");
  });

  it("switches kinds on and off in every segment and restores both segments exactly", () => {
    // The posts arrive after the first read (its text map does not have them), before it is shown.
    const { posts, input } = appendPosts(t.article);
    const appended = document.body.innerHTML;
    const textNodes = countText(t.article);
    t.session.apply(only("figures", false));
    t.session.addSegment(input);
    expect(marksIn(posts, "figure")).toEqual([]);
    expect(marksIn(posts, "claim").length).toBe(2);
    t.session.apply(ON);
    expect(marksIn(posts, "figure").length).toBe(2);
    t.session.apply(only("claims", false));
    expect(document.querySelectorAll('[data-fogwatch="claim"]').length).toBe(0);
    expect(t.session.shown.claims).toBe(0);
    t.session.apply(OFF);
    expect(document.body.innerHTML).toBe(appended);
    expect(countText(t.article)).toBe(textNodes);
    t.session.apply(ON);
    t.session.destroy();
    expect(document.body.innerHTML).toBe(appended);
    expect(countText(t.article)).toBe(textNodes);
    expect(document.querySelectorAll("[data-fogwatch]").length).toBe(0);
  });

  it("adds a segment in slices with the same result, and alongside a sliced apply in progress", async () => {
    const { posts, input } = appendPosts(t.article);
    const appended = document.body.innerHTML;
    t.session.apply(ON);
    t.session.addSegment(input);
    const atOnce = t.article.innerHTML;
    t.session.destroy();
    expect(document.body.innerHTML).toBe(appended);

    const sliced = new AnnotationSession(t.input, document);
    sliced.apply(ON);
    let yields = 0;
    await sliced.addSegment(input, { budgetMs: 0, yieldTo: async () => void yields++ });
    expect(yields).toBeGreaterThan(3);
    expect(t.article.innerHTML).toBe(atOnce);
    sliced.destroy();
    expect(document.body.innerHTML).toBe(appended);

    // New posts arrive while the first apply is still going: both runs finish, nothing is done twice.
    const racing = new AnnotationSession(t.input, document);
    let added: Promise<void> | null = null;
    let ticks = 0;
    await racing.applySliced(ON, {
      budgetMs: 0,
      yieldTo: async () => {
        if (++ticks === 2) added = racing.addSegment(input, { budgetMs: 0, yieldTo: async () => {} });
      },
    });
    await added;
    expect(racing.shown).toEqual({ claims: 5, figures: 4, sources: 3, clutter: 10 });
    expect(t.article.innerHTML.replace(/ data-fogwatch-flash=""/g, "")).toBe(atOnce);
    racing.destroy();
    expect(document.body.innerHTML).toBe(appended);
    expect(posts.isConnected).toBe(true);
  });
});

describe("AnnotationSession held segments", () => {
  /** The story with the posts added at once: what a held segment must look like once shown. */
  function shownAtOnce(): string {
    const session = new AnnotationSession(t.input, document);
    session.apply(ON);
    session.addSegment(appendPosts(t.article).input);
    const html = t.article.innerHTML;
    session.destroy();
    t.article.querySelector(".live-posts")!.remove();
    return html;
  }

  it("counts a held segment but writes nothing of it until it is shown, then writes what addSegment writes", async () => {
    const atOnce = shownAtOnce();
    const original = document.body.innerHTML;
    const { posts, input } = appendPosts(t.article);
    const appended = document.body.innerHTML;
    t.session.apply(ON);
    const id = t.session.holdSegment(input);
    expect(posts.querySelectorAll("[data-fogwatch]").length).toBe(0);
    expect(t.session.analysis.claims.length).toBe(7);
    // Due as if shown: the two flagged claims, two figures, one new source; the ad is the segment's clutter.
    expect(t.session.shown).toEqual({ claims: 5, figures: 4, sources: 3, clutter: 10 });
    // Applies leave it alone, and count it only for the kinds switched on.
    t.session.apply(only("claims", false));
    t.session.apply(ON);
    expect(posts.querySelectorAll("[data-fogwatch]").length).toBe(0);
    t.session.apply(only("figures", false));
    expect(t.session.shown.figures).toBe(0);
    t.session.apply(ON);

    await t.session.showSegment(id, { budgetMs: 0, yieldTo: async () => {} });
    expect(t.article.innerHTML).toBe(atOnce);
    expect(t.session.shown).toEqual({ claims: 5, figures: 4, sources: 3, clutter: 10 });
    await t.session.showSegment(id); // shown already: nothing to do
    expect(t.article.innerHTML).toBe(atOnce);
    t.session.apply(OFF);
    expect(document.body.innerHTML).toBe(appended);
    posts.remove();
    expect(document.body.innerHTML).toBe(original);
  });

  it("writes a held segment when reveal or step reaches it, and destroy leaves it unwritten", () => {
    const { posts, input } = appendPosts(t.article);
    const appended = document.body.innerHTML;
    t.session.apply(ON);
    t.session.holdSegment(input);
    // A source marked in the first segment flashes there; the held segment stays unwritten.
    expect(t.session.reveal("source", 0)).toBe(true);
    expect(posts.querySelectorAll("[data-fogwatch]").length).toBe(0);
    expect(t.session.reveal("claim", 4)).toBe(true);
    expect(posts.querySelector('[data-fogwatch="claim"][data-fogwatch-flash]')?.textContent).toContain("12 Ukrainian drones");
    expect(marksIn(posts, "source").length).toBe(4);
    t.session.destroy();
    expect(document.body.innerHTML).toBe(appended);

    // Stepping past the last claim shown goes on into a held segment.
    const stepping = new AnnotationSession(t.input, document);
    stepping.apply(ON);
    stepping.holdSegment(input);
    const focused = () => (document.activeElement as HTMLElement).dataset.fogwatchIndex;
    const seen = [1, 2, 3, 4].map(() => (stepping.step(1), focused()));
    expect(seen).toEqual(["0", "1", "3", "4"]);
    expect(marksIn(posts, "claim").map(([i]) => i)).toEqual(["4", "5"]);
    stepping.destroy();
    expect(document.body.innerHTML).toBe(appended);

    // A source only the held segment mentions: revealing it writes the segment.
    const bySource = new AnnotationSession(t.input, document);
    bySource.apply(ON);
    bySource.holdSegment(input);
    expect(bySource.reveal("source", 2)).toBe(true);
    expect(marksIn(posts, "source").filter(([i]) => i === "2").length).toBe(2);
    bySource.destroy();
    expect(document.body.innerHTML).toBe(appended);
  });
});
