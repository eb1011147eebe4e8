/**
 * Wraps spans of page text in `<fogwatch-mark>` elements and takes them out again, leaving the text
 * nodes exactly as they were (same node objects, same data), so the text map that produced the slices
 * stays valid across any number of highlight/remove cycles.
 *
 * mark.js (`markRanges`) does the wrapping. `mark-ranges.ts` turns each node slice into ranges inside
 * the text nodes its text lies in now (the slice's node and the pieces other marks split off it), so
 * slices stay usable while other marks have split the node (a figure inside a claim, a claim highlighted
 * again around a figure). mark.js keeps the head of a split node in the node itself and copies the
 * wrapped part into the mark, so we note every text node it creates (the copy in each mark, the rest
 * after it).
 *
 * `highlightMany` takes many slices at once and makes one `markRanges` call per layer of non-overlapping
 * slices (see `assignLayers`), whatever element they are in, with the same result as one call per
 * slice. mark.js walks the text nodes the call's ranges lie in, which we list for it (see
 * `withTextNodes`: registered iterators made every later node removal slow, and a context's other text
 * is work for nothing).
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
import { assignLayers, coversRun, isExcluded, rangesIn, runOf, withTextNodes, type Run } from "./mark-ranges.ts";
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

/**
 * How much text one mark.js call lists. It copies its string of the listed nodes' text again for each
 * range it wraps (and scans the node list per range), so a call over a whole story would cost ranges ×
 * story length; a call has a fixed cost too (its options object, its iterator). Nodes join a call while
 * it lists fewer than `CALL_CHARS` characters and `CALL_NODES` nodes: short nodes share a call, a long
 * one has its own. Measured on 10 pages: 4,096 characters allocated more than the old one call per
 * element; 256 and 1,024 about the same, 20 % less than that.
 */
const CALL_CHARS = 1024;
const CALL_NODES = 16;

/** A slice of a request, with the element mark.js would have read it in (the node's parent). */
interface Unit {
  request: number;
  /** The slice's place in its request. */
  order: number;
  slice: NodeSlice;
  context: Element;
}

/** What we give mark.js: it hands each range object back to `each` (`checkRanges` keeps the objects). */
class UnitRange {
  constructor(
    public start: number,
    public length: number,
    readonly unit: number,
    /** The range's start in its run: orders the marks of a slice. */
    readonly at: number,
  ) {}

  /**
   * mark.js JSON.stringify()s every range of a call into the message of a debug log that it prints only
   * with `debug: true` (the string is built first either way): this makes that a digit per range.
   */
  toJSON(): number {
    return 0;
  }
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
  /**
   * One mark.js instance for every call. Its context is only what it passes to `createNodeIterator`,
   * which `withTextNodes` answers with the nodes of the call; mark.js creates its elements in the
   * global `document`, so that is where this stand-in is made.
   */
  private readonly root = document.createElement(MARK_TAG);
  private readonly marker = new Mark(this.root);

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
   * (an overlapping later request nests in or around an earlier one). The slices go to mark.js in one
   * call per layer of non-overlapping slices (a few calls when a layer holds much text) instead of one
   * per slice. Returns the marks of each request, in the order of its slices.
   */
  highlightMany(requests: readonly HighlightRequest[]): HTMLElement[][] {
    const made: Made[][] = requests.map(() => []);
    const units = unitsOf(requests);
    // The runs the layers were assigned from are still those of the first layer (nothing is split yet).
    let runs = new Map<Text, Run>();
    const { layerOf, count } = this.assignUnitLayers(units, runs);
    const onMark = (unit: number, mark: HTMLElement, at: number) => {
      const { request, order } = units[unit]!;
      const { kind, attributes } = requests[request]!;
      mark.setAttribute("data-fogwatch", kind);
      // for-in visits an object literal's keys in the order Object.entries lists them, without the array.
      for (const name in attributes) mark.setAttribute(name, attributes[name]!);
      made[request]!.push({ mark, order, start: at });
    };
    for (let layer = 0; layer < count; layer++) {
      // Runs are read again for each later layer: the layer before split their nodes.
      if (layer > 0) runs = new Map();
      const ranges = new Map<Text, UnitRange[]>();
      units.forEach((u, unit) => {
        if (layerOf[unit] !== layer) return;
        for (const r of rangesIn(this.runOf(u, runs), u.slice)) {
          let list = ranges.get(r.node);
          if (!list) ranges.set(r.node, (list = []));
          list.push(new UnitRange(r.start, r.length, unit, r.at));
        }
      });
      this.markRanges(ranges, onMark);
    }
    return made.map((list) => {
      // Layers and nodes come in their own order; a request's marks go back to its slices' order.
      if (list.some((m, i) => i > 0 && compareMade(list[i - 1]!, m) > 0)) list.sort(compareMade);
      return list.map((m) => m.mark);
    });
  }

