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
  /**
   * <div>, <td>, <section> and <span> elements: where div soup and old layouts hold their text directly
   * (see `findTextBlocks`).
   */
  containers: Element[];
  /** <br> elements (text laid out with line breaks instead of paragraphs). */
  breaks: number;
  /** Number of elements in the document. */
  size: number;
}

/** A sentence's worth of text held directly by a <div>, <td>, <section> or <span>. */
const TEXT_BLOCK_CHARS = 120;

/**
 * The containers holding a sentence's worth of text directly (div soup, old layouts). Apart from the walk
 * because reading every container's child nodes is most of its cost, and pages with enough <p>s never
 * need it.
 */
export function findTextBlocks(index: DocIndex): Element[] {
  return index.containers.filter((el) => hasDirectText(el, TEXT_BLOCK_CHARS));
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
    metas: [], ldScripts: [], paragraphs: [], headings: { h1: [], h2: [] }, times: [], articleBodies: [], title: null, containers: [], breaks: 0, size: 0,
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
      case "div": case "td": case "section": case "span":
        index.containers.push(el);
        break;
    }
  }
  // Same test as /(?:^|\s)articleBody(?:\s|$)/ on the attribute: ~= matches one whitespace-separated word.
  index.articleBodies = Array.from(root.querySelectorAll("[itemprop~='articleBody']"));
  return index;
}
