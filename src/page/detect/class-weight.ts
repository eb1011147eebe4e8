import { splitWords } from "./dom.ts";

/**
 * Class/id words that say an element is (or is not) the story, in the spirit of Mozilla Readability's
 * regular expressions, matched against whole words of the class and id ("c-adSlot" → "ad", "slot").
 */
const POSITIVE = new Set([
  "article", "body", "content", "entry", "main", "page", "post", "text", "blog", "story", "prose", "richtext",
  "paragraph", "paragraphs", "articlebody", "storybody", "postbody", "detail",
]);
const NEGATIVE = new Set([
  "hidden", "banner", "combx", "comment", "comments", "com", "contact", "foot", "footer", "footnote", "masthead",
  "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper",
  "sponsor", "sponsored", "shopping", "tags", "tool", "tools", "widget", "ad", "ads", "advert", "advertisement",
  "social", "newsletter", "popular", "trending", "recommended", "nav", "menu", "breadcrumb", "breadcrumbs",
  "byline", "author", "caption", "credit", "subscribe", "signup", "pagination", "pager", "popup", "modal",
  "cookie", "consent", "disqus", "taboola", "teaser", "teasers", "rail", "aside",
]);
/** Containers that Readability never considers ("unlikely candidates") unless they also look like content. */
const UNLIKELY = new Set([
  "banner", "breadcrumb", "breadcrumbs", "combx", "comment", "comments", "community", "disqus", "extra", "footer",
  "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper",
  "social", "sponsor", "supplemental", "agegate", "pagination", "pager", "popup", "cookie", "consent", "newsletter",
  "nav", "navbar", "navigation", "masthead", "promo", "trending", "outbrain", "taboola", "recommended", "ad", "ads",
  "legend", "gallery", "slideshow", "carousel",
]);
const MAYBE = new Set(["and", "article", "body", "column", "content", "main", "shadow", "story", "text", "post", "entry"]);

const NEGATIVE_NAME = 1, POSITIVE_NAME = 2, UNLIKELY_NAME = 4, MAYBE_NAME = 8;

/** The lists each listed word is in, as bits: one lookup per word. */
const WORD_FLAGS = new Map<string, number>();
for (const [list, flag] of [[NEGATIVE, NEGATIVE_NAME], [POSITIVE, POSITIVE_NAME], [UNLIKELY, UNLIKELY_NAME], [MAYBE, MAYBE_NAME]] as const) {
  for (const word of list) WORD_FLAGS.set(word, (WORD_FLAGS.get(word) ?? 0) | flag);
}

/** Which of the word lists some class/id words fall in, as bits. */
function wordFlags(words: string[]): number {
  let flags = 0;
  for (const t of words) flags |= WORD_FLAGS.get(t) ?? 0;
  return flags;
}

/** Flags per class attribute value: pages repeat a few class names on thousands of elements. */
const CLASS_FLAGS = new Map<string, number>();
const CLASS_FLAGS_MAX = 2000;

function classFlags(cls: string): number {
  let flags = CLASS_FLAGS.get(cls);
  if (flags === undefined) {
    if (CLASS_FLAGS.size >= CLASS_FLAGS_MAX) CLASS_FLAGS.clear();
    CLASS_FLAGS.set(cls, (flags = wordFlags(splitWords(cls))));
  }
  return flags;
}

/** Which of the word lists an element's class/id words (`nameTokens`) fall in, as bits. */
function nameFlags(el: Element): number {
  const cls = el.getAttribute("class");
  const id = el.getAttribute("id");
  let flags = cls ? classFlags(cls) : 0;
  if (id) {
    // Long ids are slugs of the content, not names (as in nameTokens).
    const words = splitWords(id);
    if (words.length <= 3) flags |= wordFlags(words);
  }
  return flags;
}

const weightOf = (flags: number) => (flags & NEGATIVE_NAME ? -25 : 0) + (flags & POSITIVE_NAME ? 25 : 0);
const isUnlikelyFlags = (flags: number) => (flags & UNLIKELY_NAME) !== 0 && (flags & MAYBE_NAME) === 0;

/** Readability-style class weight: +25 for content-like names, −25 for clutter-like ones. */
export function classWeight(el: Element): number {
  return weightOf(nameFlags(el));
}

/** An element whose class/id says it is navigation, comments, sidebars or similar, and not content. */
export function isUnlikelyByName(el: Element): boolean {
  return isUnlikelyFlags(nameFlags(el));
}

/** `classWeight` and `isUnlikelyByName` reading each element's class and id once. */
export interface NameTests {
  classWeight(el: Element): number;
  isUnlikelyByName(el: Element): boolean;
}

/**
 * Name tests that remember each element's verdicts: the paragraph filter and the density scoring ask about
 * the same containers. For one detection run (a page may change its classes later).
 */
export function createNameTests(): NameTests {
  const memo = new Map<Element, number>();
  const flagsOf = (el: Element) => {
    let f = memo.get(el);
    if (f === undefined) memo.set(el, (f = nameFlags(el)));
    return f;
  };
  return {
    classWeight: (el) => weightOf(flagsOf(el)),
    isUnlikelyByName: (el) => isUnlikelyFlags(flagsOf(el)),
  };
}

/** Landmark roles that are never the story. */
export function isUnlikelyByRole(el: Element): boolean {
  const role = el.getAttribute("role");
  return role === "navigation" || role === "banner" || role === "contentinfo" || role === "complementary" ||
    role === "menu" || role === "menubar" || role === "dialog" || role === "search";
}
