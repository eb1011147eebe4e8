/**
 * What clutter says about itself, in many languages: the labels of ad slots, promo and "related" boxes,
 * newsletter prompts and share bars. Data only; shared by the plain-text splitter and the page adapter.
 * Labels are compared after `normalizeLabel` (lower case, punctuation and extra spaces removed).
 */
import { isJsSpace } from "./char-tests.ts";
import { LATIN_LOWER_NON_WORDS, LATIN_TEXT } from "./latin.ts";
import type { ClutterKind } from "./types.ts";

/** Lower-cases, drops punctuation and symbols, collapses spaces: "ADVERTISEMENT:" → "advertisement". */
export function normalizeLabel(text: string): string {
  // Latin-script text (most labels, menu items and bylines) needs no normalising: see core/latin.ts.
  if (LATIN_TEXT.test(text)) return text.toLowerCase().replace(LATIN_LOWER_NON_WORDS, " ").trim();
  return text.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/**
 * True when a text cannot hold a label: every label has letters, and a text without them stays without
 * them after normalisation when it is plain ASCII ("12:30", "2024"). Others (NFKC turns "㎏" into "kg")
 * are left to the full test.
 */
function hasNoLetters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return false;
  }
  return true;
}

/** Ad slot labels, whole text of a label element or line. */
export const AD_LABEL: ReadonlySet<string> = new Set([
  "advertisement", "advertisements", "advertising", "advert", "ad", "ads", "sponsored", "sponsored content",
  "sponsored links", "sponsored link", "sponsored stories", "paid content", "paid partner content", "paid post",
  "promoted", "promoted content", "promoted stories", "partner content", "from our partners", "ad feature",
  "story continues below advertisement", "article continues below advertisement", "continue reading below",
  "advertisement scroll to continue", "advertisement continue reading below", "scroll to continue with content",
  "content continues below", "ad content", "skip advertisement", "close ad", "report this ad",
  "story continues below", "article continues below", "continue reading the main story", "supported by",
  "advertisement continue reading the main story", "ad choices", "adchoices", "advertise with us",
  // German, French, Spanish, Portuguese, Italian, Dutch, Nordic, Polish, Czech, Turkish
  "anzeige", "werbung", "gesponsert", "publicité", "publicite", "contenu sponsorisé", "publicidad", "patrocinado",
  "contenido patrocinado", "publicidade", "pubblicità", "contenuto sponsorizzato", "advertentie", "gesponsord",
  "annonse", "annons", "annonce", "mainos", "reklama", "reklame", "reklam", "sponzorováno", "sponsorowane",
  // Cyrillic, Greek, Hebrew, Arabic, CJK, Korean, Hindi
  "реклама", "спонсорский контент", "партнерский материал", "διαφήμιση", "פרסומת", "إعلان", "اعلان",
  "広告", "スポンサー", "广告", "廣告", "赞助", "광고", "विज्ञापन",
]);

/** Promo and "related" box labels: the start of a label element or line. */
export const PROMO_LABELS: readonly string[] = [
  "more", "also read", "read also", "read more", "related", "related stories", "related articles", "related content",
  "related coverage", "related news", "related topics", "related links", "related video", "related videos",
  "recommended", "recommended stories", "recommended for you", "most read",
  "most popular", "most viewed", "most shared", "trending", "trending stories", "trending now", "top stories",
  "top videos", "popular videos", "popular", "more from", "more on", "more stories", "more news", "more videos",
  "you may also like", "you might also like", "you may be interested in", "don t miss", "in other news",
  "watch", "see also", "further reading", "editor s picks", "editors picks", "latest news", "latest stories",
  "what to read next", "read next", "up next", "keep reading", "more to explore", "around the web",
  "lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "sur le même sujet", "lesen sie auch", "mehr zum thema",
  "das könnte sie auch interessieren", "auch interessant", "lee también", "leer más", "te puede interesar",
  "noticias relacionadas", "leia também", "leia mais", "leggi anche", "potrebbe interessarti", "lees ook",
  "les også", "läs också", "læs også", "czytaj też", "czytaj także", "zobacz też", "přečtěte si také",
  "читайте также", "по теме", "смотрите также", "читайте також", "devamını oku", "ilgili haberler",
  "اقرأ أيضا", "اقرأ أيضاً", "相关阅读", "相关新闻", "関連記事", "관련기사",
];

