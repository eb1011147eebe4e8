/**
 * From our node slices to mark.js ranges.
 *
 * `Mark#markRanges` addresses text by offsets into its own string: the data of every text node of the
 * context, concatenated in document order (no whitespace collapsing), leaving out text nodes whose parent
 * matches its exclude list. Wrapping never changes that string (a mark holds the same characters), so an
 * offset computed from the current DOM stays right across any number of wraps; this module computes those
 * offsets exactly as mark.js 8.11.1 does (`getTextNodes`, `matchesExclude`).
 */
import type { NodeSlice } from "./types.ts";

/** Parents whose text mark.js always leaves out (`Mark#matchesExclude`; we pass no `exclude` of our own). */
const ALWAYS_EXCLUDED = "script, style, title, head, html";

export interface MarkRange {
  start: number;
  length: number;
}

interface Positioned {
  node: Text;
  start: number;
  end: number;
}

/**
 * The context's text nodes in document order with their offsets in mark.js's string, as
 * `Mark#getTextNodes` lists them (a text node whose parent matches an excluded selector is left out).
 */
export function textNodesOf(context: Element): Positioned[] {
  const out: Positioned[] = [];
  const walker = context.ownerDocument.createTreeWalker(context, 4 /* NodeFilter.SHOW_TEXT */);
  let offset = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentNode as Element | null;
    if (parent && typeof parent.matches === "function" && parent.matches(ALWAYS_EXCLUDED)) continue;
    const node = n as Text;
    out.push({ node, start: offset, end: (offset += node.data.length) });
  }
  return out;
}

/**
 * The mark.js ranges over `context` (the slice node's parent element) that cover a slice, one per text
 * node the slice's text lies in now, whitespace-only pieces left out.
 *
 * `slice.node` is a text node as the text map saw it; since then marks may have split it. mark.js keeps
 * the head of a split node in the node itself (`splitText`) and puts the rest in new nodes right after it
 * (inside or after the mark), so the node still starts where it did, and its original text runs on
 * through the following text nodes that `isPiece` says were split off it. Offsets past that text give no
 * range. Returns null when the node has no parent element.
 */
export function rangesForSlice(
  slice: NodeSlice,
  isPiece: (node: Text) => boolean,
): { context: Element; ranges: MarkRange[] } | null {
  const { node, startOffset, endOffset } = slice;
  const context = node.parentElement;
  if (!context) return null;
  const nodes = textNodesOf(context);
  const first = nodes.findIndex((n) => n.node === node);
  if (first < 0) return null;
  let last = first;
  while (last + 1 < nodes.length && isPiece(nodes[last + 1]!.node)) last++;
  const base = nodes[first]!.start;
  const length = nodes[last]!.end - base;
  const ranges: MarkRange[] = [];
  if (!(startOffset >= 0 && endOffset <= length && startOffset < endOffset)) return { context, ranges };
  const from = base + startOffset;
  const to = base + endOffset;
  for (let i = first; i <= last; i++) {
    const { node: piece, start, end } = nodes[i]!;
    const a = Math.max(from, start);
    const b = Math.min(to, end);
    // Wrapping whitespace-only runs breaks tables and lists.
    if (b > a && /\S/.test(piece.data.slice(a - start, b - start))) ranges.push({ start: a, length: b - a });
  }
  return { context, ranges };
}
