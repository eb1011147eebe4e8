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
 * Files the elements detection needs by kind. It runs on every page, articles or not, so it asks the
 * browser's own element lists by local name (`getElementsByTagNameNS("*", name)`: any namespace, as a
 * switch on `localName` would) and one native selector query for the microdata: about half the time of
 * one TreeWalker over every element in Chromium, where each step of the walk is a call into the DOM.
 */
export function indexDocument(doc: Document): DocIndex {
  const index: DocIndex = {
    metas: [], ldScripts: [], paragraphs: [], headings: { h1: [], h2: [] }, times: [], articleBodies: [], title: null, body: doc.body ?? doc.documentElement, breaks: 0, size: 0,
  };
  const root = doc.documentElement;
  if (!root) return index;
  const named = (name: string) => root.getElementsByTagNameNS("*", name);
  const all = (name: string) => Array.from(named(name));
  // In document order, the root included (as a walk from it would list them).
  const withRoot = (name: string) => (root.localName === name ? [root, ...all(name)] : all(name));
  index.size = root.getElementsByTagName("*").length + 1;
  index.paragraphs = withRoot("p");
  index.metas = withRoot("meta");
  index.ldScripts = withRoot("script").filter((el) => el.getAttribute("type")?.trim().toLowerCase() === "application/ld+json");
  index.headings = { h1: withRoot("h1"), h2: withRoot("h2") };
  index.times = withRoot("time");
  index.title = withRoot("title")[0] ?? null;
  index.breaks = withRoot("br").length;
  // Same test as /(?:^|\s)articleBody(?:\s|$)/ on the attribute: ~= matches one whitespace-separated word.
  index.articleBodies = Array.from(root.querySelectorAll("[itemprop~='articleBody']"));
  return index;
}
