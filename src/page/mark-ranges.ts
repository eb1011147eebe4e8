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

/** A context element's text as mark.js sees it now: one walk, shared by every slice in it. */
export interface ContextText {
  context: Element;
  nodes: Positioned[];
  /** Position of each text node in `nodes`. */
  indexOf: Map<Text, number>;
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

/** Reads a context's text once, for any number of `sliceExtent` / `rangesIn` calls until the DOM changes. */
export function readContext(context: Element): ContextText {
  const nodes = textNodesOf(context);
  const indexOf = new Map<Text, number>();
  nodes.forEach((n, i) => indexOf.set(n.node, i));
  return { context, nodes, indexOf };
}

/**
 * Where a slice lies in the context's string: [from, to), plus the nodes its text runs through now.
 *
 * `slice.node` is a text node as the text map saw it; since then marks may have split it. mark.js keeps
 * the head of a split node in the node itself (`splitText`) and puts the rest in new nodes right after it
 * (inside or after the mark), so the node still starts where it did, and its original text runs on
 * through the following text nodes that `isPiece` says were split off it. Offsets past that text give no
 * extent (`valid: false`). Null when the node is not in the context.
 */
function locate(text: ContextText, slice: NodeSlice, isPiece: (node: Text) => boolean) {
  const { nodes } = text;
  const first = text.indexOf.get(slice.node);
  if (first === undefined) return null;
  let last = first;
  while (last + 1 < nodes.length && isPiece(nodes[last + 1]!.node)) last++;
  const base = nodes[first]!.start;
  const length = nodes[last]!.end - base;
  const { startOffset, endOffset } = slice;
  const valid = startOffset >= 0 && endOffset <= length && startOffset < endOffset;
  return { first, last, valid, from: base + startOffset, to: base + endOffset };
}

/** The span a slice covers in the context's string, or null when it covers nothing there. */
export function sliceExtent(
  text: ContextText,
  slice: NodeSlice,
  isPiece: (node: Text) => boolean,
): { from: number; to: number } | null {
  const at = locate(text, slice, isPiece);
  return at?.valid ? { from: at.from, to: at.to } : null;
}

/**
 * The mark.js ranges over the context that cover a slice, one per text node the slice's text lies in
 * now, whitespace-only pieces left out. Null when the node is not in the context.
 */
export function rangesIn(text: ContextText, slice: NodeSlice, isPiece: (node: Text) => boolean): MarkRange[] | null {
  const at = locate(text, slice, isPiece);
  if (!at) return null;
  const ranges: MarkRange[] = [];
  if (!at.valid) return ranges;
  for (let i = at.first; i <= at.last; i++) {
    const { node: piece, start, end } = text.nodes[i]!;
    const a = Math.max(at.from, start);
    const b = Math.min(at.to, end);
    // Wrapping whitespace-only runs breaks tables and lists.
    if (b > a && /\S/.test(piece.data.slice(a - start, b - start))) ranges.push({ start: a, length: b - a });
  }
  return ranges;
}

/**
 * Splits spans into layers that mark.js can take in one call each: no two spans of a layer overlap, and a
 * span goes to the layer after the last one holding an earlier span it overlaps, so overlapping spans are
 * wrapped in the order they came (the later one nests in or around the earlier one as if wrapped by a
 * call of its own). mark.js (`checkRanges`) keeps a range that starts inside the one before it and then
 * wraps the wrong text. Returns each span's layer (-1 for null), and the number of layers.
 */
export function assignLayers(spans: readonly ({ from: number; to: number } | null)[]): { layerOf: number[]; count: number } {
  // Each layer's spans, disjoint, sorted by start: an overlap check is a binary search.
  const layers: { from: number; to: number }[][] = [];
  const overlaps = (layer: { from: number; to: number }[], span: { from: number; to: number }) => {
    let lo = 0, hi = layer.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (layer[mid]!.to <= span.from) lo = mid + 1;
      else hi = mid;
    }
    return { at: lo, hit: lo < layer.length && layer[lo]!.from < span.to };
  };
  const layerOf = spans.map((span) => {
    if (!span) return -1;
    let layer = layers.length;
    while (layer > 0 && !overlaps(layers[layer - 1]!, span).hit) layer--;
    const spansOf = (layers[layer] ??= []);
    spansOf.splice(overlaps(spansOf, span).at, 0, span);
    return layer;
  });
  return { layerOf, count: layers.length };
}

type CreateNodeIterator = Document["createNodeIterator"];

/**
 * Runs `run` (one `markRanges` call on `text.context`) with mark.js walking `text.nodes` instead of a new
 * NodeIterator over the context.
 *
 * Why: a NodeIterator stays registered with its document until it is garbage-collected, and every node
 * removal visits every registered iterator (DOM "NodeIterator pre-removing steps"; Blink walks its
 * document's whole iterator list). mark.js creates one per call and wraps by replacing nodes, so a
 * 5,000-post live blog took 1.1–1.4 s to highlight instead of ~0.55 s, and 6–12 s to unhighlight instead
 * of ~50 ms, in Chromium 140 until a GC ran. mark.js only reads the iterator to list the nodes before it
 * changes anything (`iterateThroughNodes`), and `text.nodes` is that list (same walk, same exclusions),
 * so an iterator over the list gives it the same nodes. mark.js calls the global `document`'s method: an
 * own property shadows the prototype's for the length of the call (in an extension's isolated world the
 * page never sees it).
 */
export function withTextNodes<T>(text: ContextText, run: () => T): T {
  const doc = globalThis.document as Document & { createNodeIterator: CreateNodeIterator };
  const own = Object.getOwnPropertyDescriptor(doc, "createNodeIterator");
  const real = doc.createNodeIterator;
  const replacement: CreateNodeIterator = (root, whatToShow, filter) =>
    root === text.context && whatToShow === 4 /* SHOW_TEXT */
      ? listIterator(text.nodes.map((n) => n.node), root)
      : real.call(doc, root, whatToShow, filter);
  Object.defineProperty(doc, "createNodeIterator", { value: replacement, configurable: true, writable: true });
  try {
    return run();
  } finally {
    if (own) Object.defineProperty(doc, "createNodeIterator", own);
    else delete (doc as { createNodeIterator?: CreateNodeIterator }).createNodeIterator;
  }
}

/** A NodeIterator over a fixed list of nodes (the reference and pointer moves of the DOM standard). */
function listIterator(nodes: readonly Node[], root: Node): NodeIterator {
  let at = -1; // the reference node's index; -1 is the root, before every listed node
  let isBefore = true;
  const iterator = {
    root,
    whatToShow: 4,
    filter: null,
    pointerBeforeReferenceNode: true,
    referenceNode: root,
    nextNode(): Node | null {
      if (!isBefore && at + 1 >= nodes.length) return null;
      if (!isBefore || at < 0) at++;
      isBefore = false;
      return nodes[at] ?? null;
    },
    previousNode(): Node | null {
      if (isBefore && at <= 0) return null;
      if (isBefore) at--;
      isBefore = true;
      return nodes[at] ?? null;
    },
    detach(): void {},
  };
  return iterator as unknown as NodeIterator;
}
