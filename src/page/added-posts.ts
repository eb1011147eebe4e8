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
export function readAddedPosts(
  article: ArticleCandidate,
  added: readonly Element[],
  isClutter: (element: Element) => boolean = () => false,
): { posts: Element[]; textMap: TextMap } | null {
  const candidates = added.filter((el) => el.isConnected && tagOf(el) !== OWN_TAG && article.roots.some((r) => r !== el && r.contains(el)));
  // Each parent once: a live blog adds its posts to one parent with thousands of children.
  const parents = new Set(candidates.map((el) => el.parentElement));
  for (const parent of parents) if (parent && hasDirectText(parent, 1)) return null;
  const posts = outermost(candidates).filter((el) => isInStory(article, el) && !isSkipped(article, el) && !isClutter(el) && !isTeaser(el));
  const skip = article.skip;
  const textMap = buildTextMap(posts, { skip: (el) => isClutter(el) || (skip ? skip(el) : false) });
  return { posts, textMap };
}

/**
 * Drops elements inside another one of the list; puts the rest in document order. Ordered by walking
 * each parent's children once rather than by pairwise comparisons: a live blog's parent holds
 * thousands of posts, and comparing siblings' positions walks them.
 */
function outermost(elements: readonly Element[]): Element[] {
  const set = new Set(elements);
  const top = [...set].filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
  const byParent = new Map<Node | null, Set<Element>>();
  for (const el of top) {
    const group = byParent.get(el.parentNode) ?? new Set<Element>();
    group.add(el);
    byParent.set(el.parentNode, group);
  }
  const groups: Element[][] = [];
  for (const [parent, group] of byParent) {
    if (!parent) continue;
    const ordered: Element[] = [];
    for (let c = parent.firstChild; c && ordered.length < group.size; c = c.nextSibling) {
      if (group.has(c as Element)) ordered.push(c as Element);
    }
    groups.push(ordered);
  }
  groups.sort((a, b) => (isBefore(a[0]!, b[0]!) ? -1 : 1));
  return groups.flat();
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
