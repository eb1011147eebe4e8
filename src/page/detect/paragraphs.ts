import { createNameTests, isUnlikelyByRole, type NameTests } from "./class-weight.ts";
import { runSteps, type Steps } from "../steps.ts";
import { statLinkDensity, type PageText, type TextStat } from "./text-stats.ts";
import { BLOCK_TAGS, ELEMENT, TEXT, collapsedLength, createAncestorTest, hasDescendant, hasDescendantIn, hasDirectText, isHiddenByMarkup, rawText, startsDense, tagOf, textLength } from "./dom.ts";

/** A block of running text: a <p>, or a <div>/<td> holding text directly (div soup, old table layouts). */
export interface Paragraph {
  element: Element;
  /** Collapsed text length; for CJK scripts weighted ×3 so thresholds mean the same amount of text. */
  length: number;
  linkDensity: number;
  /** The element's `textContent`, as read to measure it. */
  text: string;
}

const PARAGRAPH_TAGS = new Set(["P", "PRE", "BLOCKQUOTE", "DD"]);
const TEXT_HOLDERS = new Set(["DIV", "TD", "SECTION", "ARTICLE", "SPAN", "FONT", "CENTER", "MAIN"]);
/** What a page wrapper holds and a sidebar does not. */
const LANDMARK_TAGS = new Set(["H1", "MAIN", "ARTICLE"]);
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

function weightedOwnLength(el: Element): number {
  const n = ownTextLength(el);
  return startsDense(rawText(el)) ? n * 3 : n;
}

/** Weighted length of a text already read: CJK text says as much in a third of the characters. */
function weightedTextLength(raw: string): number {
  const n = collapsedLength(raw);
  if (n < 8) return n;
  return startsDense(raw) ? n * 3 : n;
}

/** Weighted length: CJK text says as much in a third of the characters. */
export function weightedLength(el: Element): number {
  return weightedTextLength(rawText(el));
}

const COMMAS = [",", "\uff0c", "\u3001", "\u060c"];

/** Commas of a text (Latin, CJK full-width and ideographic, Arabic), counted without a regex match array. */
export function countCommas(text: string): number {
  let n = 0;
  // indexOf is a native search: four of them beat one loop over the characters in script.
  for (const comma of COMMAS) for (let i = text.indexOf(comma); i >= 0; i = text.indexOf(comma, i + 1)) n++;
  return n;
}

/**
 * Collects the paragraphs of a document that could be story text, skipping hidden ones and those inside
 * navigation, footers, asides, comments and similar containers. One pass over the document, read-only.
 * `names` may be shared with the density scoring, which asks about the same containers; `page`, the text
 * scan of `root`, spares a walk over its elements.
 */
export function collectParagraphs(root: Element, stats: Map<Element, TextStat>, minLength = 25, names: NameTests = createNameTests(), page?: PageText): Paragraph[] {
  return runSteps(collectParagraphsSteps(root, stats, minLength, names, page));
}

/** Elements `collectParagraphsSteps` looks at between two pauses. */
const STEP_ELEMENTS = 2000;

/** `collectParagraphs` as steps: it pauses every STEP_ELEMENTS elements of the scan's list. */
export function* collectParagraphsSteps(
  root: Element,
  stats: Map<Element, TextStat>,
  minLength = 25,
  names: NameTests = createNameTests(),
  page?: PageText,
): Steps<Paragraph[]> {
  const out: Paragraph[] = [];
  // A page wrapper is not a sidebar, whatever its name ("ad-portal", "nav-drawer"): it holds the main landmarks.
  const isPageWrapper = (e: Element) => hasDescendantIn(e, LANDMARK_TAGS);
  // Hidden, role and name tests all read attributes: an element without any (most <p>s) passes them all.
  const isUnlikelyItself = (e: Element, tag: string) => UNLIKELY_TAGS.has(tag) || (e.hasAttributes() &&
    (isHiddenByMarkup(e) || isUnlikelyByRole(e) || (tag !== "BODY" && names.isUnlikelyByName(e) && !isPageWrapper(e))));
  const isInUnlikely = createAncestorTest(root, (e) => isUnlikelyItself(e, tagOf(e)));
  const visit = (el: Element, tag: string, lone: string | undefined) => {
    let length: number;
    let text: string;
    if (PARAGRAPH_TAGS.has(tag)) {
      if (tag === "BLOCKQUOTE" && hasDescendant(el, "p")) return;
      text = lone ?? rawText(el);
      length = weightedTextLength(text);
    } else if (TEXT_HOLDERS.has(tag)) {
      // The text stats know how much text an element holds directly (most containers hold none), without
      // reading its children again (a live blog's post list has thousands).
      const stat = stats.get(el);
      if (stat ? stat.directChars < minLength : !hasDirectText(el, minLength)) return;
      text = lone ?? rawText(el);
      length = hasOwnBlocks(el) ? weightedOwnLength(el) : weightedTextLength(text);
    } else return;
    if (length < minLength) return;
    if (isInUnlikely(el)) return;
    out.push({ element: el, length, linkDensity: statLinkDensity(stats, el), text });
  };
  if (page) {
    // The elements and tags the text scan listed: no second walk over the page.
    const { elements, tags, loneTexts } = page;
    for (let i = 0; i < elements.length; i++) {
      visit(elements[i]!, tags[i]!, loneTexts[i]);
      if (i % STEP_ELEMENTS === STEP_ELEMENTS - 1) yield;
    }
  } else {
    // A TreeWalker, not an HTMLCollection: indexing a live collection is slow in some DOMs (jsdom looks up named items).
    const walker = root.ownerDocument.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) visit(n as Element, tagOf(n as Element), undefined);
  }
  // A <div> holding text directly may also contain <p>s counted on their own: keep the innermost ones.
  return out;
}
