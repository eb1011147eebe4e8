/**
 * Reading what a page appended to a story it already showed (a live blog's new posts, a "load more"),
 * on its own: the added elements' text map, so that only the new text is analysed and highlighted.
 * Read-only, and proportional to what was added, not to the page.
 */
import { hasDirectText, isBefore, linkDensity, tagOf } from "./detect/dom.ts";
import { MARK_TAG } from "./highlighter.ts";
import { buildTextMap } from "./text-map.ts";
import type { ArticleCandidate, TextMap } from "./types.ts";

const OWN_TAG = MARK_TAG.toUpperCase();

/**
 * The added elements that belong to the story (inside a root, not skipped as a caption or share bar,
 * not our own marks), outermost only, in document order, and their text map. Null when an addition
 * went into running text (an element put inside a paragraph changes that paragraph: the story must be
 * read again).
 */
export function readAddedPosts(article: ArticleCandidate, added: readonly Element[]): { posts: Element[]; textMap: TextMap } | null {
  const candidates = added.filter((el) => el.isConnected && tagOf(el) !== OWN_TAG && article.roots.some((r) => r !== el && r.contains(el)));
  if (candidates.some((el) => el.parentElement && hasDirectText(el.parentElement, 1))) return null;
  const posts = outermost(candidates).filter((el) => isInStory(article, el) && !isSkipped(article, el) && !isTeaser(el));
  const textMap = buildTextMap(posts, { skip: article.skip });
  return { posts, textMap };
}

/** Drops elements inside another one of the list; sorts the rest in document order. */
function outermost(elements: readonly Element[]): Element[] {
  const unique = [...new Set(elements)].sort((a, b) => (a === b ? 0 : isBefore(a, b) ? -1 : 1));
  const out: Element[] = [];
  for (const el of unique) {
    const last = out.at(-1);
    if (!last || !last.contains(el)) out.push(el);
  }
  return out;
}

/**
 * Inside the story's bounds: not before its start; past its end only inside the story's own body (a
 * story that grows at the bottom), not elsewhere in the roots (comments, widgets loaded below it).
 */
function isInStory(article: ArticleCandidate, el: Element): boolean {
  const { start, end, body } = article;
  if (start && start !== el && !start.contains(el) && isBefore(el, start)) return false;
  const pastEnd = end && end !== el && !end.contains(el) && !el.contains(end) && isBefore(end, el);
  return !pastEnd || (!!body && body !== el && body.contains(el));
}

/** A widget injected late (recommendations, link lists): mostly link text. */
const isTeaser = (el: Element) => linkDensity(el) > 0.5;

/** Whether the story's skip rule leaves the element (or an ancestor inside the story) out. */
function isSkipped(article: ArticleCandidate, el: Element): boolean {
  const skip = article.skip;
  if (!skip) return false;
  for (let e: Element | null = el; e && !article.roots.includes(e); e = e.parentElement) {
    if (skip(e)) return true;
  }
  return false;
}
