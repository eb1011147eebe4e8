import { directTextLength, tagOf } from "./dom.ts";

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
  /** <div>/<td>/<section> elements holding a sentence's worth of text directly (div soup, old layouts). */
  textBlocks: number;
  /** <br> elements (text laid out with line breaks instead of paragraphs). */
  breaks: number;
  /** Number of elements in the document. */
  size: number;
}

/**
 * Walks the document once (a TreeWalker: cheap in browsers and in jsdom, where iterating live
 * HTMLCollections is slow) and files the elements detection needs by kind.
 */
export function indexDocument(doc: Document): DocIndex {
  const index: DocIndex = {
    metas: [], ldScripts: [], paragraphs: [], headings: { h1: [], h2: [] }, times: [], articleBodies: [], title: null, textBlocks: 0, breaks: 0, size: 0,
  };
  const root = doc.documentElement;
  if (!root) return index;
  const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let n: Node | null = root; n; n = walker.nextNode()) {
    const el = n as Element;
    index.size++;
    switch (tagOf(el)) {
      case "P": index.paragraphs.push(el); break;
      case "META": index.metas.push(el); break;
      case "SCRIPT":
        if (el.getAttribute("type")?.trim().toLowerCase() === "application/ld+json") index.ldScripts.push(el);
        break;
      case "H1": index.headings.h1.push(el); break;
      case "H2": index.headings.h2.push(el); break;
      case "TIME": index.times.push(el); break;
      case "TITLE": if (!index.title) index.title = el; break;
      case "BR": index.breaks++; break;
      case "DIV": case "TD": case "SECTION": case "SPAN":
        if (directTextLength(el) >= 120) index.textBlocks++;
        break;
    }
    const prop = el.getAttribute("itemprop");
    if (prop && /(?:^|\s)articleBody(?:\s|$)/.test(prop)) index.articleBodies.push(el);
  }
  return index;
}
