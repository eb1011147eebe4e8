import { normalizedWords } from "../../core/latin.ts";
import { descendants, isDenseScript, isHiddenByMarkup, isBefore, tagOf, textOf } from "./dom.ts";

/** Lower-case words (letters and digits) of a text, as titles and headings are compared. */
export const words = normalizedWords;

/**
 * `words(s).join(" ").length` for an ASCII text, counted without building the words; -1 for other texts. The
 * div-soup search compares it with the titles' lengths before it splits a text node into words.
 */
export function asciiJoinedLength(s: string): number {
  let chars = 0, runs = 0, inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127) return -1;
    const isWordChar = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    if (isWordChar) {
      chars++;
      if (!inWord) runs++;
    }
    inWord = isWordChar;
  }
  return runs ? chars + runs - 1 : 0;
}

/** A title as `titleSimilarity` compares it, split once for all the headings it is compared with. */
interface Title {
  text: string;
  words: string[];
  wordSet: Set<string>;
  isDense: boolean;
}

function toTitle(text: string): Title {
  const w = words(text);
  return { text, words: w, wordSet: new Set(w), isDense: isDenseScript(text) };
}

/** Token overlap between a heading and a title: 1 when they are the same words. */
export function titleSimilarity(a: string, b: string): number {
  return similarity(a, words(a), toTitle(b));
}

/** `titleSimilarity(a, title.text)`, with `x = words(a)`. */
function similarity(a: string, x: string[], title: Title): number {
  const y = title.words;
  if (!x.length || !y.length) return 0;
  // CJK titles are one "word" per run: compare characters instead.
  if (title.isDense && isDenseScript(a)) {
    const b = title.text;
    const ca = new Set(a.replace(/\s/g, "")), cb = [...b.replace(/\s/g, "")];
    const common = cb.filter((c) => ca.has(c)).length;
    return common / Math.max(ca.size, cb.length);
  }
  const set = title.wordSet;
  const common = x.filter((w) => set.has(w)).length;
  return common / Math.max(x.length, y.length);
}

const NOT_IN = new Set(["NAV", "FOOTER", "ASIDE", "MENU", "BUTTON", "A", "LABEL"]);

function isEligible(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (NOT_IN.has(tagOf(e)) && e !== el) return false;
    if (isHiddenByMarkup(e)) return false;
  }
  return true;
}

/**
 * Finds the story's headline element: an <h1>/<h2> (or, in div soup, any element) whose text matches the
 * page's title, preferring the one nearest before the body. Null when nothing in the page matches.
 */
export function findHeadline(doc: Document, titles: string[], body: Element, headings?: { h1: Element[]; h2: Element[] }): Element | null {
  let best: { el: Element; score: number } | null = null;
  const split = titles.map(toTitle);
  const consider = (el: Element, bonus: number) => {
    const text = textOf(el);
    if (text.length < 4 || text.length > 400 || !isEligible(el)) return;
    let sim = 0;
    const x = words(text);
    for (const t of split) sim = Math.max(sim, similarity(text, x, t));
    const before = body.contains(el) || isBefore(el, body);
    const score = sim + bonus + (before ? 0.2 : -0.3);
    if (sim >= 0.5 && (!best || score > best.score)) best = { el, score };
  };
  for (const el of headings?.h1 ?? descendants(doc, "h1")) consider(el, 0.15);
  for (const el of headings?.h2 ?? descendants(doc, "h2")) consider(el, 0);
  if (best) return (best as { el: Element }).el;
  // Div soup: a text node whose text is the title, nearest before the body.
  const wanted = titles.map((t) => words(t).join(" ")).filter((t) => t.length >= 10);
  if (!wanted.length || !doc.body) return null;
  const wantedLengths = new Set(wanted.map((t) => t.length));
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  let found: Element | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const raw = n.nodeValue ?? "";
    if (raw.length < 10 || raw.length > 400) continue;
    const length = asciiJoinedLength(raw);
    if (length >= 0 && !wantedLengths.has(length)) continue;
    const w = words(raw).join(" ");
    if (!wanted.includes(w)) continue;
    let el = n.parentElement;
    if (!el || !isEligible(el)) continue;
    // Grow to the block holding just this text.
    while (el.parentElement && el.parentElement !== body && textOf(el.parentElement).length === textOf(el).length) el = el.parentElement;
    if (isBefore(el, body) || body.contains(el)) found = el;
    if (!isBefore(n, body)) break;
  }
  return found;
}
