import { startsWithPromoLabel } from "../core/clutter-lexicon.ts";
import { pickBody } from "./detect/density.ts";
import { createNameTests, type NameTests } from "./detect/class-weight.ts";
import { commonAncestor, descendants, hasDescendant, hasWordRuns, isBefore, tagOf, textOf } from "./detect/dom.ts";
import { findHeadline } from "./detect/headline.ts";
import { findBylineText, hasNewsSignal } from "./detect/news-signals.ts";
import { indexDocument } from "./detect/doc-index.ts";
import { readMetadata, type PageMetadata } from "./detect/metadata.ts";
import { collectParagraphsSteps, weightedLength, type Paragraph } from "./detect/paragraphs.ts";
import { precheck } from "./detect/precheck.ts";
import { createStoryFilter } from "./detect/story-filter.ts";
import { descendantRange, scanPageTextSteps, type PageText, type TextStat } from "./detect/text-stats.ts";
import { runSteps, type Steps } from "./steps.ts";
import type { ArticleCandidate } from "./types.ts";

/** How much running text a page needs to count as an article. */
const MIN_STORY = { hinted: { paragraphs: 1, chars: 250 }, plain: { paragraphs: 3, chars: 700 } };
/** A story paragraph: this long (weighted for CJK) and at most this share of link text. */
const STORY_PARAGRAPH = { length: 80, linkDensity: 0.3 };
/** Beyond this much text between headline and body, they are mapped as two separate roots. */
const MAX_GAP = 1500;

/** Story paragraphs, counting a block of <br>-separated text (old layouts) as the paragraphs it holds. */
function paragraphCount(story: Paragraph[]): number {
  let n = 0;
  for (const p of story) n += tagOf(p.element) !== "P" && hasDescendant(p.element, "br") ? Math.max(1, Math.round(p.length / 400)) : 1;
  return n;
}

/** Paragraphs `findArticleSteps` tests as story text between two pauses. */
const STORY_STEP_PARAGRAPHS = 1000;

function isStoryParagraph(p: Paragraph): boolean {
  if (p.length < STORY_PARAGRAPH.length || p.linkDensity > STORY_PARAGRAPH.linkDensity) return false;
  return !startsWithPromoLabel(p.text.trimStart().slice(0, 80));
}

/**
 * The body container, preferring itemprop=articleBody when it holds the running text (`storyLike`: the
 * paragraphs that pass `isStoryParagraph`, in document order).
 */
function chooseBody(marked: Element[], paragraphs: Paragraph[], storyLike: Paragraph[], body: Element, stats: Map<Element, TextStat>, names: NameTests): { element: Element; method: string } | null {
  const scored = pickBody(paragraphs, body, stats, names);
  for (const el of marked) {
    const inside = storyLike.filter((p) => el.contains(p.element));
    if (inside.length >= 2 && (!scored || el.contains(scored.element) || scored.element.contains(el) || inside.length >= 4)) {
      return { element: el, method: "articleBody" };
    }
  }
  if (!scored) return null;
  let el = scored.element;
  // A semantic <article> just around the scored container is the story's natural boundary.
  const article = el.closest("article");
  const method = article ? "article" : el.closest("main, [role=main]") ? "main" : "density";
  if (tagOf(el) === "BODY" || tagOf(el) === "HTML") return null;
  return { element: el, method };
}

/**
 * Extends the body over sibling elements that carry story paragraphs (stories split into parts, a lead
 * paragraph before a "read more" toggle), as Readability appends siblings of its top candidate.
 */
function extendOverSiblings(body: Element, story: Paragraph[]): { first: Element; last: Element } {
  const parent = body.parentElement;
  if (!parent || tagOf(parent) === "BODY") return { first: body, last: body };
  // How much story each child of the parent carries: 2 for a story paragraph itself, 1 for each one inside.
  // Each paragraph goes up to its ancestor among the children once, instead of asking every sibling
  // whether it contains every paragraph.
  const carried = new Map<Element, number>();
  for (const p of story) {
    let s: Element | null = p.element;
    while (s && s.parentElement !== parent) s = s.parentElement;
    if (s) carried.set(s, (carried.get(s) ?? 0) + (s === p.element ? 2 : 1));
  }
  const carries = (s: Element) => (carried.get(s) ?? 0) >= 2;
  let first = body, last = body;
  for (let s = body.previousElementSibling; s; s = s.previousElementSibling) if (carries(s)) first = s;
  for (let s = body.nextElementSibling; s; s = s.nextElementSibling) if (carries(s)) last = s;
  return { first, last };
}

