import { findTextBlocks, type DocIndex } from "./doc-index.ts";
import { collapsedLength, descendants, isDenseScript, tagOf } from "./dom.ts";

/** Cheap signals read before any scoring. */
export interface Precheck {
  /** og:type=article, a JSON-LD article type (by a substring test, not a parse) or itemprop=articleBody. */
  isArticleHinted: boolean;
  /**
   * Blocks of running text (long <p>s, div-soup text blocks) found together: the most of them under one
   * ancestor (up to three levels up, and never above a teaser card), counted up to `enough`.
   */
  longParagraphs: number;
}

const LD_ARTICLE = /"@type"\s*:\s*(?:\[[^\]]*)?"(?:\w*NewsArticle|Article|BlogPosting|Report|Review|LiveBlogPosting)"/;
/** A sentence's worth of text (a third of it in scripts written without spaces). */
const LONG_TEXT = { chars: 120, denseChars: 40 };
/** Above this share of link text a block is a list of links or a teaser, not running text (as in article.ts). */
const MAX_LINK_DENSITY = 0.3;
/** Teaser headings: a card's title links to the story it announces. */
const HEADING_TAGS = new Set(["H2", "H3", "H4"]);

function hasArticleHint(index: DocIndex): boolean {
  if (index.articleBodies.length > 0) return true;
  for (const m of index.metas) {
    const key = m.getAttribute("property") ?? m.getAttribute("name");
    if (key === "og:type" && m.getAttribute("content")?.toLowerCase() === "article") return true;
  }
  return index.ldScripts.some((s) => LD_ARTICLE.test(s.textContent ?? ""));
}

function linkTextLength(el: Element): number {
  let n = 0;
  for (const a of descendants(el, "a")) n += collapsedLength(a.textContent ?? "");
  return n;
}

/** A <p> of running text: a sentence long, not a link itself and not mostly links. */
function isRunningParagraph(p: Element): boolean {
  const raw = p.textContent ?? "";
  if (raw.length < LONG_TEXT.denseChars) return false;
  const length = collapsedLength(raw);
  if (length < LONG_TEXT.chars && !(length >= LONG_TEXT.denseChars && isDenseScript(raw))) return false;
  return !p.closest("a") && linkTextLength(p) <= MAX_LINK_DENSITY * length;
}

/**
 * A div-soup block of running text: words, not a blob of data (search pages keep JSON in hidden <div>s),
 * not inside a link, and not part of a <p> (whose text is counted as the paragraph's).
 */
function isRunningBlock(el: Element): boolean {
  const raw = el.textContent ?? "";
  const spaces = raw.length - raw.replace(/\s+/g, "").length;
  return (spaces * 20 >= raw.length || isDenseScript(raw)) && !el.closest("a, p");
}

/** A heading child that links elsewhere: the element is a teaser card (title link over a blurb). */
function hasLinkedHeading(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const tag = tagOf(c);
    if ((HEADING_TAGS.has(tag) && c.querySelector("a")) || (tag === "A" && c.querySelector("h2, h3, h4"))) return true;
  }
  return false;
}

/** How far up a block counts for its ancestors: paragraphs often sit in a wrapper or two of their own. */
const GROUP_LEVELS = 3;

/**
 * Counts running-text blocks per ancestor (up to GROUP_LEVELS up) and returns the largest count (stopping
 * at `enough`). A story's paragraphs are siblings, or cousins under per-paragraph wrappers; a front page's
 * blurbs sit one per teaser card. So a blurb counts up to its card (the ancestor with a linked heading)
 * and not for the list of cards around it: a page of teasers never gathers a story's worth in one place.
 */
function largestGroup(blocks: Iterable<Element>, enough: number): number {
  const counts = new Map<Element, number>();
  const isCard = new Map<Element, boolean>();
  let best = 0;
  for (const block of blocks) {
    let el = block.parentElement;
    for (let level = 0; el && level < GROUP_LEVELS; level++, el = el.parentElement) {
      const n = (counts.get(el) ?? 0) + 1;
      counts.set(el, n);
      if (n > best) best = n;
      let card = isCard.get(el);
      if (card === undefined) isCard.set(el, (card = hasLinkedHeading(el)));
      if (card) break;
    }
    if (best >= enough) break;
  }
  return Math.min(best, enough);
}

/** Running <p>s first: text blocks are only looked for when the paragraphs are not enough. */
function* runningBlocks(index: DocIndex, textBlocks: () => Element[]): Generator<Element> {
  for (const p of index.paragraphs) if (isRunningParagraph(p)) yield p;
  for (const el of textBlocks()) if (isRunningBlock(el)) yield el;
}

/**
 * A quick look at a page before the density scoring: looks for article hints and for blocks of running
 * text standing together, as a story's paragraphs do (a front page's teaser blurbs each stand alone).
 * Costs a fraction of a millisecond on typical pages.
 */
export function precheck(index: DocIndex, enough = 3): Precheck {
  let blocks: Element[] | null = null;
  const textBlocks = () => (blocks ??= findTextBlocks(index));
  let long = largestGroup(runningBlocks(index, textBlocks), enough);
  // <br> layouts keep a story in one block between line breaks (only when some block holds a sentence's
  // worth of text itself: menus use <br>s too).
  if (long < enough && index.breaks >= 6 && textBlocks().length > 0) long = enough;
  return { isArticleHinted: hasArticleHint(index), longParagraphs: long };
}
