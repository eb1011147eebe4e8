import { collapseSpaces, isPlainText, isPromoLabel, labelKind, startsLikePromoLabel, startsWithPromoLabel } from "../core/clutter-lexicon.ts";
import { NOT_LATIN, NOT_WORD, latinCode } from "../core/latin.ts";
import type { ClutterKind } from "../core/types.ts";
import { attributeNamesOf, hasVideoName, isAdSlotMarkup, isChrome, kindByName } from "./clutter/signals.ts";
export { isStoryEcho, storyEchoes } from "./clutter/echoes.ts";
import { BLOCK_TAGS, NON_CONTENT_TAGS, createAncestorTest, descendants, hasDirectText, isBefore, isHiddenByMarkup, tagOf } from "./detect/dom.ts";
import { descendantRange, scanPageTextSteps, type PageText, type TextStat } from "./detect/text-stats.ts";
import { detectionScan } from "./article.ts";
import { runSteps, type Steps } from "./steps.ts";
import type { ArticleCandidate, ClutterElement } from "./types.ts";

/** Limits, in non-space characters. */
const LIMIT = { label: 80, teaser: 200, box: 2500 };
const SKIP_TAGS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "HEAD", "SELECT", "TEXTAREA"]);
const HEADLINE_WORDS = 4;
/** How a sentence ends (a teaser title does not). */
const SENTENCE_END = /[.!?]["”’]?$/;
/**
 * Elements looked at between two steps of the walks (see steps.ts): a few milliseconds' worth on a cold
 * page, so that a live blog of thousands of posts is read in many short steps, not one long one.
 */
const ELEMENTS_PER_STEP = 1500;

interface Seed {
  element: Element;
  kind: ClutterKind;
}

function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (tagOf(c) !== "BR" && BLOCK_TAGS.has(tagOf(c))) return true;
  return false;
}

/** `textOf(el)` from its `textContent` read already. */
const collapse = collapseSpaces;

/**
 * `labelKind(collapse(raw))`, remembered per raw text for one run: nested elements often read the same (a
 * menu's <li>, its <a> and the <span> inside, which share their text: see `shortTextAt`), and a text is
 * read only the first time it is seen. Null at once for a plain text (`isPlainText`), which can neither be
 * a label nor start with one.
 */
type LabelKinds = (raw: string) => ClutterKind | null;

function createLabelKinds(): LabelKinds {
  const known = new Map<string, ClutterKind | null>();
  return (raw) => {
    let kind = known.get(raw);
    if (kind === undefined) known.set(raw, kind = isPlainText(raw) ? null : labelKind(collapse(raw)));
    return kind;
  };
}

/**
 * `startsWithPromoLabel(collapse(raw))`, collapsing only texts that start with the first word of a label
 * (`startsLikePromoLabel` reads the raw text as its collapsed copy).
 */
function startsWithPromoLabelRaw(raw: string): boolean {
  return startsLikePromoLabel(raw) && startsWithPromoLabel(collapse(raw));
}

/**
 * The page's elements as the text scan listed them (document order, with tags, subtree ends and lone
 * texts): the walks below run over these arrays instead of the DOM, skipping a subtree by jumping to its end.
 */
interface Scan {
  page: PageText;
  /** The element the scan was made of (the body). */
  root: Element;
}

/**
 * Calls `visit` with each descendant of `el` and its index in the scan (-1 when `el` is outside the scanned
 * root and the DOM is walked instead), yielding every ELEMENTS_PER_STEP elements.
 */
function* eachDescendant(scan: Scan, el: Element, visit: (d: Element, tag: string, at: number) => void): Steps<void> {
  const range = descendantRange(scan.page, scan.root, el);
  if (!range) {
    let n = 0;
    for (const d of descendants(el)) {
      if (++n % ELEMENTS_PER_STEP === 0) yield;
      visit(d, tagOf(d), -1);
    }
    return;
  }
  const { elements, tags } = scan.page;
  for (let i = range[0]; i < range[1]; i++) {
    if ((i - range[0] + 1) % ELEMENTS_PER_STEP === 0) yield;
    visit(elements[i]!, tags[i]!, i);
  }
}

/**
 * Elements that hold story text, which clutter must never contain: the ancestors of story paragraphs, of
 * every other plain paragraph inside the story and of the headline.
 */
