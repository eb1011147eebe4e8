import type { Analysis, ArticleMeta, ClutterKind } from "../core/types.ts";

/** The story found in a page: its container(s) and what the page says about it. Read-only. */
export interface ArticleCandidate {
  /** The element(s) holding the story, in document order (e.g. the headline and the body). */
  roots: Element[];
  meta: ArticleMeta;
  /** How it was found, for debugging and tests ("json-ld", "article", "density", …). */
  method: string;
  /** The container with the running text (inside or equal to one of the roots). */
  body?: Element;
  /** The headline element, when the page has one that matches its title. */
  headline?: Element | null;
  /** The article text starts at this element (text before it inside the roots is left out). */
  start?: Element | null;
  /** The article text ends after this element. */
  end?: Element | null;
  /** The story's paragraphs (long, few links): clutter must never contain one. */
  paragraphs?: Element[];
  /** Leaves non-story parts (captions, bylines, share bars, related lists) out of the article text. */
  skip?: (element: Element) => boolean;
  /** Text put before the mapped text when the page's headline is not in the body (e.g. only in <title>). */
  titlePrefix?: string | null;
}

/** A piece of clutter in the page. */
export interface ClutterElement {
  element: Element;
  text: string;
  kind: ClutterKind;
}

/** A slice of one text node that a span of the article text covers. */
export interface NodeSlice {
  node: Text;
  startOffset: number;
  endOffset: number;
}

/** The article text as the core sees it, and the way back from its offsets to DOM text nodes. */
export interface TextMap {
  text: string;
  /** The text-node slices covering [start, end) of `text`, in document order. */
  slicesFor(start: number, end: number): NodeSlice[];
}

/** Everything `analyzeDocument` found in a page: the analysis and the DOM it came from. */
export interface PageAnalysis {
  analysis: Analysis;
  article: ArticleCandidate | null;
  textMap: TextMap | null;
  clutter: ClutterElement[];
}