  /**
   * Each unit's layer (`assignLayers`). Two slices overlap only when they cover the same text of the
   * same node's run (runs of different nodes are disjoint), so each node's run gets a span of its own in
   * one line of offsets, and a slice lies at its offsets in that span: the layers are those of one line
   * per element holding the slices, as mark.js's offsets would give. A slice whose node is itself a
   * piece of another node's run (a text map read while marks were in the page) could overlap a slice
   * of that node: then each slice gets a layer of its own, in order, which is what the layers are for.
   * The runs it reads are left in `runs`.
   */
  private assignUnitLayers(units: readonly Unit[], runs: Map<Text, Run>): { layerOf: number[]; count: number } {
    if (units.some((u) => this.pieces.has(u.slice.node))) return { layerOf: units.map((_, i) => i), count: units.length };
    const base = new Map<Text, number>();
    let end = 0;
    return assignLayers(
      units.map((u) => {
        const run = this.runOf(u, runs);
        let from = base.get(u.slice.node);
        if (from === undefined) {
          base.set(u.slice.node, (from = end));
          end += run.length;
        }
        return coversRun(u.slice, run) ? { from: from + u.slice.startOffset, to: from + u.slice.endOffset } : null;
      }),
    );
  }

  /** A unit's run, read once per layer for all the slices of its node. */
  private runOf(unit: Unit, runs: Map<Text, Run>): Run {
    const node = unit.slice.node;
    let run = runs.get(node);
    if (!run) runs.set(node, (run = runOf(node, unit.context, this.pieces)));
    return run;
  }

  /**
   * Wraps the ranges of one layer, grouped by the node they lie in: each call lists a few nodes for
   * mark.js, and each range's start is its offset in the node plus the length of the nodes listed
   * before it (where mark.js finds it in its string of their text).
   */
  private markRanges(byNode: ReadonlyMap<Text, UnitRange[]>, made: (unit: number, mark: HTMLElement, at: number) => void): void {
    let nodes: Text[] = [];
    let ranges: UnitRange[] = [];
    let chars = 0;
    for (const [node, list] of byNode) {
      if (nodes.length && (chars >= CALL_CHARS || nodes.length >= CALL_NODES)) {
        this.markCall(nodes, ranges, made);
        [nodes, ranges, chars] = [[], [], 0];
      }
      for (const range of list) range.start += chars;
      nodes.push(node);
      ranges.push(...list);
      chars += node.data.length;
    }
    if (nodes.length) this.markCall(nodes, ranges, made);
  }

  private markCall(nodes: readonly Text[], ranges: UnitRange[], made: (unit: number, mark: HTMLElement, at: number) => void): void {
    try {
      withTextNodes(this.root, nodes, () => this.marker.markRanges(ranges, {
        element: MARK_TAG,
        each: (element, range) => {
          const mark = element as HTMLElement;
          this.notePiece(mark.firstChild);
          this.notePiece(mark.nextSibling);
          mark.removeAttribute("data-markjs");
          this.marks.add(mark);
          const { unit, at } = range as UnitRange;
          made(unit, mark, at);
        },
      }));
    } catch {
      // A page that changed under us: leave these slices unmarked rather than break the page.
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

/** The slices that mark.js would read: a text node in an element, whose text it does not leave out. */
function unitsOf(requests: readonly HighlightRequest[]): Unit[] {
  const units: Unit[] = [];
  let last: Element | null = null;
  let lastExcluded = false;
  requests.forEach(({ slices }, request) =>
    slices.forEach((slice, order) => {
      const context = slice.node.parentElement;
      if (!context) return;
      if (context !== last) [last, lastExcluded] = [context, isExcluded(context)];
      if (!lastExcluded) units.push({ request, order, slice, context });
    }),
  );
  return units;
}
