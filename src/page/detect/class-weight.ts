import { nameTokens } from "./dom.ts";

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

/** Readability-style class weight: +25 for content-like names, −25 for clutter-like ones. */
export function classWeight(el: Element): number {
  const tokens = nameTokens(el);
  if (!tokens.length) return 0;
  let w = 0;
  if (tokens.some((t) => NEGATIVE.has(t))) w -= 25;
  if (tokens.some((t) => POSITIVE.has(t))) w += 25;
  return w;
}

/** An element whose class/id says it is navigation, comments, sidebars or similar, and not content. */
export function isUnlikelyByName(el: Element): boolean {
  const tokens = nameTokens(el);
  if (!tokens.length) return false;
  return tokens.some((t) => UNLIKELY.has(t)) && !tokens.some((t) => MAYBE.has(t));
}

/** Landmark roles that are never the story. */
export function isUnlikelyByRole(el: Element): boolean {
  const role = el.getAttribute("role");
  return role === "navigation" || role === "banner" || role === "contentinfo" || role === "complementary" ||
    role === "menu" || role === "menubar" || role === "dialog" || role === "search";
}
