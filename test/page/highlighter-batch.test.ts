// @vitest-environment jsdom
/**
 * `highlightMany` against the one-request-at-a-time path (`highlight` per slice, as the highlighter
 * worked before batching): the same page structure (text-node boundaries included), the same marks per
 * request, and the exact page back after removal.
 */
import fc from "fast-check";
import type Mark from "mark.js";
import { describe, expect, it, vi } from "vitest";
import { Highlighter, type HighlightRequest, type MarkKind } from "../../src/page/highlighter.ts";
import { assignLayers } from "../../src/page/mark-ranges.ts";
import type { NodeSlice } from "../../src/page/types.ts";
import { structure, textNodes } from "./dom-structure.ts";

const markCalls = vi.hoisted(() => ({ count: 0 }));

// Counts mark.js calls: the library's instances carry their methods, so wrap the constructor.
vi.mock("mark.js", async (importOriginal) => {
  const Real = (await importOriginal<{ default: typeof Mark }>()).default;
  return {
    default: function Counted(context: HTMLElement) {
      const real = new Real(context);
      return {
        markRanges(...args: Parameters<typeof real.markRanges>) {
          markCalls.count++;
          real.markRanges(...args);
          return this;
        },
      };
    },
  };
});

interface Piece {
  tag: string | null;
  text: string;
}

function build(pieces: readonly Piece[]): HTMLElement {
  const p = document.createElement("p");
  for (const { tag, text } of pieces) {
    if (!tag) p.append(document.createTextNode(text));
    else {
      const el = document.createElement(tag);
      el.textContent = text;
      p.append(el);
    }
  }
  return p;
}

/** The same slice on a copy of the page: the text node at the same position in document order. */
const onCopy = (slices: readonly NodeSlice[], from: Text[], to: Text[]) =>
  slices.map((s) => ({ ...s, node: to[from.indexOf(s.node)]! }));

