/** Small read-only DOM helpers shared by article detection, text mapping and clutter detection. */
import { isJsSpace } from "../../core/char-tests.ts";
import { collapseSpaces } from "../../core/clutter-lexicon.ts";

const ELEMENT = 1;
const TEXT = 3;
export { ELEMENT, TEXT };

/** Tags whose content is never article text. */
export const NON_CONTENT_TAGS = new Set([
  "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "IFRAME", "SVG", "MATH", "TEXTAREA", "INPUT", "SELECT", "OPTION",
  "BUTTON", "OBJECT", "EMBED", "CANVAS", "VIDEO", "AUDIO", "MAP", "DIALOG", "LINK", "META", "HEAD", "TITLE",
]);

/** Tags that start a new paragraph in the text the core sees. */
export const BLOCK_TAGS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "BR", "CENTER", "DD", "DETAILS", "DIV", "DL", "DT", "FIELDSET",
  "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN",
  "NAV", "OL", "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TBODY", "TD", "TH", "THEAD", "TR", "UL",
]);

/** Upper-cased tag names by tag name: a page has a few dozen, read again and again. */
const UPPER_TAGS = new Map<string, string>();

/**
 * Upper-case tag name, also for SVG/XML elements whose tagName keeps its case. Looking the name up costs
 * about two thirds of upper-casing it on every call (measured in Chromium over a page's elements).
 */
export function tagOf(el: Element): string {
  const name = el.tagName;
  let upper = UPPER_TAGS.get(name);
  if (upper === undefined) {
    // Custom elements make the set of names open: keep it bounded.
    if (UPPER_TAGS.size >= 500) UPPER_TAGS.clear();
    UPPER_TAGS.set(name, (upper = name.toUpperCase()));
  }
  return upper;
}

function splitWordsByRegex(s: string): string[] {
  return s.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

const isLowerOrDigit = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/**
 * Lower-case ASCII words of a class or id, split at non-alphanumerics and at lower-to-upper case changes.
 * One scan without regular expressions; names with non-ASCII characters take the regex path, whose
 * `toLowerCase()` can turn some of them into ASCII letters ("İ", the Kelvin sign).
 */
export function splitWords(s: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return splitWordsByRegex(s);
    const upper = c >= 65 && c <= 90;
    if (upper || isLowerOrDigit(c)) {
      if (start < 0) start = i;
      else if (upper && isLowerOrDigit(s.charCodeAt(i - 1))) {
        out.push(s.slice(start, i).toLowerCase());
        start = i;
      }
    } else if (start >= 0) {
      out.push(s.slice(start, i).toLowerCase());
      start = -1;
    }
  }
  if (start >= 0) out.push(s.slice(start).toLowerCase());
  return out;
}

/**
 * Words of an element's class and id: "c-adSlot__label" → ["c", "ad", "slot", "label"]. Long ids are
 * left out: they are usually slugs of the content ("debt-as-a-share-of-gdp" is not a share bar).
 */
export function nameTokens(el: Element): string[] {
  return nameTokensOf(el.getAttribute("class") ?? "", el.getAttribute("id") ?? "");
}

/** `nameTokens` of an element with this class and id (each "" when absent), for callers that read them already. */
export function nameTokensOf(cls: string, id: string): string[] {
  if (!cls && !id) return [];
  const idWords = id ? splitWords(id) : [];
  return idWords.length <= 3 ? [...splitWords(cls), ...idWords] : splitWords(cls);
}

/** Hidden by markup alone (no computed style): hidden attribute, aria-hidden, inline display:none. */
export function isHiddenByMarkup(el: Element): boolean {
  // Most elements of running text and page furniture have no attributes at all: one call settles them.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute("hidden")) return true;
  if (el.getAttribute("aria-hidden") === "true") return true;
  const style = el.getAttribute("style");
  if (style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  const ce = el.getAttribute("contenteditable");
  if (ce !== null && ce !== "false") return true;
  return false;
}

/**
 * Whether a text has at least `min` runs of non-space characters (`textOf`'s words: `raw` collapsed, trimmed
 * and split at spaces), counted without building the collapsed text.
 */
export function hasWordRuns(raw: string, min: number): boolean {
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < raw.length; i++) {
    const isSpace = isJsSpace(raw.charCodeAt(i));
    if (!isSpace && !inRun && ++runs >= min) return true;
    inRun = !isSpace;
  }
  return false;
}

/** Whitespace-collapsed text of a node (`collapseSpaces` of its text). */
export function textOf(node: Node | null | undefined): string {
  return collapseSpaces(node?.textContent ?? "");
}

/**
 * `el.textContent`, read from the text node itself when it is the element's only child (most paragraphs):
 * browsers build a new string for `textContent` on every call, not for a text node's data.
 */
export function rawText(el: Element): string {
  const only = el.firstChild;
  if (only && only === el.lastChild && only.nodeType === TEXT) return (only as Text).data;
  return el.textContent ?? "";
}

/** Length of whitespace-collapsed text, without building the collapsed string for large nodes. */
export function textLength(node: Node): number {
  return collapsedLength(node.textContent ?? "");
}

/** Length of the trimmed text an element holds directly (its own text nodes, not its children's). */
export function directTextLength(el: Element): number {
  let n = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) n += (c.nodeValue ?? "").trim().length;
  return n;
}

/**
 * `directTextLength(el) >= min`, without trimming (and so copying) each text node unless the raw text is
 * long enough: most containers hold only whitespace between their children.
 */
