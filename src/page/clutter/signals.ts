import type { ClutterKind } from "../../core/types.ts";
import { nameTokensOf, splitWords, tagOf } from "../detect/dom.ts";

/** Class/id words that mark each kind of clutter box (matched as whole words of the class and id). */
export const NAME_WORDS: Record<ClutterKind, ReadonlySet<string>> = {
  ad: new Set([
    "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertisements", "advertising", "adslot", "adunit",
    "adspot", "adbox", "adcontainer", "adwrapper", "adsense", "adsbygoogle", "dfp", "gpt", "googleads",
    "doubleclick", "sponsor", "sponsored", "sponsorship", "outbrain", "taboola", "teads", "commercial",
    "werbung", "anzeige", "publicite", "publicidad", "reklama",
  ]),
  promo: new Set(["promo", "promotion", "promoted", "upsell", "cta", "flyers"]),
  related: new Set([
    "related", "recommended", "recommendation", "recommendations", "readmore", "trending", "popular", "most",
    "similar", "also", "more", "morestories", "teaser", "teasers", "smartfeed", "feed",
  ]),
  newsletter: new Set(["newsletter", "newsletters", "signup", "subscribe", "subscription", "optin"]),
  social: new Set(["share", "shares", "sharing", "sharebar", "social", "socials", "bookmarks", "bookmark", "sharetools"]),
  other: new Set(["feedback", "tools", "toolbar", "options", "comments", "comment"]),
};
/** Words that on their own say too little: they count only next to a word of the same kind. */
const WEAK = new Set(["most", "more", "also", "feed", "options", "tools", "cta", "teaser", "teasers", "comment", "comments"]);

/** Every word of `NAME_WORDS`: most class names hold none, and are settled in one pass. */
const ANY_NAME_WORD: ReadonlySet<string> = new Set(Object.values(NAME_WORDS).flatMap((words) => [...words]));

/** The clutter kind class/id words name, or null. */
function kindOfTokens(tokens: readonly string[]): ClutterKind | null {
  if (!tokens.some((t) => ANY_NAME_WORD.has(t))) return null;
  for (const kind of ["ad", "newsletter", "social", "related", "promo", "other"] as ClutterKind[]) {
    const words = NAME_WORDS[kind];
    const hits = tokens.filter((t) => words.has(t));
    if (!hits.length) continue;
    if (hits.every((t) => WEAK.has(t)) && hits.length < 2) continue;
    return kind;
  }
  return null;
}

/** What an element's class/id words say about clutter. */
interface NameFacts {
  kind: ClutterKind | null;
  /** Names a video player or playlist. */
  isVideo: boolean;
}

const VIDEO_WORDS = new Set(["video", "player", "playlist"]);
const NO_FACTS: NameFacts = { kind: null, isVideo: false };

function factsOf(tokens: readonly string[]): NameFacts {
  return { kind: kindOfTokens(tokens), isVideo: tokens.some((t) => VIDEO_WORDS.has(t)) };
}

const NO_NAMES: readonly string[] = [];

/** `el.getAttributeNames()`, without building a list for the many elements that have no attributes. */
export function attributeNamesOf(el: Element): readonly string[] {
  return el.hasAttributes() ? el.getAttributeNames() : NO_NAMES;
}

/**
 * `el.getAttribute(name) ?? ""` (`name` in lower case), not asked of the element when `names`, its
 * attribute names, show it has no such attribute: most elements have neither an id nor a role.
 */
function attributeOf(el: Element, names: readonly string[] | undefined, name: string): string {
  return !names || names.includes(name) ? el.getAttribute(name) ?? "" : "";
}

/**
 * Facts per class attribute of elements without an id: pages repeat a few class names on thousands of
 * elements (ids are mostly unique, and are not remembered).
 */
const CLASS_FACTS = new Map<string, NameFacts>();
const CLASS_FACTS_MAX = 2000;

/** `names`, when given, are the element's attribute names (`attributeNamesOf`). */
function nameFacts(el: Element, names?: readonly string[]): NameFacts {
  const id = attributeOf(el, names, "id");
  const cls = attributeOf(el, names, "class");
  // An id whose words are none of the clutter or video words (most) says what the class alone says.
  if (id && splitWords(id).some((w) => ANY_NAME_WORD.has(w) || VIDEO_WORDS.has(w))) return factsOf(nameTokensOf(cls, id));
  if (!cls) return NO_FACTS;
  let facts = CLASS_FACTS.get(cls);
  if (facts === undefined) {
    if (CLASS_FACTS.size >= CLASS_FACTS_MAX) CLASS_FACTS.clear();
    CLASS_FACTS.set(cls, (facts = factsOf(nameTokensOf(cls, ""))));
  }
  return facts;
}

/**
 * The clutter kind an element's class/id names, or null. "ad" needs a whole word ("c-ad", not "head").
 * `names`, when given, are its attribute names (`attributeNamesOf`).
 */
export function kindByName(el: Element, names?: readonly string[]): ClutterKind | null {
  return nameFacts(el, names).kind;
}

/** Whether an element's class/id words name a video player or playlist. */
export function hasVideoName(el: Element, names?: readonly string[]): boolean {
  return nameFacts(el, names).isVideo;
}

// Module constants: a regular expression literal in a function body is a new object at each call.
const ADSENSE_CLASS = /adsbygoogle/;
const AD_SLOT_ID = /^(?:div-gpt-ad|google_ads_|gpt-|dfp-|ad-slot|adslot)/i;
const AD_DATA_ATTRIBUTE = /^data-(?:ad|ads|adunit|adslot|google-query-id|dfp|gpt)(?:-|$)/;
const AD_HOSTS = /doubleclick|googlesyndication|adservice|adnxs|amazon-adsystem|criteo|taboola|outbrain|teads|adform|smartadserver/i;

/**
 * Known ad-slot markup: data-ad* attributes, GPT slot ids, AdSense <ins>, ad-server iframes. `names` is
 * `el.getAttributeNames()` when the caller has read it already, `tag` its `tagOf`.
 */
export function isAdSlotMarkup(el: Element, names: readonly string[] = el.getAttributeNames(), tag = tagOf(el)): boolean {
  if (!names.length) return false;
  if (tag === "INS" && ADSENSE_CLASS.test(attributeOf(el, names, "class"))) return true;
  const id = attributeOf(el, names, "id");
  if (id && AD_SLOT_ID.test(id)) return true;
  if (tag === "IFRAME" && AD_HOSTS.test(attributeOf(el, names, "src"))) return true;
  for (const name of names) {
    if (name.startsWith("data-") && AD_DATA_ATTRIBUTE.test(name)) return true;
  }
  return false;
}

/**
 * Page chrome outside the story: headers, footers, navigation. Gold labels leave them out. `names`, when
 * given, are the element's attribute names (`attributeNamesOf`).
 */
export function isChrome(el: Element, tag = tagOf(el), names?: readonly string[]): boolean {
  if (tag === "NAV" || tag === "HEADER" || tag === "FOOTER" || tag === "MENU") return true;
  const role = attributeOf(el, names, "role");
  return role === "navigation" || role === "banner" || role === "contentinfo" || role === "menubar" || role === "search";
}
