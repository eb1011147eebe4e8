/**
 * Wraps spans of page text in `<fogwatch-mark>` elements and takes them out again, leaving the text
 * nodes exactly as they were (same node objects, same data), so the text map that produced the slices
 * stays valid across any number of highlight/remove cycles.
 *
 * Why not mark.js: its range API addresses offsets in its own concatenation of the context's text, a
 * lossy round trip from the node slices we already have; it replaces the wrapped text node with a
 * copy and unmarks with `normalize()`, which detaches the nodes our text map points at and merges
 * text nodes the page had kept apart. Wrapping node slices directly (as the Hypothesis client does)
 * is shorter than adapting it.
 */
import type { NodeSlice } from "./types.ts";

/** The custom element highlights use: page CSS rarely targets it, unlike `<span>` or `<mark>`. */
export const MARK_TAG = "fogwatch-mark";

export type MarkKind = "claim" | "source" | "figure";

const isBlank = (s: string) => !/\S/.test(s);

/** Wraps and unwraps text-node slices; one instance per document owns all the splits it made. */
export class Highlighter {
  /** Every text node the map gave us that is currently split, and its pieces in document order. */
  private readonly pieces = new Map<Text, Text[]>();
  /** Which original text node each piece came from. */
  private readonly originOf = new WeakMap<Text, Text>();
  private readonly marks = new Set<HTMLElement>();

  constructor(private readonly doc: Document) {}

  /** Number of mark elements in the page. */
  get size(): number {
    return this.marks.size;
  }

  /**
   * Wraps each slice (offsets into the original text node's data) in a mark of `kind`, skipping
   * whitespace-only runs (wrapping them breaks tables and lists). Returns the new elements in order.
   */
  highlight(slices: readonly NodeSlice[], kind: MarkKind, attributes: Record<string, string> = {}): HTMLElement[] {
    const created: HTMLElement[] = [];
    for (const slice of slices) {
      for (const piece of this.isolate(slice)) {
        if (isBlank(piece.data) || !piece.parentNode) continue;
        const mark = this.doc.createElement(MARK_TAG);
        mark.setAttribute("data-fogwatch", kind);
        for (const [name, value] of Object.entries(attributes)) mark.setAttribute(name, value);
        piece.parentNode.insertBefore(mark, piece);
        mark.appendChild(piece);
        this.marks.add(mark);
        created.push(mark);
      }
    }
    return created;
  }

  /** Unwraps marks made by this highlighter and joins the text they split. */
  remove(elements: Iterable<HTMLElement>): void {
    const touched = new Set<Text>();
    for (const mark of elements) {
      if (!this.marks.delete(mark)) continue;
      for (const text of textNodesIn(mark)) {
        // A piece split off an original node, or the original node itself (always the first piece).
        const origin = this.originOf.get(text) ?? (this.pieces.has(text) ? text : undefined);
        if (origin) touched.add(origin);
      }
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
    }
    for (const origin of touched) this.join(origin);
  }

  /** Removes every mark this highlighter made. */
  removeAll(): void {
    this.remove([...this.marks]);
    for (const origin of [...this.pieces.keys()]) this.join(origin);
  }

  /** Splits the slice's text node at the slice ends; returns the pieces that cover the slice. */
  private isolate({ node, startOffset, endOffset }: NodeSlice): Text[] {
    const list = this.pieces.get(node) ?? [node];
    const total = list.reduce((n, p) => n + p.data.length, 0);
    if (startOffset < 0 || endOffset > total || startOffset >= endOffset) return [];
    this.splitAt(node, list, startOffset);
    this.splitAt(node, list, endOffset);
    if (list.length > 1) this.pieces.set(node, list);
    const covered: Text[] = [];
    let offset = 0;
    for (const piece of list) {
      const end = offset + piece.data.length;
      if (offset >= startOffset && end <= endOffset) covered.push(piece);
      offset = end;
    }
    return covered;
  }

  private splitAt(origin: Text, list: Text[], at: number): void {
    let offset = 0;
    for (let i = 0; i < list.length; i++) {
      const piece = list[i]!;
      const end = offset + piece.data.length;
      if (at > offset && at < end) {
        const rest = piece.splitText(at - offset);
        this.originOf.set(rest, origin);
        list.splice(i + 1, 0, rest);
        return;
      }
      if (at <= end) return;
      offset = end;
    }
  }

  /** Merges pieces of one original node that are adjacent siblings again (all of them once unwrapped). */
  private join(origin: Text): void {
    const list = this.pieces.get(origin);
    if (!list) return;
    for (let i = list.length - 1; i > 0; i--) {
      const piece = list[i]!;
      const before = list[i - 1]!;
      if (before.nextSibling !== piece) continue;
      before.appendData(piece.data);
      piece.parentNode?.removeChild(piece);
      list.splice(i, 1);
    }
    if (list.length === 1) this.pieces.delete(origin);
  }
}

function textNodesIn(root: Node): Text[] {
  const out: Text[] = [];
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out.push(c as Text);
      else walk(c);
    }
  };
  walk(root);
  return out;
}
