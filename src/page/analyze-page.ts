/*
 * The page adapter, read-only from end to end:
 *
 *   document ─ indexDocument ─ precheck ──(little running text)──▶ null
 *                 │
 *                 ├─ readMetadata (JSON-LD, Open Graph, meta, lang)
 *                 ├─ collectParagraphs ─ pickBody (Readability-style density) / itemprop=articleBody
 *                 ├─ findHeadline (title match) ─ isArticleLike (structured data, news signals, fronts)
 *                 ▼
 *           ArticleCandidate { roots, start, end, skip } ─ findClutter (markup, labels, link density)
 *                 ▼
 *           buildTextMap (text the core sees ⇄ DOM text-node slices) ─ core analyze()
 */
import { analyze, emptyAnalysis } from "../core/analyze.ts";
import { findArticle } from "./article.ts";
import { findClutter, storyEchoTest } from "./clutter.ts";
import { buildTextMap } from "./text-map.ts";
import type { ArticleCandidate, ClutterElement, PageAnalysis, TextMap } from "./types.ts";

interface PageParts {
  article: ArticleCandidate;
  clutter: ClutterElement[];
  textMap: TextMap;
}

/** Detection, clutter and text mapping: the DOM side of the analysis. Read-only. */
function readPage(doc: Document, detected?: ArticleCandidate | null): PageParts | null {
  const article = detected && isCurrent(doc, detected) ? detected : findArticle(doc);
  if (!article) return null;
  const found = findClutter(doc, article);
  const mapWithout = (clutter: ClutterElement[]) => {
    const clutterSet = new Set<Element>(clutter.map((c) => c.element));
    const storySkip = article.skip;
    return buildTextMap(article.roots, {
      skip: (el) => clutterSet.has(el) || (storySkip ? storySkip(el) : false),
      start: article.start ?? null,
      end: article.end ?? null,
      prefix: article.titlePrefix ?? null,
    });
  };
  let textMap = mapWithout(found);
  // Last check against the story itself: nothing that repeats a story paragraph is reported as clutter.
  const isEcho = storyEchoTest(textMap.text);
  const clutter = found.filter((c) => !isEcho(c.text));
  if (clutter.length < found.length) textMap = mapWithout(clutter);
  return { article, clutter, textMap };
}

/**
 * Whether a candidate found earlier still describes the page: every element it names is still in this
 * document (a page that re-rendered its story since detection gets a fresh detection).
 */
function isCurrent(doc: Document, article: ArticleCandidate): boolean {
  const inDoc = (el: Element | null | undefined) => !el || (el.ownerDocument === doc && el.isConnected);
  return article.roots.length > 0 && article.roots.every(inDoc) && inDoc(article.body) && inDoc(article.headline) &&
    inDoc(article.start) && inDoc(article.end) && (article.paragraphs ?? []).every(inDoc);
}

/**
 * Finds the article in a document, maps its text and analyses it. Never changes the document. A page the
 * adapter cannot read (markup no detector anticipated) counts as "not an article": the extension must not
 * break a page it does not understand. `detected`, when given, is what `findArticle(doc)` just returned
 * for this document: it is used instead of detecting again (unless its elements have left the page).
 */
export function analyzeDocument(doc: Document, detected?: ArticleCandidate | null): PageAnalysis {
  let parts: PageParts | null = null;
  try {
    parts = readPage(doc, detected);
  } catch {
    parts = null;
  }
  if (!parts) return { analysis: emptyAnalysis(), article: null, textMap: null, clutter: [] };
  const { article, clutter, textMap } = parts;
  const analysis = analyze(textMap.text, article.meta, { clutter: clutter.map(({ text, kind }) => ({ text, kind })) });
  return { analysis, article, textMap, clutter };
}
