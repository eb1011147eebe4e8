import { isUnlikelyByName, isUnlikelyByRole } from "./class-weight.ts";
import { statLinkDensity, type TextStat } from "./text-stats.ts";
import { BLOCK_TAGS, ELEMENT, TEXT, collapsedLength, descendants, hasDescendant, isHiddenByMarkup, startsDense, tagOf, textLength } from "./dom.ts";

/** A block of running text: a <p>, or a <div>/<td> holding text directly (div soup, old table layouts). */
export interface Paragraph {
  element: Element;
  /** Collapsed text length; for CJK scripts weighted ×3 so thresholds mean the same amount of text. */
  length: number;
  commas: number;
  linkDensity: number;
}

const PARAGRAPH_TAGS = new Set(["P", "PRE", "BLOCKQUOTE", "DD"]);
const TEXT_HOLDERS = new Set(["DIV", "TD", "SECTION", "ARTICLE", "SPAN", "FONT", "CENTER", "MAIN"]);
const UNLIKELY_TAGS = new Set(["NAV", "FOOTER", "ASIDE", "HEADER", "MENU", "DIALOG", "SELECT", "BUTTON", "LABEL", "FIGCAPTION", "FIGURE", "ADDRESS"]);

/**
 * Text an element holds itself: its text nodes and inline children, not its block children (a <td> of an
 * old layout holding the story between <br>s next to a heading and tables).
 */
function ownTextLength(el: Element): number {
  let n = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === TEXT) n += (c.nodeValue ?? "").trim().length;
    else if (c.nodeType === ELEMENT && !BLOCK_TAGS.has(tagOf(c as Element))) n += textLength(c);
  }
  return n;
}

function hasOwnBlocks(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const t = tagOf(c);
    if (t !== "BR" && BLOCK_TAGS.has(t)) return true;
  }
  return false;
}

/** True when the element has at least `min` characters in its own text nodes. */
function hasDirectTextNode(el: Element, min: number): boolean {
  let n = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === TEXT) n += (c.nodeValue ?? "").trim().length;
    if (n >= min) return true;
  }
  return false;
}

function weightedOwnLength(el: Element): number {
  const n = ownTextLength(el);
  return startsDense(el.textContent ?? "") ? n * 3 : n;
}

/** Weighted length: CJK text says as much in a third of the characters. */
export function weightedLength(el: Element): number {
  const raw = el.textContent ?? "";
  const n = collapsedLength(raw);
  if (n < 8) return n;
  return startsDense(raw) ? n * 3 : n;
}

/**
 * Collects the paragraphs of a document that could be story text, skipping hidden ones and those inside
 * navigation, footers, asides, comments and similar containers. One pass over the document, read-only.
 */
export function collectParagraphs(root: Element, stats: Map<Element, TextStat>, minLength = 25): Paragraph[] {
  const out: Paragraph[] = [];
  const unlikely = new Map<Element, boolean>();
  // A page wrapper is not a sidebar, whatever its name ("ad-portal", "nav-drawer"): it holds the main landmarks.
  const isPageWrapper = (e: Element) => ["H1", "MAIN", "ARTICLE"].some((t) => hasDescendant(e, t));
  const isInUnlikely = (el: Element): boolean => {
    const path: Element[] = [];
    let verdict = false;
    for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
      const known = unlikely.get(e);
      if (known !== undefined) { verdict = known; break; }
      path.push(e);
      const tag = tagOf(e);
      if (UNLIKELY_TAGS.has(tag) || isHiddenByMarkup(e) || isUnlikelyByRole(e) ||
        (tag !== "BODY" && isUnlikelyByName(e) && !isPageWrapper(e))) {
        verdict = true;
        break;
      }
    }
    for (const e of path) unlikely.set(e, verdict);
    return verdict;
  };
  // Array.from: indexing a live HTMLCollection is slow in some DOMs (jsdom looks up named items).
  for (const el of descendants(root)) {
    const tag = tagOf(el);
    let length: number;
    if (PARAGRAPH_TAGS.has(tag)) {
      if (tag === "BLOCKQUOTE" && hasDescendant(el, "p")) continue;
      length = weightedLength(el);
    } else if (TEXT_HOLDERS.has(tag)) {
      if (!hasDirectTextNode(el, minLength)) continue;
      length = hasOwnBlocks(el) ? weightedOwnLength(el) : weightedLength(el);
    } else continue;
    if (length < minLength) continue;
    if (isInUnlikely(el)) continue;
    const text = el.textContent ?? "";
    const commas = (text.match(/[,，、،]/g) ?? []).length;
    out.push({ element: el, length, commas, linkDensity: statLinkDensity(stats, el) });
  }
  // A <div> holding text directly may also contain <p>s counted on their own: keep the innermost ones.
  return out;
}
