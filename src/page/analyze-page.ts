/*
 * The whole analysis of a document in one synchronous call: the page adapter (read-page.ts) and the
 * core's analyze() on the mapped text. The CLI, the benchmark and the tests use it; the content script
 * runs the same two halves apart (the page half in the page, analyze() in the background).
 */
import { analyze, emptyAnalysis } from "../core/analyze.ts";
import { clutterItems, readPage } from "./read-page.ts";
import type { ArticleCandidate, PageAnalysis } from "./types.ts";

/**
 * Finds the article in a document, maps its text and analyses it. Never changes the document. A page the
 * adapter cannot read counts as "not an article". `detected`, when given, is what `findArticle(doc)` just
 * returned for this document (see readPage).
 */
export function analyzeDocument(doc: Document, detected?: ArticleCandidate | null): PageAnalysis {
  const parts = readPage(doc, detected);
  if (!parts) return { analysis: emptyAnalysis(), article: null, textMap: null, clutter: [] };
  const { article, clutter, textMap } = parts;
  const analysis = analyze(textMap.text, article.meta, { clutter: clutterItems(clutter) });
  return { analysis, article, textMap, clutter };
}
