/**
 * A huge story (a live blog with thousands of posts) is read, analysed and annotated in parts, so
 * that no single task of ours holds the page's main thread for long: the head first (with the
 * headline, the story's start and its first blocks), then the rest of the story body's blocks fifty
 * at a time, each part as one more session segment. Ordinary stories are one part.
 *
 * Parts are small because each is written in one go: the head at once, the others when the reader
 * stops near them (session.holdSegment, near-view.ts). On a page of thousands of posts the rendering
 * update after a write costs a base of about 15 ms (the whole list laid out again) plus what the write
 * made dirty: about 18 ms for 50 posts and 30 ms for 150 (Chromium, no other load). In the bench's
 * scroll through its 5,000-post live blog, parts of 150 made updates of 29-36 ms on average and up to
 * 34-51 ms; parts of 50, 21-25 ms and up to 30-41 ms (two runs each, the same minutes). Reading them
 * costs more round trips to the background: 100 instead of 33, 0.1 s more of the first pass.
 */
import { endingAt } from "./article.ts";
import { isBefore } from "./detect/dom.ts";
import type { ArticleCandidate } from "./types.ts";

/** Top-level blocks of the story body per part (the head has as many after the story's start). */
export const PART_BLOCKS = 50;
/** A story body with more top-level blocks than this is split into parts. */
export const SPLIT_OVER_BLOCKS = 300;

export interface StoryParts {
  /** The story to read first: the whole story, or its head (the same candidate ending earlier). */
  head: ArticleCandidate;
  /** The rest of the story body's blocks, in document order, in parts of PART_BLOCKS. */
  rest: Element[][];
}

/**
 * Splits a story whose body has more than `splitOver` child elements (up to the story's end) into a head
 * (`partBlocks` after the story's start) and parts of `partBlocks`; anything smaller stays whole.
 */
export function splitStory(article: ArticleCandidate, { partBlocks = PART_BLOCKS, splitOver = SPLIT_OVER_BLOCKS } = {}): StoryParts {
  const body = article.body;
  if (!body) return { head: article, rest: [] };
  const blocks = storyBlocks(listOf(body, splitOver), article);
  if (blocks.length <= splitOver) return { head: article, rest: [] };
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