/** Newsletter and subscription prompts: any short text containing one of these. */
export const NEWSLETTER_PHRASES: readonly string[] = [
  "stay in the loop", "delivered to your inbox", "to your inbox", "invalid email", "thanks for signing up",
  "thank you for signing up", "sign up for our", "sign up to our", "subscribe to our", "daily roundup",
  "confirmation email", "inscrivez vous à notre", "abonnez vous à notre", "melden sie sich", "suscríbete a nuestro",
  "подпишитесь на рассылку",
];
/** The word "newsletter" itself: a prompt when the text is short or asks the reader to sign up. */
export const NEWSLETTER_WORDS: readonly string[] = ["newsletter", "newsletters", "nieuwsbrief", "рассылка", "infolettre"];
const SIGNUP_CALL = /\b(?:sign up|subscribe|free|inbox|register)\b/i;
/** Reported speech: "… said in its newsletter" is story text, not a prompt. */
const REPORTED = /\b(?:said|says|reported|according to|told|wrote)\b/i;
/** Weaker sign-up words: only a short text made of them is a prompt ("Sign up", "Get daily news"). */
export const SIGNUP_WORDS: readonly string[] = [
  "sign up", "signup", "subscribe", "get daily", "abonnieren", "anmelden", "suscríbete", "suscribete", "assine",
  "iscriviti", "подпишитесь", "підпишіться", "zapisz się", "s abonner", "inscrivez vous",
];

/** Share bars and other page furniture inside the story: short texts containing these. */
export const SOCIAL_PHRASES: readonly string[] = [
  "share this", "share on", "share via", "social sharing", "share this item", "share article", "share story",
  "click here to share", "copy link", "digg this", "del icio us", "tweet this", "email this", "print email",
  "follow us on", "share on facebook",
  "share on twitter", "share on whatsapp", "share on linkedin", "share by email",
];

/** Other furniture: audio players, feedback prompts, comment toggles, tip lines, "add us on Google". */
export const OTHER_PHRASES: readonly string[] = [
  "listen to this article", "have your say", "give us feedback", "show comments", "view comments",
  "got news tips", "preferred source on google", "click here to share",
];
/** Share words that are also ordinary verbs ("teilen mit"): a prompt only as a short label on their own. */
export const SHARE_WORDS: readonly string[] = ["share", "partager", "teilen", "compartir", "condividi", "compartilhar", "поделиться", "udostępnij"];
const ADD_ON_GOOGLE = /^add [\p{L}\p{N} ]{2,40} on google$/u;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A promo label at the very start of a text ("Also Read …", "READ MORE: …", "WATCH | …"). */
export const PROMO_LABEL_PREFIX = new RegExp(
  `^\\s*(?:${[...PROMO_LABELS].sort((a, b) => b.length - a.length).map((l) => escape(l).replace(/ /g, "[\\s\\W]+")).join("|")})(?:\\s*[:|–—\\-»›]|\\s*$)`,
  "iu",
);

/** Promo labels that may run straight into a teaser title, with no punctuation between them. */
const LABELS_BEFORE_TITLE: readonly string[] = [
  "also read", "read also", "read more", "see also", "related", "watch", "lire aussi", "à lire aussi", "lesen sie auch",
  "leia também", "lee también", "leggi anche", "читайте также",
];
const LABEL_THEN = new RegExp(`^(?:${LABELS_BEFORE_TITLE.map(escape).join("|")})\\s*[:|–—\\-»›]?\\s+`, "iu");

/**
 * The first words of those labels, after leading space: a text that does not start with one of them starts
 * with no promo label. Being short, it settles most texts before the long patterns above are tried.
 */
const PROMO_LABEL_START = new RegExp(
  `^\\s*(?:${[...new Set([...PROMO_LABELS, ...LABELS_BEFORE_TITLE].map((l) => l.split(" ")[0]!))].map(escape).join("|")})`,
  "iu",
);
/**
 * False when a text starts with no promo label (`startsWithPromoLabel` false), read from a raw text as from
 * its collapsed copy: after leading space, the first word of a label holds no space.
 */
export function startsLikePromoLabel(raw: string): boolean {
  return PROMO_LABEL_START.test(raw);
}