/**
 * Calls `visit` with each descendant of `el` and its tag, in document order, until it returns true: from the
 * text scan's element list (no DOM walk) when `el` is the scanned root or under it.
 */
function forEachDescendant(page: PageText, root: Element, el: Element, visit: (el: Element, tag: string) => boolean | void): void {
  const range = descendantRange(page, root, el);
  if (!range) {
    for (const d of descendants(el)) if (visit(d, tagOf(d))) return;
    return;
  }
  const { elements, tags } = page;
  for (let i = range[0]; i < range[1]; i++) if (visit(elements[i]!, tags[i]!)) return;
}

/**
 * A section front or search results page: teasers, each a linked heading over a short blurb, or a stack
 * of <article> cards. Real stories have at most a related box of linked headings.
 */
function looksLikeFront(container: Element, storyParagraphs: number, typed: boolean, page: PageText, root: Element): boolean {
  let linkedHeadings = 0, cards = 0;
  forEachDescendant(page, root, container, (el, tag) => {
    if (tag === "ARTICLE") cards++;
    else if ((tag === "H2" || tag === "H3" || tag === "H4") && hasDescendant(el, "a") && hasWordRuns(el.textContent ?? "", 3)) linkedHeadings++;
  });
  // A page that calls itself an article gets more benefit of the doubt (listicles link their headings).
  if (typed) return linkedHeadings >= 5 && linkedHeadings >= storyParagraphs;
  return cards >= 5 || (linkedHeadings >= 3 && linkedHeadings >= storyParagraphs * 0.5);
}

/** Characters of text between two elements (counting stops past the gap limit). */
function textBetween(a: Element, b: Element): number {
  const doc = a.ownerDocument;
  const walker = doc.createTreeWalker(a.parentElement ?? a, 4);
  walker.currentNode = a;
  let n = 0;
  for (let t = walker.nextNode(); t && isBefore(t, b) && n <= MAX_GAP; t = walker.nextNode()) {
    const tag = t.parentElement ? tagOf(t.parentElement) : "";
    if (tag !== "SCRIPT" && tag !== "STYLE") n += (t.nodeValue ?? "").trim().length;
  }
  return n;
}

/** Whether the running text found makes the page an article; the checks get stricter without structured data. */
function isArticleLike(meta: PageMetadata, story: Paragraph[], body: Element, headline: Element | null, root: Element, page: PageText): boolean {
  const chars = story.reduce((n, p) => n + p.length, 0);
  const count = paragraphCount(story);
  const need = meta.isArticleTyped ? MIN_STORY.hinted : MIN_STORY.plain;
  if (count < need.paragraphs || chars < need.chars) return false;
  const container = body.parentElement ?? body;
  if (looksLikeFront(container, story.length, meta.isArticleTyped, page, root)) return false;
  if (meta.isArticleTyped) return true;
  // No heading matching the title: only a page that is nearly all running text without headings of its
  // own (a bare news copy) counts; headed documents (wikis, docs) do not.
  if (!headline) {
    if (count < 5 || chars < 0.5 * weightedLength(root)) return false;
    let headed = false;
    forEachDescendant(page, root, container, (_, tag) => (headed = tag === "H1" || tag === "H2" || tag === "H3"));
    return !headed;
  }
  if (meta.published || hasNewsSignal(headline, story[0]!.element)) return true;
  // No date or byline near the headline: a long, undivided story still counts (blogs, bare copies);
  // documents cut into sections by headings (wikis, docs, guides) do not.
  return count >= 6 && chars >= 2500 && countHeadings(container, page, root) < 3;
}

function countHeadings(el: Element, page: PageText, root: Element): number {
  let n = 0;
  forEachDescendant(page, root, el, (_, tag) => {
    if (tag === "H2" || tag === "H3" || tag === "H4") n++;
  });
  return n;
}

/** The roots the text is read from and where it starts: from the headline to the end of the body. */
function storyRange(headline: Element | null, body: Element, first: Element, container: Element, story: Paragraph[]): { roots: Element[]; start: Element | null } {
  const extended = container !== body;
  const fallback = { roots: [container], start: extended ? first : null };
  if (!headline) return fallback;
  if (container.contains(headline)) {
    // A heading repeating the title below the first paragraph is not where the story starts.
    return story[0] && isBefore(story[0].element, headline) ? fallback : { roots: [container], start: headline };
  }
  if (!isBefore(headline, body)) return fallback;
  if (textBetween(headline, container) <= MAX_GAP) return { roots: [commonAncestor(headline, container)], start: headline };
  return { roots: [headline, container], start: extended ? first : null };
}

