import { analyze, emptyAnalysis } from "../core/analyze.ts";
import { findArticle } from "./article.ts";
import { findClutter } from "./clutter.ts";
import { buildTextMap } from "./text-map.ts";
import type { PageAnalysis } from "./types.ts";

/** Finds the article in a document, maps its text and analyses it. Never changes the document. */
export function analyzeDocument(doc: Document): PageAnalysis {
  const article = findArticle(doc);
  if (!article) return { analysis: emptyAnalysis(), article: null, textMap: null, clutter: [] };
  const clutter = findClutter(doc, article);
  const clutterSet = new Set<Element>(clutter.map((c) => c.element));
  const storySkip = article.skip;
  const textMap = buildTextMap(article.roots, {
    skip: (el) => clutterSet.has(el) || (storySkip ? storySkip(el) : false),
    start: article.start ?? null,
    end: article.end ?? null,
    prefix: article.titlePrefix ?? null,
  });
  const analysis = analyze(textMap.text, article.meta, { clutter: clutter.map(({ text, kind }) => ({ text, kind })) });
  return { analysis, article, textMap, clutter };
}
