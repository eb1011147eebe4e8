/**
 * A huge story (a live blog with thousands of posts) is read, analysed and annotated in parts, so
 * that no single task of ours holds the page's main thread for long: the head first (with the
 * headline, the story's start and its first blocks), then the rest of the story body's blocks a few
 * hundred at a time, each part as one more session segment. Ordinary stories are one part.
 */
import { endingAt } from "./article.ts";
import { isBefore } from "./detect/dom.ts";
import type { ArticleCandidate } from "./types.ts";

/** Top-level blocks of the story body per part. */
export const PART_BLOCKS = 150;

export interface StoryParts {
  /** The story to read first: the whole story, or its head (the same candidate ending earlier). */
  head: ArticleCandidate;
  /** The rest of the story body's blocks, in document order, in parts of PART_BLOCKS. */
  rest: Element[][];
}

/**
 * Splits a story whose body has more than twice PART_BLOCKS child elements (up to the story's end);
 * anything smaller stays whole.
 */
export function splitStory(article: ArticleCandidate, partBlocks = PART_BLOCKS): StoryParts {
  const body = article.body;
  if (!body) return { head: article, rest: [] };
  const blocks = storyBlocks(listOf(body, 2 * partBlocks), article);
  if (blocks.length <= 2 * partBlocks) return { head: article, rest: [] };
  const first = blocks.findIndex((el) => !isBeforeStart(el, article));
  const headCount = Math.max(0, first) + partBlocks;
  const rest: Element[][] = [];
  for (let i = headCount; i < blocks.length; i += partBlocks) rest.push(blocks.slice(i, i + partBlocks));
  return { head: endingAt(article, blocks[headCount - 1]!), rest };
}

/**
 * Where the story's blocks are listed: the body, or the descendant (a few levels down) with more than
 * `many` children when the body only wraps it (a live blog's list of posts under a header).
 */
function listOf(body: Element, many: number): Element {
  let list = body;
  for (let depth = 0; depth < 4 && list.childElementCount <= many; depth++) {
    let best: Element | null = null;
    for (let c = list.firstElementChild; c; c = c.nextElementSibling) {
      if (!best || c.childElementCount > best.childElementCount) best = c;
    }
    if (!best) break;
    list = best;
  }
  return list.childElementCount > many ? list : body;
}

/** The list's child elements, up to (and with) the one holding the story's end. */
function storyBlocks(list: Element, article: ArticleCandidate): Element[] {
  const out: Element[] = [];
  const end = article.end ?? null;
  for (let c = list.firstElementChild; c; c = c.nextElementSibling) {
    out.push(c);
    if (end && (c === end || c.contains(end))) break;
  }
  return out;
}

/** The block lies wholly before the story's start element. */
function isBeforeStart(el: Element, article: ArticleCandidate): boolean {
  const start = article.start;
  if (!start || el === start || el.contains(start)) return false;
  return isBefore(el, start);
}
