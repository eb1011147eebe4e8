import { ELEMENT, TEXT, nameTokens, tagOf } from "./dom.ts";

const MONTHS =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|" +
  "januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|" +
  "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|" +
  "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря";
/** A calendar date or a time stamp, in the common formats of news pages. */
const DATE = new RegExp(
  `(?:\\b(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2}\\b|\\b\\d{1,2}\\.?\\s+(?:${MONTHS})\\.?,?\\s+(?:19|20)\\d{2}\\b|` +
    `\\b(?:19|20)\\d{2}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}[./]\\d{1,2}[./](?:19|20)?\\d{2}\\b|\\d{4}年\\d{1,2}月\\d{1,2}日|` +
    `\\b\\d{1,2}[:.]\\d{2}\\s*(?:am|pm|a\\.m\\.|p\\.m\\.|gmt|utc|et|bst|cet)\\b|\\b(?:updated|published|posted)\\b)`,
  "iu",
);
const BYLINE = /(?:^|\n|\s)(?:by|par|von|por|door|di)\s+\p{Lu}\p{L}+/u;
const DATELINE = /^[\p{Lu}][\p{Lu}\s,.'-]{2,40}(?:\((?:AP|AFP|Reuters|dpa|UPI|ANI|PTI|Xinhua|IANS)\))?\s*[—–-]\s/u;
/** `el` comes after `ref` and is not inside it. */
function isAfter(el: Element, ref: Element): boolean {
  const pos = ref.compareDocumentPosition(el);
  return (pos & 4) !== 0 && (pos & 16) === 0; // FOLLOWING, not CONTAINED_BY
}
/** How far past the headline to look: bylines and dates sit right under it. */
const MAX_NODES = 300;
const SIGNAL_WORDS = new Set(["byline", "author", "dateline", "timestamp", "date", "published", "pubdate", "time"]);

/**
 * Whether the text between the headline and the story (and the story's first words) reads like a news
 * story's furniture: a date, a time stamp, a byline or a dateline ("KABUL (AP) — …"). Pages with no
 * structured data need one of these to count as articles; wiki and documentation pages have none there.
 */
export function hasNewsSignal(from: Element, firstParagraph: Element): boolean {
  const lead = (firstParagraph.textContent ?? "").trim().slice(0, 120);
  if (DATELINE.test(lead) || DATE.test(lead)) return true;
  const doc = from.ownerDocument;
  const walker = doc.createTreeWalker(from.parentElement ?? from, 1 | 4);
  walker.currentNode = from;
  let text = "";
  let budget = MAX_NODES;
  for (let n: Node | null = walker.currentNode; n && n !== firstParagraph && text.length < 1500 && budget-- > 0; n = walker.nextNode()) {
    if (n.nodeType === TEXT) text += ` ${n.nodeValue ?? ""}`;
    else if (n.nodeType === ELEMENT) {
      const el = n as Element;
      const tag = tagOf(el);
      if (tag === "SCRIPT" || tag === "STYLE") continue;
      if (tag === "TIME" || el.hasAttribute("datetime") || el.getAttribute("rel") === "author") return true;
      if (nameTokens(el).some((t) => SIGNAL_WORDS.has(t))) return true;
      if (isAfter(el, firstParagraph)) break;
    }
  }
  return DATE.test(text) || BYLINE.test(text);
}

const BYLINE_NAMES = new Set(["byline", "bylines", "author", "authors", "writer", "contributor"]);
const BY_PREFIX = /^(?:by|par|von|por|door|di|av|af|przez|от|автор:?)\s+/iu;

/**
 * The byline printed near the headline (rel="author", itemprop="author", a "byline"/"author" class),
 * without its "By" prefix; null when there is none before the story starts.
 */
export function findBylineText(from: Element, firstParagraph: Element): string | null {
  const walker = from.ownerDocument.createTreeWalker(from.parentElement ?? from, 1);
  walker.currentNode = from;
  let budget = MAX_NODES;
  for (let n = walker.nextNode(); n && n !== firstParagraph && budget-- > 0; n = walker.nextNode()) {
    const el = n as Element;
    if (isAfter(el, firstParagraph)) break;
    const marked = el.getAttribute("rel") === "author" || /\bauthor\b/.test(el.getAttribute("itemprop") ?? "") ||
      nameTokens(el).some((t) => BYLINE_NAMES.has(t));
    if (!marked) continue;
    const text = (el.textContent ?? "").replace(/\s+/g, " ").trim().replace(BY_PREFIX, "");
    if (text.length >= 3 && text.length <= 120) return text;
  }
  return null;
}