function* protectedElements(article: ArticleCandidate, scan: Scan, kindOf: LabelKinds): Steps<{ guard: Set<Element>; paragraphs: Set<Element> }> {
  const guard = new Set<Element>();
  const paragraphs = new Set<Element>(article.paragraphs ?? []);
  const { stats, loneTexts } = scan.page;
  const skip = article.skip;
  for (const root of article.roots) {
    // Whether a paragraph or one of its ancestors below the root is left out of the article text.
    const isLeftOut = skip ? createAncestorTest(root, skip) : () => false;
    yield* eachDescendant(scan, root, (p, tag, at) => {
      // Detection's story paragraphs are in already; the rest are tested from the cheapest test up.
      if (paragraphs.has(p)) return;
      const s = stats.get(p);
      if (!s || s.chars < 25 || s.linkChars > s.chars * 0.3) return;
      // <p>s, and blocks holding a sentence directly (div soup): the story's short paragraphs too.
      if (tag !== "P" && !hasDirectText(p, 40)) return;
      // Paragraphs the article text leaves out (asides, captions, teasers) are not story text.
      if (isLeftOut(p)) return;
      // A label, or a teaser under one, is not story text; most paragraphs are too long to read as labels.
      const raw = (at >= 0 ? loneTexts[at] : undefined) ?? p.textContent ?? "";
      if (kindOf(raw) || startsWithPromoLabelRaw(raw)) return;
      paragraphs.add(p);
    });
  }
  const add = (el: Element | null | undefined) => {
    for (let e = el ?? null; e && !guard.has(e); e = e.parentElement) guard.add(e);
  };
  for (const p of paragraphs) add(p);
  add(article.headline);
  return { guard, paragraphs };
}

function linkShare(s: TextStat | undefined): number {
  return s && s.chars ? s.linkChars / s.chars : 0;
}

/**
 * How many runs of letters and digits a text has (`text.match(/[\p{L}\p{N}]+/gu).length`), counted up to
 * `max` (a longer text gives `max`): spaces do not change it, so a link's raw text is read as it is;
 * Latin-script text (see core/latin.ts) is counted without the Unicode classes.
 */
export function wordCount(text: string, max = Infinity): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = latinCode(text.charCodeAt(i));
    if (c === NOT_LATIN) return Math.min(text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0, max);
    const isWordChar = c !== NOT_WORD;
    if (isWordChar && !inWord && ++words >= max) return max;
    inWord = isWordChar;
  }
  return words;
}

/**
 * A list of headline-like links ("related", "most read" lists): most of its links have several words
 * (menus have one or two). A list (<ul>/<ol>) of a single such link counts too (one teaser per list).
 * `at` is the element's index in the scan.
 */
function isHeadlineList(at: number, tag: string, stat: TextStat, scan: Scan, linkWords: Map<Element, number>): boolean {
  if (stat.chars < 20 || stat.chars > LIMIT.box || linkShare(stat) < 0.7) return false;
  let headlines = 0, links = 0;
  const { elements, tags, ends } = scan.page;
  for (let i = at + 1, end = ends[at]!; i < end; i++) {
    if (tags[i] !== "A") continue;
    const a = elements[i]!;
    // Lists nest (a box around a list): each link is counted once per run.
    let words = linkWords.get(a);
    if (words === undefined) linkWords.set(a, words = wordCount(a.textContent ?? "", HEADLINE_WORDS));
    if (!words) continue;
    links++;
    if (words >= HEADLINE_WORDS) headlines++;
  }
  if (headlines >= 2 && headlines >= links * 0.6) return true;
  return headlines === 1 && links === 1 && (tag === "UL" || tag === "OL") && linkShare(stat) >= 0.9;
}

/** What `trim()` leaves something of: `\s` is the same white space. */
const NOT_SPACE = /\S/;

/** Longest clutter text reported, in characters: a longer one is cut (see `cutText`). */
const TEXT_MAX = 1000;

/**
 * An element's text as it reads, hidden parts and scripts left out. Blocks, and elements that directly
 * follow another element (share links, list items), are kept apart: "del.icio.us Digg", while inline
 * markup inside running text is not ("Sign up for our<a>Newsletter.</a>").
 *
 * A text longer than TEXT_MAX may be returned cut short (but still longer than TEXT_MAX), once what was
 * read of it is: reading on would only change what is cut off, since collapsing the text read so far
 * gives a prefix of the whole collapsed text. A large box (a column of teasers) is not read to its end.
 */
