import { AD_LABEL, matchesLabel, startsWithPromoLabel } from "../../core/clutter-lexicon.ts";
import { hasDescendant, isHiddenByMarkup, nameTokens, nameTokensOf, tagOf, textOf } from "./dom.ts";
import { statLinkDensity, type TextStat } from "./text-stats.ts";

/** Containers that are never story text unless they hold story paragraphs. */
const NON_STORY_TAGS = new Set(["NAV", "ASIDE", "FOOTER", "FIGURE", "FIGCAPTION", "MENU", "LABEL", "DIALOG", "HEADER", "FORM", "DETAILS", "ADDRESS"]);
/** Tags that are never story text. */
const SKIP_TAGS = new Set(["FIGCAPTION", "PICTURE", "IMG"]);
/** Class/id words of bylines, captions, share bars, comments, related lists and other non-story parts. */
const NON_STORY_WORDS = new Set([
  "byline", "bylines", "author", "authors", "caption", "captions", "credit", "credits", "share", "sharing", "social",
  "comment", "comments", "related", "newsletter", "promo", "ad", "ads", "advert", "advertisement", "sponsor",
  "sponsored", "tags", "tag", "breadcrumb", "breadcrumbs", "sidebar", "widget", "subscribe", "signup", "toolbar",
  "tools", "dateline", "timestamp", "date", "time", "published", "updated", "print", "email", "rating", "video",
  "gallery", "slideshow", "hidden", "nav", "menu", "footer", "trending", "popular", "recommended", "more",
  "outbrain", "taboola", "meta", "metadata", "info", "disclaimer", "copyright", "feedback", "audio", "player",
  "embed", "photo", "image", "img", "figure", "media", "topics", "keywords", "cta", "paywall", "banner",
]);
const BYLINE_START = /^(?:by|par|von|por|door|di|av|de|af|przez|от|автор|text:|texto:|fotos?:|photo:)\s/i;
const DATE_LIKE = /\b(?:\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?|(?:19|20)\d{2}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b/i;
const SENTENCE_END = /[.!?…]["”’»)]?$/;

/** Elements the article text leaves out, decided once per element. */
export interface StoryFilterOptions {
  /** Elements that contain story paragraphs or the headline: never left out. */
  protect: Set<Element>;
  /** Text and link-text counts per element (one pass over the page), so each decision is O(1). */
  stats: Map<Element, TextStat>;
}

function hasNonStoryWords(tokens: readonly string[]): boolean {
  return tokens.some((t) => NON_STORY_WORDS.has(t)) || (tokens.includes("sr") && tokens.includes("only"));
}

function isByline(el: Element, text: string): boolean {
  if (text.length > 140) return false;
  if (BYLINE_START.test(text) && text.length < 100) return true;
  if (hasDescendant(el, "time") && !SENTENCE_END.test(text)) return true;
  if (text.length < 90 && DATE_LIKE.test(text) && !SENTENCE_END.test(text) && /\d/.test(text) && (text.match(/\p{L}+/gu)?.length ?? 0) <= 10) return true;
  return false;
}

/**
 * Returns the predicate the text map uses to leave non-story parts out of the article text: hidden
 * elements, captions, bylines, share bars, related lists, ads. Elements holding story paragraphs are kept.
 */
export function createStoryFilter({ protect, stats }: StoryFilterOptions): (el: Element) => boolean {
  const cache = new Map<Element, boolean>();
  // The verdict of the class and id words, per class attribute of elements without an id: a story repeats a
  // few class names on many elements (ids are mostly unique, and are read each time).
  const byClass = new Map<string, boolean>();
  const isNonStoryByName = (el: Element): boolean => {
    if (el.hasAttribute("id")) return hasNonStoryWords(nameTokens(el));
    const cls = el.getAttribute("class");
    if (!cls) return false;
    let verdict = byClass.get(cls);
    if (verdict === undefined) byClass.set(cls, (verdict = hasNonStoryWords(nameTokensOf(cls, ""))));
    return verdict;
  };
  return (el: Element): boolean => {
    const known = cache.get(el);
    if (known !== undefined) return known;
    const verdict = decide(el);
    cache.set(el, verdict);
    return verdict;
  };
  function decide(el: Element): boolean {
    // Most elements of running text have no attributes at all: one call spares the hidden, name and role tests.
    const hasAttributes = el.hasAttributes();
    if (hasAttributes && isHiddenByMarkup(el)) return true;
    const tag = tagOf(el);
    if (SKIP_TAGS.has(tag)) return true;
    if (protect.has(el)) return false;
    if (NON_STORY_TAGS.has(tag)) return true;
    if (hasAttributes) {
      if (isNonStoryByName(el)) return true;
      const role = el.getAttribute("role");
      if (role && /^(?:navigation|complementary|contentinfo|banner|menu|toolbar|dialog|note)$/.test(role)) return true;
    }
    if (tag === "A" || tag === "SPAN" || tag === "B" || tag === "STRONG" || tag === "EM" || tag === "I") return false;
    const stat = stats.get(el);
    const length = stat?.chars ?? 0;
    if (!length) return false;
    const links = statLinkDensity(stats, el);
    const text = length < 260 ? textOf(el) : "";
    if (text) {
      if (matchesLabel(text, AD_LABEL)) return true;
      if (isByline(el, text)) return true;
      if (startsWithPromoLabel(text) && links > 0.2) return true;
    }
    if (tag !== "P" && links > 0.5) return true;
    if (tag === "P" && links > 0.8 && length < 170) return true;
    return false;
  }
}
