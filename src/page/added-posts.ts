/**
 * Reading what a page appended to a story it already showed (a live blog's new posts, a "load more"),
 * on its own: the added elements' text map, so that only the new text is analysed and highlighted.
 * Read-only, and proportional to what was added, not to the page.
 */
import { isBefore, linkDensity, tagOf } from "./detect/dom.ts";
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
): ReadPosts | null {
  const candidates = added.filter((el) => el.isConnected && tagOf(el) !== OWN_TAG && article.roots.some((r) => r !== el && r.contains(el)));
  if (candidates.some(isInRunningText)) return null;
  return readStoryBlocks(article, inStory(article, outermost(candidates)), isClutter);
}

/** What was read: the posts kept and their text map. */
export interface ReadPosts {
  posts: Element[];
  textMap: TextMap;
}

/**
 * Reads blocks known to be the story's (top-level, in document order, inside its bounds: a huge
 * story's next part), leaving out removed, skipped, clutter and link-list blocks as `readAddedPosts` does.
 */
export function readStoryBlocks(
  article: ArticleCandidate,
  blocks: readonly Element[],
  isClutter: (element: Element) => boolean = () => false,
): ReadPosts {
  const posts = blocks.filter((el) => el.isConnected && !isSkipped(article, el) && !isClutter(el) && !isTeaser(el));
  const skip = article.skip;
  const textMap = buildTextMap(posts, { skip: (el) => isClutter(el) || (skip ? skip(el) : false) });
  return { posts, textMap };
}

/** Siblings looked at on each side of an addition for running text (see `isInRunningText`). */
const TEXT_WINDOW = 32;

/**
 * The element sits in running text: its parent has text of its own (not only white space between
 * children) within TEXT_WINDOW nodes of it, which covers the whole of any paragraph-sized parent. Only
 * a window: a live blog's list of posts has thousands of children, and reading them all for every
 * addition would cost in proportion to the page.
 */
function isInRunningText(el: Element): boolean {
  for (const step of ["previousSibling", "nextSibling"] as const) {
    let n = 0;
    for (let c = el[step]; c && n < TEXT_WINDOW; c = c[step], n++) {
      if (c.nodeType === TEXT && NOT_SPACE.test((c as Text).data)) return true;
    }
  }
  return false;
}

const TEXT = 3;
const NOT_SPACE = /\S/;

/**
 * Drops elements inside another one of the list; puts the rest in document order. Consecutive siblings
 * form a run (a batch of new posts usually is one), and only the runs' first elements are compared:
 * a live blog's parent holds thousands of posts, and comparing siblings' positions walks them.
 */
function outermost(elements: readonly Element[]): Element[][] {
  const set = new Set(elements);
  const top = new Set([...set].filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  }));
  const runs: Element[][] = [];
  for (const el of top) {
    const previous = el.previousElementSibling;
    if (previous && top.has(previous)) continue; // not the first of its run
    const run = [el];
    for (let next = el.nextElementSibling; next && top.has(next); next = next.nextElementSibling) run.push(next);
    runs.push(run);
  }
  return runs.sort((a, b) => (isBefore(a[0]!, b[0]!) ? -1 : 1));
}

/**
 * The runs' elements inside the story's bounds, in order. Being inside the bounds only changes once
 * along a run of siblings at each end, so a run whose first and last elements are inside is inside.
 */
function inStory(article: ArticleCandidate, runs: readonly Element[][]): Element[] {
  return runs.flatMap((run) =>
    isInStory(article, run[0]!) && isInStory(article, run.at(-1)!) ? run : run.filter((el) => isInStory(article, el)),
  );
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
