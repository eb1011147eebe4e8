import type { Analysis, ArticleMeta, ClutterKind } from "../core/types.ts";

/** The story found in a page: its container(s) and what the page says about it. Read-only. */
export interface ArticleCandidate {
  /** The element(s) holding the story, in document order (e.g. the headline and the body). */
  roots: Element[];
  meta: ArticleMeta;
  /** How it was found, for debugging and tests ("json-ld", "article", "density", …). */
  method: string;
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

export interface PageAnalysis {
  analysis: Analysis;
  article: ArticleCandidate | null;
  textMap: TextMap | null;
  clutter: ClutterElement[];
}
