/*
 * The DOM side of the analysis, read-only from end to end:
 *
 *   document ─ findArticle (indexDocument ─ precheck ─ metadata ─ paragraphs ─ density ─ headline)
 *                 ▼
 *           ArticleCandidate { roots, start, end, skip } ─ findClutter (markup, labels, link density)
 *                 ▼
 *           buildTextMap (text the core sees ⇄ DOM text-node slices)
 *
 * It imports nothing from the core's analysis (claims, figures, profiles): the content script ships
 * this part and sends the mapped text to the background, where `analyze()` runs (see analyze-page.ts
 * for the one-call version the CLI and tests use).
 */
import type { ClutterItem } from "../core/types.ts";
import { findArticleSteps } from "./article.ts";
import { findClutterSteps, storyEchoes } from "./clutter.ts";
import { runSteps, type Steps } from "./steps.ts";
import { buildTextMapSteps } from "./text-map.ts";
import type { ArticleCandidate, ClutterElement, TextMap } from "./types.ts";

/** What the page adapter reads from a document: the story, its clutter and its text. */
export interface PageParts {
  article: ArticleCandidate;
  clutter: ClutterElement[];
  textMap: TextMap;
}

/**
 * Detection, clutter and text mapping. Never changes the document; null when there is no article or
 * the page's markup defeats the adapter (the extension must not break a page it does not understand).
 * `detected`, when given, is what `findArticle(doc)` just returned: it is used instead of detecting
 * again, unless its elements have left the page.
 */
export function readPage(doc: Document, detected?: ArticleCandidate | null): PageParts | null {
  try {
    return runSteps(readPageSteps(doc, detected));
  } catch {
    return null;
  }
}

/** `readPage` as steps (see steps.ts), pausing in detection, in the walks for clutter and in the text map's. Throws what the page makes it throw. */
export function* readPageSteps(doc: Document, detected?: ArticleCandidate | null): Steps<PageParts | null> {
  const article = detected && isCurrent(doc, detected) ? detected : yield* findArticleSteps(doc);
  if (!article) return null;
  const found = yield* findClutterSteps(doc, article);
  yield;
  return yield* readArticle(article, found);
}

function* readArticle(article: ArticleCandidate, found: ClutterElement[]): Steps<PageParts> {
  const mapWithout = (clutter: ClutterElement[]) => {
    const clutterSet = new Set<Element>(clutter.map((c) => c.element));
    const storySkip = article.skip;
    return buildTextMapSteps(article.roots, {
      skip: (el) => clutterSet.has(el) || (storySkip ? storySkip(el) : false),
      start: article.start ?? null,
      end: article.end ?? null,
      prefix: article.titlePrefix ?? null,
    });
  };
  const textMap = yield* mapWithout(found);
  // Last check against the story itself: nothing that repeats a story paragraph is reported as clutter.
  const echoes = storyEchoes(textMap.text, found.map((c) => c.text));
  if (!echoes.includes(true)) return { article, clutter: found, textMap };
  const clutter = found.filter((_, at) => !echoes[at]);
  // The map reads only inside the roots: clutter dropped elsewhere (a sidebar box) leaves it as it is.
  const isInStory = (el: Element) => article.roots.some((root) => root.contains(el));
  const changesMap = found.some((c, at) => echoes[at] && isInStory(c.element));
  return { article, clutter, textMap: changesMap ? yield* mapWithout(clutter) : textMap };
}

/** The clutter as the core's analysis reports it (text and kind, no elements). */
export function clutterItems(clutter: readonly ClutterElement[]): ClutterItem[] {
  return clutter.map(({ text, kind }) => ({ text, kind }));
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
