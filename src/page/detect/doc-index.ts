import { hasDirectText } from "./dom.ts";

/** The elements detection looks at, gathered in one walk over the document. */
export interface DocIndex {
  metas: Element[];
  /** <script type="application/ld+json"> elements. */
  ldScripts: Element[];
  paragraphs: Element[];
  headings: { h1: Element[]; h2: Element[] };
  times: Element[];
  /** Elements with itemprop="articleBody" (microdata). */
  articleBodies: Element[];
  title: Element | null;
  /** The <body> (or the root element when there is none): where `findTextBlocks` looks. */
  body: Element | null;
  /** <br> elements (text laid out with line breaks instead of paragraphs). */
  breaks: number;
  /** Number of elements in the document. */
  size: number;
}

/** A sentence's worth of text held directly by a <div>, <td>, <section> or <span>. */
const TEXT_BLOCK_CHARS = 120;
/** Elements whose own text makes a block of running text in div soup and old table layouts. */
const CONTAINERS = new Set(["div", "td", "section", "span"]);
/** Text nodes shorter than this do not make their parent worth a look (running text comes in longer runs). */
const MIN_RUN = 20;

/**
 * The containers holding a sentence's worth of text directly (div soup, old layouts). Apart from the walk,
 * because only pages with too few <p>s need it, and by text nodes: reading the child nodes of every
 * container costs more (most hold only whitespace between their children). A container whose own text
 * comes only in pieces shorter than MIN_RUN (text cut up by many inline tags) is not found.
 */
export function findTextBlocks(index: DocIndex): Element[] {
  const out: Element[] = [];
  if (!index.body) return out;
  const walker = index.body.ownerDocument.createTreeWalker(index.body, 4 /* NodeFilter.SHOW_TEXT */);
  let last: Node | null = null;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if ((t as CharacterData).length < MIN_RUN) continue;
    const parent = t.parentNode as Element | null;
    if (!parent || parent === last) continue;
    last = parent;
    if (CONTAINERS.has(parent.localName) && hasDirectText(parent, TEXT_BLOCK_CHARS)) out.push(parent);
  }
  return out;
}

/**
 * Walks the document once (a TreeWalker: cheap in browsers and in jsdom, where iterating live
 * HTMLCollections is slow) and files the elements detection needs by kind. The walk runs on every page,
 * articles or not, so it does as little per element as it can: a switch on `localName` (lower case for
 * HTML elements in HTML and XHTML documents alike, with no upper-casing copy) and one native selector
 * query for the microdata instead of an attribute read per element.
 */
export function indexDocument(doc: Document): DocIndex {
  const index: DocIndex = {
    metas: [], ldScripts: [], paragraphs: [], headings: { h1: [], h2: [] }, times: [], articleBodies: [], title: null, body: doc.body ?? doc.documentElement, breaks: 0, size: 0,
  };
  const root = doc.documentElement;
  if (!root) return index;
  const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let n: Node | null = root; n; n = walker.nextNode()) {
    const el = n as Element;
    index.size++;
    switch (el.localName) {
      case "p": index.paragraphs.push(el); break;
      case "meta": index.metas.push(el); break;
      case "script":
        if (el.getAttribute("type")?.trim().toLowerCase() === "application/ld+json") index.ldScripts.push(el);
        break;
      case "h1": index.headings.h1.push(el); break;
      case "h2": index.headings.h2.push(el); break;
      case "time": index.times.push(el); break;
      case "title": if (!index.title) index.title = el; break;
      case "br": index.breaks++; break;
    }
  }
  // Same test as /(?:^|\s)articleBody(?:\s|$)/ on the attribute: ~= matches one whitespace-separated word.
  index.articleBodies = Array.from(root.querySelectorAll("[itemprop~='articleBody']"));
  return index;
}
