import type { ArticleCandidate } from "./types.ts";

/**
 * Finds the news article in a document, read-only. Placeholder: an <article> element or nothing.
 */
export function findArticle(doc: Document): ArticleCandidate | null {
  const el = doc.querySelector("article");
  if (!el) return null;
  const title = doc.querySelector("h1")?.textContent?.trim() ?? doc.title;
  return { roots: [el], meta: { title, language: doc.documentElement.lang || "en" }, method: "article" };
}