export function hasDirectText(el: Element, min: number): boolean {
  let raw = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) raw += (c as CharacterData).length;
  return raw >= min && directTextLength(el) >= min;
}

/** White space other than single spaces between words: what makes collapsing change a text's length. */
const IRREGULAR_SPACE = /[\t\n\f\r\u00a0]| {2}/;

/**
 * True when collapsing white space (as `collapsedLength` does) leaves the text as it is: single spaces
 * between words, none at either end. A native regex test, several times faster than a loop in script.
 */
export function isCollapsed(raw: string): boolean {
  return raw.charCodeAt(0) !== 32 && raw.charCodeAt(raw.length - 1) !== 32 && !IRREGULAR_SPACE.test(raw);
}

/** `textLength` of a node whose text has been read already. */
export function collapsedLength(raw: string): number {
  if (isCollapsed(raw)) return raw.length;
  let n = 0;
  let space = true;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 12) {
      if (!space) { n++; space = true; }
    } else { n++; space = false; }
  }
  return space && n > 0 ? n - 1 : n;
}

/** Share of an element's text that sits inside links (0 when it has no text). */
export function linkDensity(el: Element, length = textLength(el)): number {
  if (!length) return 0;
  let links = 0;
  for (const a of descendants(el, "a")) links += textLength(a);
  return Math.min(1, links / length);
}

/** A character of the scripts `isDenseScript` looks for (kana, CJK ideographs, hangul). */
const DENSE_CHAR = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/** Scripts that write without spaces between words: a character carries more than a Latin letter. */
export function isDenseScript(text: string): boolean {
  return DENSE_CHAR.test(text.slice(0, 200));
}

/**
 * `isDenseScript(textOf(node))` from the node's raw text, without building the collapsed text: a native
 * search for the first dense character, then (only when it is not among the first 200 raw characters, which
 * are all among the first 200 collapsed ones) a scan for its place in the collapsed text.
 */
export function startsDense(raw: string): boolean {
  const first = raw.search(DENSE_CHAR);
  if (first < 0) return false;
  if (first < 200) return true;
  let at = 0; // position in the collapsed, trimmed text
  let gap = false;
  for (let i = 0; i < first; i++) {
    if (isJsSpace(raw.charCodeAt(i))) {
      if (at > 0) gap = true;
      continue;
    }
    if (gap) { at++; gap = false; }
    if (++at >= 200) return false;
  }
  return (gap ? at + 1 : at) < 200;
}

/** Nearest ancestor-or-self matching a predicate, stopping below `stop`. */
export function closest(el: Element | null, test: (e: Element) => boolean, stop?: Element | null): Element | null {
  for (let e = el; e && e !== stop; e = e.parentElement) if (test(e)) return e;
  return null;
}

/** Lowest common ancestor of two elements. */
export function commonAncestor(a: Element, b: Element): Element {
  const seen = new Set<Element>();
  for (let e: Element | null = a; e; e = e.parentElement) seen.add(e);
  for (let e: Element | null = b; e; e = e.parentElement) if (seen.has(e)) return e;
  return a.ownerDocument.documentElement;
}

/** True when `a` comes before `b` in document order. */
export function isBefore(a: Node, b: Node): boolean {
  // Node.DOCUMENT_POSITION_FOLLOWING = 4
  return (a.compareDocumentPosition(b) & 4) !== 0;
}

/**
 * Descendant elements of `root` in document order, optionally only those with a tag name. Uses a
 * TreeWalker: iterating live HTMLCollections is very slow in jsdom (it resolves named items per index).
 */
export function descendants(root: Element | Document, tag?: string): Element[] {
  const out: Element[] = [];
  const want = tag?.toUpperCase();
  const doc = "documentElement" in root ? root : root.ownerDocument;
  const start = "documentElement" in root ? root.documentElement : root;
  if (!start) return out;
  if (start !== root && (!want || tagOf(start) === want)) out.push(start);
  const walker = doc.createTreeWalker(start, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!want || tagOf(n as Element) === want) out.push(n as Element);
  }
  return out;
}

/** True when `root` has a descendant with this tag name. */
export function hasDescendant(root: Element, tag: string): boolean {
  const want = tag.toUpperCase();
  const walker = root.ownerDocument.createTreeWalker(root, 1);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (tagOf(n as Element) === want) return true;
  return false;
}

/** True when `root` has a descendant with one of these (upper-case) tag names: one walk for all of them. */
export function hasDescendantIn(root: Element, tags: ReadonlySet<string>): boolean {
  const walker = root.ownerDocument.createTreeWalker(root, 1);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (tags.has(tagOf(n as Element))) return true;
  return false;
}

/**
 * Whether an element, or one of its ancestors below `root`, passes `test`: remembered per element, so that
 * elements asked about in turn (the paragraphs of a page) have each of their shared ancestors tested once.
 * For one run over an unchanging tree.
 */
export function createAncestorTest(root: Element, test: (el: Element) => boolean): (el: Element) => boolean {
  const known = new Map<Element, boolean>();
  return (el) => {
    const path: Element[] = [];
    let verdict = false;
    for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
      const seen = known.get(e);
      if (seen !== undefined) { verdict = seen; break; }
      path.push(e);
      if (test(e)) { verdict = true; break; }
    }
    for (const e of path) known.set(e, verdict);
    return verdict;
  };
}
