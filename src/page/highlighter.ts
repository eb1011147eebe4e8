/**
 * Wraps spans of page text in `<fogwatch-mark>` elements and takes them out again, leaving the text
 * nodes exactly as they were (same node objects, same data), so the text map that produced the slices
 * stays valid across any number of highlight/remove cycles.
 *
 * mark.js (`markRanges`) does the wrapping. Its ranges are offsets into the concatenated text of a
 * context element; `mark-ranges.ts` turns each node slice into such ranges over the slice node's parent,
 * computed from the current DOM, so slices stay usable while other marks have split the node (a figure
 * inside a claim, a claim highlighted again around a figure). mark.js keeps the head of a split node in
 * the node itself and copies the wrapped part into the mark, so we note every text node it creates (the
 * copy in each mark, the rest after it).
 *
 * Unwrapping is ours, not `Mark#unmark`: that calls `normalize()` on the mark's parent, which removes the
 * empty text node mark.js leaves when a mark starts at a node's first character (the node our text map
 * points at) and merges text nodes the page kept apart (frameworks hold references to those). We move
 * a mark's children out and append each text node mark.js created to the text node before it, so the
 * original node gets its whole text back. The session's text map therefore needs no rebuilding.
 *
 * Cost, measured when mark.js replaced the hand-written wrapper (which split and wrapped slices directly,
 * as the Hypothesis client does): +5.6 KB gzip on the content script (the whole library ships; only
 * `markRanges` is used), and each `markRanges` call walks its context again with a NodeIterator, which
 * the DOM keeps updating on node removals until it is collected (highlight/unhighlight cycles ≈2× the
 * CPU in jsdom; within noise on the Chromium e2e seed pages).
 */
import Mark from "mark.js";
import { rangesForSlice } from "./mark-ranges.ts";
import type { NodeSlice } from "./types.ts";

/** The custom element highlights use: page CSS rarely targets it, unlike `<span>` or `<mark>`. */
export const MARK_TAG = "fogwatch-mark";

export type MarkKind = "claim" | "source" | "figure";

const TEXT = 3;

/** Wraps and unwraps text-node slices; one instance per document owns all the splits it made. */
export class Highlighter {
  private readonly marks = new Set<HTMLElement>();
  /** Text nodes mark.js created by splitting page text, until they are joined back. */
  private readonly pieces = new Set<Text>();

  // The document is kept for the interface; mark.js creates its elements in the global `document`.
  constructor(private readonly doc: Document) {}

  /** Number of mark elements in the page. */
  get size(): number {
    return this.marks.size;
  }

  /**
   * Wraps each slice (offsets into the text node's data as the text map saw it) in a mark of `kind`,
   * skipping whitespace-only runs (wrapping them breaks tables and lists). Returns the new elements in
   * document order. Never throws: a slice that cannot be wrapped is left out.
   */
  highlight(slices: readonly NodeSlice[], kind: MarkKind, attributes: Record<string, string> = {}): HTMLElement[] {
    const created: HTMLElement[] = [];
    for (const slice of slices) {
      try {
        const found = rangesForSlice(slice, (node) => this.pieces.has(node));
        if (!found?.ranges.length) continue;
        // mark.js accepts any element as its context (its typings say HTMLElement).
        new Mark(found.context as HTMLElement).markRanges(found.ranges, {
          element: MARK_TAG,
          each: (element) => {
            const mark = element as HTMLElement;
            this.notePiece(mark.firstChild);
            this.notePiece(mark.nextSibling);
            mark.removeAttribute("data-markjs");
            mark.setAttribute("data-fogwatch", kind);
            for (const [name, value] of Object.entries(attributes)) mark.setAttribute(name, value);
            this.marks.add(mark);
            created.push(mark);
          },
        });
      } catch {
        // A page that changed under us: leave this slice unmarked rather than break the page.
      }
    }
    return created;
  }

  /** Unwraps marks made by this highlighter and joins the text they split. */
  remove(elements: Iterable<HTMLElement>): void {
    const loose: Node[] = [];
    for (const mark of elements) {
      if (!this.marks.delete(mark)) continue;
      const parent = mark.parentNode;
      if (!parent) continue;
      // The text that may now sit next to the text it was split from.
      for (let c = mark.firstChild; c; c = c.nextSibling) loose.push(c);
      if (mark.nextSibling) loose.push(mark.nextSibling);
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
    }
    for (const node of loose) this.join(node);
  }

  /** Removes every mark this highlighter made and joins every split it made. */
  removeAll(): void {
    this.remove([...this.marks]);
    for (const piece of [...this.pieces]) this.join(piece);
    this.pieces.clear();
  }

  private notePiece(node: Node | null): void {
    if (node?.nodeType === TEXT) this.pieces.add(node as Text);
  }

  /** Appends a piece mark.js split off to the text node before it, if any. */
  private join(node: Node): void {
    if (node.nodeType !== TEXT || !this.pieces.has(node as Text)) return;
    const piece = node as Text;
    const before = piece.previousSibling;
    if (before?.nodeType !== TEXT) return;
    (before as Text).appendData(piece.data);
    piece.parentNode?.removeChild(piece);
    this.pieces.delete(piece);
  }
}
