import type { ArticleCandidate, ClutterElement } from "./types.ts";

/** Finds clutter inside and beside the article. Placeholder. */
export function findClutter(_doc: Document, _article: ArticleCandidate): ClutterElement[] {
  return [];
}