/** The story paragraphs and the headline: what the text filter and clutter detection must never drop. */
function protectedSet(story: Paragraph[], headline: Element | null): Set<Element> {
  const protect = new Set<Element>();
  const add = (el: Element) => {
    for (let e: Element | null = el; e && !protect.has(e); e = e.parentElement) protect.add(e);
  };
  for (const p of story) add(p.element);
  if (headline) add(headline);
  return protect;
}

/** The text scan detection made of the page body, per candidate (clutter detection reads the same scan). */
const SCANS = new WeakMap<ArticleCandidate, { root: Element; page: PageText }>();

/**
 * The text scan `findArticle` made of `root` for this candidate (counts and the element list), or null
 * (another root, or none).
 */
export function detectionScan(article: ArticleCandidate, root: Element): PageText | null {
  const known = SCANS.get(article);
  return known && known.root === root ? known.page : null;
}

/**
 * The candidate ending at `end` instead (the head of a story read in parts), carrying the same
 * detection scan, so reading it does not scan the page again.
 */
export function endingAt(article: ArticleCandidate, end: Element): ArticleCandidate {
  const narrowed = { ...article, end };
  const known = SCANS.get(article);
  if (known) SCANS.set(narrowed, known);
  return narrowed;
}

/**
 * Finds the news article in a document, read-only: structured data and semantic markup where the page has
 * them, Readability-style text density where it does not. Null for pages that are not articles (fronts,
 * search results, video, product, sign-in pages), decided cheaply when the page has little running text.
 */
export function findArticle(doc: Document): ArticleCandidate | null {
  return runSteps(findArticleSteps(doc));
}

/** `findArticle` as steps (see steps.ts): it pauses between its walks over the page. */
export function* findArticleSteps(doc: Document): Steps<ArticleCandidate | null> {
  const root = doc.body;
  if (!root || tagOf(doc.documentElement) !== "HTML" || tagOf(root) === "FRAMESET") return null;
  const index = indexDocument(doc);
  const quick = precheck(index);
  if (quick.longParagraphs < (quick.isArticleHinted ? 1 : 3)) return null;

  const meta = readMetadata(doc, index);
  if (meta.isOtherTyped && !meta.isArticleTyped) return null;
  yield;
  const page = yield* scanPageTextSteps(root);
  const { stats } = page;
  const names = createNameTests();
  yield;
  const paragraphs = yield* collectParagraphsSteps(root, stats, undefined, names, page);
  const storyLike: Paragraph[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    if (isStoryParagraph(paragraphs[i]!)) storyLike.push(paragraphs[i]!);
    if (i % STORY_STEP_PARAGRAPHS === STORY_STEP_PARAGRAPHS - 1) yield;
  }
  yield;
  const chosen = chooseBody(index.articleBodies, paragraphs, storyLike, root, stats, names);
  if (!chosen) return null;
  const body = chosen.element;
  const headline = findHeadline(doc, meta.titles, body, index.headings);

  const { first, last: end } = extendOverSiblings(body, storyLike);
  const container = first !== body || end !== body ? body.parentElement! : body;
  const inRegion = (p: Paragraph) => body.contains(p.element) || (container !== body &&
    (first.contains(p.element) || end.contains(p.element) || (isBefore(first, p.element) && isBefore(p.element, end))));
  const story = storyLike.filter((p) => inRegion(p) && !headline?.contains(p.element));
  if (!isArticleLike(meta, story, body, headline, root, page)) return null;

  const { roots, start } = storyRange(headline, body, first, container, story);
  const candidate: ArticleCandidate = {
    roots,
    meta: {
      title: (headline ? textOf(headline) : null) || meta.title || "",
      site: meta.site, language: meta.language, published: meta.published,
      byline: meta.byline ?? findBylineText(headline ?? first, story[0]!.element),
    },
    method: chosen.method,
    body,
    headline,
    start,
    end,
    paragraphs: story.map((p) => p.element),
    skip: createStoryFilter({ protect: protectedSet(story, headline), stats }),
    titlePrefix: headline ? null : meta.title,
  };
  SCANS.set(candidate, { root, page });
  return candidate;
}