function readableText(el: Element): string {
  const parts: string[] = [];
  const collapsed = () => parts.join("").replace(/\s+/g, " ").trim();
  // Characters read, and the count at which to collapse what was read to see whether it is long enough.
  let read = 0, nextCheck = 4 * TEXT_MAX;
  let isLongEnough = false;
  const walk = (e: Element) => {
    let previousWasElement = false;
    for (let c = e.firstChild; c && !isLongEnough; c = c.nextSibling) {
      const type = c.nodeType;
      if (type === 3) {
        const v = (c as Text).data;
        // White space only (indentation, mostly) becomes one space: the same once the text is collapsed,
        // without joining every run of it first.
        if (NOT_SPACE.test(v)) {
          parts.push(v);
          previousWasElement = false;
          if ((read += v.length) >= nextCheck) {
            if (collapsed().length > TEXT_MAX) isLongEnough = true;
            else nextCheck *= 2;
          }
        } else if (v) parts.push(" ");
      } else if (type === 1) {
        const tag = tagOf(c as Element);
        if (NON_CONTENT_TAGS.has(tag) || isHiddenByMarkup(c as Element)) continue;
        const gap = previousWasElement || BLOCK_TAGS.has(tag) ? " " : "";
        parts.push(gap);
        walk(c as Element);
        parts.push(gap);
        previousWasElement = true;
      }
    }
  };
  walk(el);
  return collapsed();
}

/** A clutter text as reported: cut after TEXT_MAX - 1 characters when longer than TEXT_MAX. */
function cutText(text: string): string {
  return text.length > TEXT_MAX ? `${text.slice(0, TEXT_MAX - 1)}…` : text;
}

/** What `seedKind` needs to know about the run besides the element. */
interface SeedContext {
  scan: Scan;
  isInStory: (el: Element) => boolean;
  linkWords: Map<Element, number>;
  kindOf: LabelKinds;
}

/**
 * `el.textContent`, or a text that `collapse` turns into the same, for the element at `at` in the scan:
 * the lone text (see PageText) of the element, or of its only element child, grandchild… as long as the
 * text around each is white space. Menu items and teasers nest (<li><a><span>World</span></a></li>):
 * their text is not built again for each wrapper.
 *
 * The scan lists an element's first element child right after it; that child is the only one when its
 * subtree ends where the element's does, and the element's own text nodes are white space when the child
 * holds all of its non-space characters (countChars' spaces are all white space to `\s`).
 */
function shortTextAt(page: PageText, at: number, stat: TextStat): string {
  const { elements, ends, stats, loneTexts } = page;
  for (let i = at; ; i++) {
    const lone = loneTexts[i];
    if (lone !== undefined) return lone;
    const isWrapper = i + 1 < ends[i]! && ends[i + 1] === ends[i] && stats.get(elements[i + 1]!)?.chars === stat.chars;
    if (!isWrapper) return elements[i]!.textContent ?? "";
  }
}

/**
 * Why an element is clutter, or null. `at` is its index in the scan, `tag` its tag, `names` its attribute
 * names (`attributeNamesOf`).
 */
function seedKind(el: Element, at: number, tag: string, names: readonly string[], stat: TextStat, context: SeedContext): ClutterKind | null {
  if (isAdSlotMarkup(el, names, tag)) return "ad";
  const raw = stat.chars && stat.chars <= LIMIT.teaser ? shortTextAt(context.scan.page, at, stat) : "";
  if (raw) {
    const kind = context.kindOf(raw);
    if (kind && kind !== "related") return stat.chars <= LIMIT.label || kind === "newsletter" ? kind : null;
    if (kind === "related") {
      const text = collapse(raw);
      if (isPromoLabel(text) || linkShare(stat) >= 0.3 || (stat.chars <= 120 && !SENTENCE_END.test(text))) return "related";
    } else if (stat.chars <= 2 * LIMIT.teaser && linkShare(stat) >= 0.2 && startsWithPromoLabelRaw(raw)) {
      return "related";
    }
  }
  const isNamed = names.includes("class") || names.includes("id");
  const named = isNamed && stat.chars <= LIMIT.box ? kindByName(el, names) : null;
  if (named) {
    // A box named "related"/"promo" must read like one: link-heavy or short.
    if (named !== "related" && named !== "promo") return named;
    if (linkShare(stat) >= 0.4 || stat.chars <= LIMIT.teaser) return named;
  }
  if ((tag === "UL" || tag === "OL" || tag === "TABLE" || tag === "DIV" || tag === "SECTION") && isHeadlineList(at, tag, stat, context.scan, context.linkWords)) return "related";
  if (isNamed && stat.chars <= LIMIT.teaser && hasVideoName(el, names) && context.isInStory(el)) return "promo";
  return null;
}

/**
 * Finds clutter inside and beside the article: ad slots and their labels, promo and "related" teasers,
 * newsletter and share boxes. Combines markup (class/id words, ad-slot attributes), label text in many
 * languages and link density. Never returns an element that contains story text. Read-only.
 */
export function findClutter(doc: Document, article: ArticleCandidate): ClutterElement[] {
  return runSteps(findClutterSteps(doc, article));
}

