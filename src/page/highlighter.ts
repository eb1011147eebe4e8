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
 * `highlightMany` takes many slices at once and gives each context element one `markRanges` call per
 * layer of non-overlapping slices (see `assignLayers`), with the same result as one call per slice.
 * mark.js walks the text nodes we listed for the context rather than a NodeIterator of its own (see
 * `withTextNodes`: registered iterators made every later node removal slow).
 *
 * Unwrapping is ours, not `Mark#unmark`: that calls `normalize()` on the mark's parent, which removes the
 * empty text node mark.js leaves when a mark starts at a node's first character (the node our text map
 * points at) and merges text nodes the page kept apart (frameworks hold references to those). We move
 * a mark's children out and append each text node mark.js created to the text node before it, so the
 * original node gets its whole text back. The session's text map therefore needs no rebuilding.
 *
 * Cost, measured when mark.js replaced the hand-written wrapper (which split and wrapped slices directly,
 * as the Hypothesis client does): +5.6 KB gzip on the content script (the whole library ships; only
 * `markRanges` is used), and each `markRanges` call walked its context again with a NodeIterator, which
 * the DOM keeps updating on node removals until it is collected (highlight/unhighlight cycles ≈2× the
 * CPU in jsdom; within noise on the Chromium e2e seed pages; seconds on a 5,000-post live blog, hence
 * `withTextNodes`).
 */
import Mark from "mark.js";
import { assignLayers, readContext, rangesIn, sliceExtent, withTextNodes, type MarkRange } from "./mark-ranges.ts";
import type { NodeSlice } from "./types.ts";

/** The custom element highlights use: page CSS rarely targets it, unlike `<span>` or `<mark>`. */
export const MARK_TAG = "fogwatch-mark";

export type MarkKind = "claim" | "source" | "figure";

/** One annotation to highlight: its text-node slices (document order), its kind and mark attributes. */
export interface HighlightRequest {
  slices: readonly NodeSlice[];
  kind: MarkKind;
  attributes?: Record<string, string>;
}

const TEXT = 3;

/** A slice of a request, grouped with the other slices in its context element. */
interface Unit {
  request: number;
  /** The slice's place in its request. */
  order: number;
  slice: NodeSlice;
}

/**
 * What we give mark.js: it hands each range object back to `each` (`checkRanges` keeps the objects), and
 * JSON.stringify()s them all for its debug log on every call, so they stay this small.
 */
interface UnitRange extends MarkRange {
  unit: number;
}

interface Made {
  mark: HTMLElement;
  order: number;
  start: number;
}

/** Wraps and unwraps text-node slices; one instance per document owns all the splits it made. */
export class Highlighter {
  private readonly marks = new Set<HTMLElement>();
  /** Text nodes mark.js created by splitting page text, until they are joined back. */
  private readonly pieces = new Set<Text>();
  private readonly isPiece = (node: Text) => this.pieces.has(node);

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
    return this.highlightMany([{ slices, kind, attributes }])[0]!;
  }

  /**
   * `highlight` for many requests at once, with the same result as highlighting them one after another
   * (an overlapping later request nests in or around an earlier one). The slices are grouped by their
   * context element (the text node's parent), which gets one mark.js call per layer of non-overlapping
   * slices instead of one per slice (each call walks the context's text nodes again). Returns the marks
   * of each request, in the order of its slices.
   */
  highlightMany(requests: readonly HighlightRequest[]): HTMLElement[][] {
    const made: Made[][] = requests.map(() => []);
    const byContext = new Map<Element, Unit[]>();
    requests.forEach(({ slices }, request) =>
      slices.forEach((slice, order) => {
        const context = slice.node.parentElement;
        if (!context) return;
        let units = byContext.get(context);
        if (!units) byContext.set(context, (units = []));
        units.push({ request, order, slice });
      }),
    );
    for (const [context, units] of byContext) {
      try {
        this.markContext(context, units, (unit, mark, start) => {
          const { request, order } = units[unit]!;
          const { kind, attributes = {} } = requests[request]!;
          mark.setAttribute("data-fogwatch", kind);
          for (const [name, value] of Object.entries(attributes)) mark.setAttribute(name, value);
          made[request]!.push({ mark, order, start });
        });
      } catch {
        // A page that changed under us: leave these slices unmarked rather than break the page.
      }
    }
    return made.map((list) => {
      // Contexts and layers come in their own order; a request's marks go back to its slices' order.
      if (list.some((m, i) => i > 0 && compareMade(list[i - 1]!, m) > 0)) list.sort(compareMade);
      return list.map((m) => m.mark);
    });
  }

  /** Wraps the units' slices in one context, one mark.js call per layer. */
  private markContext(
    context: Element,
    units: readonly Unit[],
    made: (unit: number, mark: HTMLElement, start: number) => void,
  ): void {
    let text = readContext(context);
    const { layerOf, count } = assignLayers(units.map((u) => sliceExtent(text, u.slice, this.isPiece)));
    for (let layer = 0; layer < count; layer++) {
      // Earlier layers split text nodes: their pieces are where this layer's ranges go.
      if (layer > 0) text = readContext(context);
      const ranges: UnitRange[] = [];
      units.forEach((u, unit) => {
        if (layerOf[unit] !== layer) return;
        for (const { start, length } of rangesIn(text, u.slice, this.isPiece) ?? []) ranges.push({ start, length, unit });
      });
      if (!ranges.length) continue;
      // mark.js accepts any element as its context (its typings say HTMLElement).
      const marker = new Mark(context as HTMLElement);
      withTextNodes(text, () => marker.markRanges(ranges, {
        element: MARK_TAG,
        each: (element, range) => {
          const mark = element as HTMLElement;
          this.notePiece(mark.firstChild);
          this.notePiece(mark.nextSibling);
          mark.removeAttribute("data-markjs");
          this.marks.add(mark);
          const { unit, start } = range as UnitRange;
          made(unit, mark, start);
        },
      }));
    }
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

function compareMade(a: Made, b: Made): number {
  return a.order - b.order || a.start - b.start;
}
