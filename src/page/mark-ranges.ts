/**
 * From our node slices to mark.js ranges.
 *
 * `Mark#markRanges` addresses text by offsets into its own string: the data of the text nodes it walks,
 * concatenated in document order, leaving out text nodes whose parent matches its exclude list. It wraps
 * a range inside the node whose span in that string holds it, at the range's offset from that node's
 * start. Our ranges each lie inside one text node, so we hand mark.js only the nodes they lie in (see
 * `withTextNodes`) and offsets into their concatenation: it splits the same nodes at the same places as
 * it would walking a whole context element, without the walk and without building the context's string
 * (which it copies again for every range it wraps).
 *
 * Which text a slice covers follows mark.js 8.11.1's view of its context (`getTextNodes`,
 * `matchesExclude`): a text node whose parent matches an excluded selector is not part of it.
 */
import type { NodeSlice } from "./types.ts";

/** Parents whose text mark.js always leaves out (`Mark#matchesExclude`; we pass no `exclude` of our own). */
const ALWAYS_EXCLUDED = "script, style, title, head, html";

const TEXT = 3;

/** A range inside one text node: `length` characters from `start` in its data. */
export interface NodeRange {
  node: Text;
  start: number;
  length: number;
  /** Where the range starts in its run (see `runOf`): the order of a slice's ranges. */
  at: number;
}

/** A node of a run and where its data lies in the run's text. */
interface RunNode {
  node: Text;
  start: number;
  end: number;
}

/**
 * The text a node held when the text map read it, as it lies now: the node, then the text nodes marks
 * split off it, with their offsets in that text. `length` is the whole run's.
 */
export interface Run {
  nodes: RunNode[];
  length: number;
}

/** Whether mark.js leaves out the text of this parent's text nodes. */
export function isExcluded(parent: Node | null): boolean {
  const el = parent as Element | null;
  return !!el && typeof el.matches === "function" && el.matches(ALWAYS_EXCLUDED);
}

/**
 * The run starting at `node`, in its `context` (the node's parent element, which mark.js would have
 * walked). mark.js keeps the head of a split node in the node itself (`splitText`) and puts the rest in
 * new nodes right after it (inside or after the mark), so the run is the node and the text nodes that
 * follow it in the context's text while `pieces` holds them, as the context's list of text nodes had it
 * (text mark.js leaves out is skipped).
 */
export function runOf(node: Text, context: Element, pieces: ReadonlySet<Text>): Run {
  const nodes: RunNode[] = [{ node, start: 0, end: node.data.length }];
  let length = node.data.length;
  if (pieces.size) {
    for (let next = nextText(node, context); next; next = nextText(next, context)) {
      if (isExcluded(next.parentNode)) continue;
      if (!pieces.has(next)) break;
      nodes.push({ node: next, start: length, end: (length += next.data.length) });
    }
  }
  return { nodes, length };
}

/** The text node after `from` in document order inside `root`, or null. */
function nextText(from: Node, root: Node): Text | null {
  let n: Node = from;
  for (;;) {
    if (n.firstChild) n = n.firstChild;
    else {
      while (!n.nextSibling) {
        const parent = n.parentNode;
        if (!parent || parent === root) return null;
        n = parent;
      }
      n = n.nextSibling;
    }
    if (n.nodeType === TEXT) return n as Text;
  }
}

/** Whether a slice covers text of its run: offsets inside it and not empty. */
export function coversRun(slice: NodeSlice, run: Run): boolean {
  return slice.startOffset >= 0 && slice.endOffset <= run.length && slice.startOffset < slice.endOffset;
}

/** The ranges that cover a slice, one per node of its run it lies in, whitespace-only pieces left out. */
export function rangesIn(run: Run, slice: NodeSlice): NodeRange[] {
  const ranges: NodeRange[] = [];
  if (!coversRun(slice, run)) return ranges;
  const { startOffset: from, endOffset: to } = slice;
  for (const { node, start, end } of run.nodes) {
    if (end <= from) continue;
    if (start >= to) break;
    const a = Math.max(from, start) - start;
    const b = Math.min(to, end) - start;
    // Wrapping whitespace-only runs breaks tables and lists.
    if (/\S/.test(node.data.slice(a, b))) ranges.push({ node, start: a, length: b - a, at: start + a });
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
 * Runs `run` (one `markRanges` call on the context `root`) with mark.js walking `nodes` instead of a new
 * NodeIterator over `root`.
 *
 * Why: a NodeIterator stays registered with its document until it is garbage-collected, and every node
 * removal visits every registered iterator (DOM "NodeIterator pre-removing steps"; Blink walks its
 * document's whole iterator list). mark.js creates one per call and wraps by replacing nodes, so a
 * 5,000-post live blog took 1.1–1.4 s to highlight instead of ~0.55 s, and 6–12 s to unhighlight instead
 * of ~50 ms, in Chromium 140 until a GC ran. mark.js only reads the iterator to list the nodes before it
 * changes anything (`iterateThroughNodes`), so an iterator over our list gives it exactly the text we
 * mean (see the top of this file). mark.js calls the global `document`'s method: an own property shadows
 * the prototype's for the length of the call (in an extension's isolated world the page never sees it).
 */
export function withTextNodes<T>(root: Node, nodes: readonly Text[], run: () => T): T {
  const doc = globalThis.document as Document & { createNodeIterator: CreateNodeIterator };
  const own = Object.getOwnPropertyDescriptor(doc, "createNodeIterator");
  const real = doc.createNodeIterator;
  const replacement: CreateNodeIterator = (context, whatToShow, filter) =>
    context === root && whatToShow === 4 /* SHOW_TEXT */
      ? listIterator(nodes, context)
      : real.call(doc, context, whatToShow, filter);
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