/**
 * `findClutter` as steps (see steps.ts): its walks over the page pause every ELEMENTS_PER_STEP elements.
 * The walks run over the element list of detection's text scan of the body (a new scan when the candidate
 * carries none); an element that has left the page since is never reported.
 */
export function* findClutterSteps(doc: Document, article: ArticleCandidate): Steps<ClutterElement[]> {
  const body = doc.body;
  if (!body) return [];
  // Detection counted the same body's text: reuse its counts and element list when the candidate carries them.
  const scan: Scan = { page: detectionScan(article, body) ?? (yield* scanPageTextSteps(body)), root: body };
  const { stats, elements, tags, ends } = scan.page;
  const linkWords = new Map<Element, number>();
  const kindOf = createLabelKinds();
  const { guard, paragraphs } = yield* protectedElements(article, scan, kindOf);
  const story = article.body ?? null;
  const stops = new Set<Element>([body, ...article.roots]);
  if (story) stops.add(story);

  const top = article.headline ?? article.start ?? article.roots[0] ?? null;
  const isAboveStory = (el: Element) => !!top && isBefore(el, top) && !el.contains(top) && !article.roots.some((r) => r.contains(el));
  // An article's own <header>/<footer> (share bars, tags) are not page chrome.
  const isInArticle = (el: Element) => article.roots.some((r) => r.contains(el)) && (!top || el.contains(top) || !isBefore(el, top));

  // Asked only of page chrome and of video-named boxes, so contains() walking up the tree stays cheap even
  // on deeply nested pages (a set of all the story's elements cost ~1 ms per call on a 5,000-post live blog).
  const isInStory = (el: Element) => !!story && story.contains(el);
  const context: SeedContext = { scan, isInStory, linkWords, kindOf };
  const seeds: Seed[] = [];
  // Whether to look inside an element (false: skip its subtree).
  const visit = (el: Element, tag: string, at: number): boolean => {
    if (SKIP_TAGS.has(tag)) return false;
    // Inside a story paragraph nothing is clutter; a text-holding cell with blocks of its own is walked.
    if (paragraphs.has(el) && !hasBlockChild(el)) return false;
    // Read once for the chrome test and the seed's (most elements of a page have attributes).
    const names = attributeNamesOf(el);
    if (isChrome(el, tag, names) && !isInStory(el) && !isInArticle(el)) return false;
    if (guard.has(el)) return true;
    const stat = stats.get(el);
    if (!stat) return false;
    const kind = seedKind(el, at, tag, names, stat, context);
    if (kind) {
      if (el.isConnected) seeds.push({ element: el, kind });
      return false;
    }
    return true;
  };
  for (let i = 0, visited = 0; i < elements.length; visited++) {
    if (visited > 0 && visited % ELEMENTS_PER_STEP === 0) yield;
    i = visit(elements[i]!, tags[i]!, i) ? i + 1 : ends[i]!;
  }
  // How many seeds each element holds: a box may grow only while it holds just its own seed.
  const held = new Map<Element, number>();
  for (const seed of seeds) for (let e: Element | null = seed.element; e; e = e.parentElement) held.set(e, (held.get(e) ?? 0) + 1);

  // Grow each seed to the box around it: wrappers, and for lists/labels the link-heavy box with its heading.
  // Boxes never nest (a box holds one seed), so each piece of clutter is reported once.
  const grown = new Map<Element, ClutterKind>();
  for (const seed of seeds) {
    let el = seed.element;
    for (let p = el.parentElement; p && !stops.has(p) && !guard.has(p) && !isChrome(p) && held.get(p) === 1; p = p.parentElement) {
      const ps = stats.get(p), es = stats.get(el);
      if (!ps || !es) break;
      const wrapper = ps.chars <= es.chars + 40;
      const sameKind = ps.chars <= LIMIT.box && kindByName(p) === seed.kind;
      const listBox = seed.kind !== "ad" && ps.chars <= LIMIT.box && linkShare(ps) >= 0.6;
      // "Also Read" + the teaser link next to it.
      const teaser = seed.kind === "related" && ps.chars <= 2 * LIMIT.teaser && linkShare(ps) >= 0.3;
      if (!(wrapper || sameKind || listBox || teaser)) break;
      el = p;
    }
    grown.set(el, seed.kind);
  }

  // An ad above the story and outside it is the page header's leaderboard: headers are not labelled.
  // (Boxes before the story in a side column, like "Most viewed" lists, still are.)
  const out: ClutterElement[] = [];
  for (const [el, kind] of grown) {
    if (kind === "ad" && isAboveStory(el)) continue;
    const text = readableText(el);
    if (text) out.push({ element: el, text: cutText(text), kind });
  }
  return out;
}