/** The title after such a label starts with a capital, a digit or a quote (not "Watch out for …"). */
const TITLE_START = /^[\p{Lu}\p{N}“"‘'«]/u;

/**
 * A promo label run straight into a teaser title, with or without punctuation between them:
 * "Also Read Russia student detained …", "READ MORE: Turkey raises death toll …".
 */
export function startsWithPromoLabel(text: string): boolean {
  if (!PROMO_LABEL_START.test(text)) return false;
  if (PROMO_LABEL_PREFIX.test(text)) return true;
  const label = LABEL_THEN.exec(text);
  return !!label && TITLE_START.test(text.slice(label[0].length));
}

/** Longest text `labelKind` reads, in characters. */
const LABEL_MAX = 160;

const hasLetterlessLabel = new WeakMap<ReadonlySet<string>, boolean>();

/** True when a text is exactly one of the labels (after normalisation). */
export function matchesLabel(text: string, labels: ReadonlySet<string>): boolean {
  if (text.length > 60) return false;
  if (hasNoLetters(text)) {
    // Plain ASCII without letters normalises to digits and spaces: only a label made of those can match.
    let letterless = hasLetterlessLabel.get(labels);
    if (letterless === undefined) hasLetterlessLabel.set(labels, letterless = [...labels].some(hasNoLetters));
    if (!letterless) return false;
  }
  return labels.has(normalizeLabel(text));
}

const OPEN_PROMO = /^(?:more (?:from|on|in|about|stories from|news from)|the latest from|most (?:read|popular|viewed) (?:in|on|from)|latest from|top stories (?:in|from)) [\p{L}\p{N} ]{2,30}$/u;

const PROMO_LABEL_SET: ReadonlySet<string> = new Set(PROMO_LABELS);

/**
 * True when the whole text is a promo label ("Related Stories", "Most read", "More from Global News").
 * `normalized` is `normalizeLabel(text)` when the caller has it already.
 */
export function isPromoLabel(text: string, normalized?: string): boolean {
  if (text.length > 50) return false;
  const n = normalized ?? normalizeLabel(text);
  return PROMO_LABEL_SET.has(n) || OPEN_PROMO.test(n);
}

const phraseRegex = new Map<readonly string[], RegExp>();

/** True when a text contains one of the phrases as whole words (after normalisation). */
export function containsPhrase(text: string, phrases: readonly string[], normalized = normalizeLabel(text)): boolean {
  let re = phraseRegex.get(phrases);
  if (!re) {
    re = new RegExp(`(?:^| )(?:${phrases.map((p) => normalizeLabel(p)).map(escape).join("|")})(?: |$)`, "u");
    phraseRegex.set(phrases, re);
  }
  return re.test(normalized);
}

/** White space that collapsing changes: a run, or one character other than a space. */
const IRREGULAR_SPACE = /\s\s|[^\S ]/;

/**
 * `raw.replace(/\s+/g, " ").trim()`, trimming first and replacing only when that would change something:
 * the text of a menu item or a link is often one word between runs of indentation ("\n      World\n    ").
 * Native calls throughout: a loop over the characters in script took about twice the time in Chromium.
 */
export function collapseSpaces(raw: string): string {
  const trimmed = raw.trim();
  return IRREGULAR_SPACE.test(trimmed) ? trimmed.replace(/\s+/g, " ") : trimmed;
}

/** What `isPlainText` counts as a letter: ASCII letters, and anything outside ASCII but white space. */
const HAS_LETTER = /[^\s\x00-\x40\x5b-\x60\x7b-\x7f]/;

/**
 * True when a text can be neither a label (`labelKind`) nor start with a promo label (`startsWithPromoLabel`):
 * it has no letters (a timestamp), or it is too long for a label and does not start like one. Collapsing
 * or trimming whitespace does not change the verdict, so it takes an element's raw `textContent` and
 * spares building the collapsed text of a timestamp or a long story paragraph just to find it is no label.
 */
export function isPlainText(raw: string): boolean {
  // No longer than a label can be: only letters decide (one native test).
  if (raw.length <= LABEL_MAX) return !HAS_LETTER.test(raw);
  let chars = 0;
  let hasLetters = false;
  for (let i = 0; i < raw.length && !(hasLetters && chars > LABEL_MAX); i++) {
    const c = raw.charCodeAt(i);
    if (isJsSpace(c)) continue;
    chars++;
    if (c > 127 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) hasLetters = true;
  }
  return !hasLetters || (chars > LABEL_MAX && !PROMO_LABEL_START.test(raw));
}

/**
 * Any of the phrases `labelKind` looks for after the promo labels: a text containing none of them (most
 * menu items, "World", "Sport") is settled with one test instead of one per list.
 */
const ANY_PHRASE = new RegExp(
  `(?:^| )(?:${[NEWSLETTER_PHRASES, NEWSLETTER_WORDS, SIGNUP_WORDS, SOCIAL_PHRASES, SHARE_WORDS, OTHER_PHRASES].flat().map((p) => escape(normalizeLabel(p))).join("|")})(?: |$)`,
  "u",
);

/** What kind of clutter a short text announces, or null when it reads like story text. */
export function labelKind(text: string): ClutterKind | null {
  // Called for every short element of a page (timestamps, counters): most are settled without normalising.
  if (text.length > LABEL_MAX || hasNoLetters(text)) return null;
  const n = normalizeLabel(text);
  if (text.length <= 60 && AD_LABEL.has(n)) return "ad";
  // The long prefix pattern only for texts that start with the first word of a label.
  if (isPromoLabel(text, n) || (PROMO_LABEL_START.test(text) && PROMO_LABEL_PREFIX.test(text))) return "related";
  if (!ANY_PHRASE.test(n)) return text.length <= 120 && ADD_ON_GOOGLE.test(n) ? "other" : null;
  if (containsPhrase(text, NEWSLETTER_PHRASES, n)) return "newsletter";
  if (containsPhrase(text, NEWSLETTER_WORDS, n) && !REPORTED.test(text) && (n.split(" ").length <= 8 || SIGNUP_CALL.test(text))) return "newsletter";
  if (text.length <= 40 && containsPhrase(text, SIGNUP_WORDS, n)) return "newsletter";
  if (text.length <= 80 && containsPhrase(text, SOCIAL_PHRASES, n)) return "social";
  if (n.split(" ").length <= 3 && containsPhrase(text, SHARE_WORDS, n)) return "social";
  if (text.length <= 120 && (containsPhrase(text, OTHER_PHRASES, n) || ADD_ON_GOOGLE.test(n))) return "other";
  return null;
}