describe("Highlighter.highlightMany", () => {
  it("gives each request its marks in slice order, nesting overlaps like separate calls", () => {
    document.body.innerHTML = "<p>Russia fired 8 missiles at Kyiv, officials said.</p>";
    const p = document.querySelector("p")!;
    const node = p.firstChild as Text;
    const h = new Highlighter(document);
    const [claim, figure, source] = h.highlightMany([
      { slices: [{ node, startOffset: 0, endOffset: 31 }], kind: "claim", attributes: { "data-fogwatch-index": "0" } },
      { slices: [{ node, startOffset: 13, endOffset: 23 }], kind: "figure" },
      { slices: [{ node, startOffset: 0, endOffset: 6 }, { node, startOffset: 33, endOffset: 42 }], kind: "source" },
    ]);
    expect(claim!.map((m) => m.textContent)).toEqual(["Russia fired 8 missiles at Kyiv"]);
    expect(figure!.map((m) => [m.textContent, m.parentElement?.dataset.fogwatch])).toEqual([["8 missiles", "claim"]]);
    expect(source!.map((m) => [m.textContent, m.parentElement?.dataset.fogwatch])).toEqual([
      ["Russia", "claim"],
      ["officials", undefined],
    ]);
    expect(claim![0]!.getAttribute("data-fogwatch-index")).toBe("0");
    expect(h.size).toBe(4);
    h.removeAll();
    expect(p.innerHTML).toBe("Russia fired 8 missiles at Kyiv, officials said.");
    expect(p.firstChild).toBe(node);
    expect(p.childNodes.length).toBe(1);
  });

  it("calls mark.js once for slices that do not overlap, in any element, once more per overlapping layer", () => {
    document.body.innerHTML = "<div><p>alpha beta gamma delta</p><p>one two three</p></div>";
    const [a, b] = [...document.querySelectorAll("p")].map((p) => p.firstChild as Text);
    const slices = (node: Text, ...spans: [number, number][]) =>
      spans.map(([startOffset, endOffset]) => ({ node, startOffset, endOffset }));
    const h = new Highlighter(document);
    markCalls.count = 0;
    h.highlightMany([
      { slices: slices(a!, [0, 5]), kind: "source" },
      { slices: slices(a!, [6, 10], [17, 22]), kind: "source" },
      { slices: slices(b!, [0, 3]), kind: "figure" },
      { slices: slices(b!, [4, 7]), kind: "figure" },
    ]);
    expect(markCalls.count).toBe(1);
    markCalls.count = 0;
    const [claim] = h.highlightMany([
      { slices: slices(a!, [0, 10]), kind: "claim" },
      { slices: slices(a!, [6, 16]), kind: "claim" },
    ]);
    expect(markCalls.count).toBe(2);
    expect(claim!.map((m) => m.textContent)).toEqual(["alpha", "beta"]) // the space between them is a whitespace-only piece;
    h.removeAll();
    expect(document.body.innerHTML).toBe("<div><p>alpha beta gamma delta</p><p>one two three</p></div>");
  });

  it("creates no NodeIterator (they stay registered with the document) and leaves the document as it was", () => {
    document.body.innerHTML = "<p>alpha <b>beta</b> gamma</p><script>var delta;</script>";
    const p = document.querySelector("p")!;
    const spy = vi.spyOn(Document.prototype, "createNodeIterator");
    const h = new Highlighter(document);
    const [marks] = h.highlightMany([{ slices: [{ node: p.lastChild as Text, startOffset: 1, endOffset: 6 }], kind: "claim" }]);
    expect(marks!.map((m) => m.textContent)).toEqual(["gamma"]);
    expect(spy).not.toHaveBeenCalled();
    expect(Object.prototype.hasOwnProperty.call(document, "createNodeIterator")).toBe(false);
    // Other callers still get the real thing.
    expect(document.createNodeIterator(document.body, NodeFilter.SHOW_TEXT).nextNode()).toBe(p.firstChild);
    spy.mockRestore();
    h.removeAll();
    expect(p.innerHTML).toBe("alpha <b>beta</b> gamma");
  });

  it("matches the one-slice-at-a-time path on random pages and requests, then restores the page", () => {
    const piece = fc.oneof(
      fc.stringMatching(/^[ab \n]{0,7}$/).map((text) => ({ tag: null, text })),
      fc.record({ tag: fc.constantFrom("b", "i", "span"), text: fc.stringMatching(/^[cd \n]{0,6}$/) }),
      fc.constant({ tag: "style", text: "b{}" }),
    );
    const slice = fc.record({ node: fc.nat(), start: fc.nat(8), length: fc.integer({ min: -1, max: 8 }) });
    const request = fc.record({
      slices: fc.array(slice, { minLength: 1, maxLength: 3 }),
      kind: fc.constantFrom<MarkKind>("claim", "source", "figure"),
    });
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 8 }),
        fc.array(fc.array(request, { maxLength: 6 }), { minLength: 1, maxLength: 3 }),
        (pieces, batches) => {
          const one = build(pieces);
          const many = build(pieces);
          document.body.replaceChildren(one, many);
          const html = one.innerHTML;
          const oneNodes = textNodes(one);
          const manyNodes = textNodes(many);
          const targets = oneNodes.filter((n) => n.parentElement?.tagName !== "STYLE");
          if (!targets.length) return;
          const hOne = new Highlighter(document);
          const hMany = new Highlighter(document);
          batches.forEach((batch, b) => {
            const requests: HighlightRequest[] = batch.map((r, i) => ({
              slices: r.slices.map((s) => ({ node: targets[s.node % targets.length]!, startOffset: s.start, endOffset: s.start + s.length })),
              kind: r.kind,
              attributes: { "data-fogwatch-index": `${b}.${i}` },
            }));
            const expected = requests.map((r) => r.slices.flatMap((s) => hOne.highlight([s], r.kind, r.attributes)));
            const got = hMany.highlightMany(requests.map((r) => ({ ...r, slices: onCopy(r.slices, oneNodes, manyNodes) })));
            expect(got.map((marks) => marks.map(structure))).toEqual(expected.map((marks) => marks.map(structure)));
            expect(structure(many)).toBe(structure(one));
            expect(hMany.size).toBe(hOne.size);
          });
          hMany.removeAll();
          expect(many.innerHTML).toBe(html);
          const after = textNodes(many);
          expect(after.length).toBe(manyNodes.length);
          expect(after.every((n, i) => n === manyNodes[i])).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe("assignLayers", () => {
  it("puts a span after the last layer holding an earlier span it overlaps", () => {
    const s = (from: number, to: number) => ({ from, to });
    expect(assignLayers([s(0, 10), s(5, 15), s(12, 20), s(20, 25), null, s(0, 2)])).toEqual({
      layerOf: [0, 1, 2, 0, -1, 1],
      count: 3,
    });
    expect(assignLayers([s(10, 20), s(0, 10), s(20, 30)])).toEqual({ layerOf: [0, 0, 0], count: 1 });
  });
});
