// @vitest-environment jsdom
/**
 * `highlightMany` against the way it worked before it listed only the text nodes its ranges lie in: one
 * mark.js call per element holding slices and per layer, with mark.js walking that whole element (its
 * own NodeIterator) and our offsets into the element's text. Same page structure (text-node boundaries
 * included), same marks per request, batch after batch on the same page.
 */
import fc from "fast-check";
import Mark from "mark.js";
import { describe, expect, it } from "vitest";
import { Highlighter, MARK_TAG, type HighlightRequest, type MarkKind } from "../../src/page/highlighter.ts";
import { assignLayers } from "../../src/page/mark-ranges.ts";
import type { NodeSlice } from "../../src/page/types.ts";
import { structure, textNodes } from "./dom-structure.ts";

// ── The reference: the highlighter before (cdf542f), wrapping included, unwrapping left out ─────────

interface Positioned {
  node: Text;
  start: number;
  end: number;
}

function readContext(context: Element) {
  const nodes: Positioned[] = [];
  const walker = document.createTreeWalker(context, NodeFilter.SHOW_TEXT);
  let offset = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentNode as Element | null;
    if (parent?.matches("script, style, title, head, html")) continue;
    nodes.push({ node: n as Text, start: offset, end: (offset += (n as Text).data.length) });
  }
  return { nodes, indexOf: new Map(nodes.map((n, i) => [n.node, i])) };
}

type ContextText = ReturnType<typeof readContext>;

function locate(text: ContextText, slice: NodeSlice, isPiece: (node: Text) => boolean) {
  const first = text.indexOf.get(slice.node);
  if (first === undefined) return null;
  let last = first;
  while (last + 1 < text.nodes.length && isPiece(text.nodes[last + 1]!.node)) last++;
  const base = text.nodes[first]!.start;
  const length = text.nodes[last]!.end - base;
  const valid = slice.startOffset >= 0 && slice.endOffset <= length && slice.startOffset < slice.endOffset;
  return { first, last, valid, from: base + slice.startOffset, to: base + slice.endOffset };
}

class ReferenceHighlighter {
  readonly pieces = new Set<Text>();
  private readonly isPiece = (node: Text) => this.pieces.has(node);

  highlightMany(requests: readonly HighlightRequest[]): HTMLElement[][] {
    const made: { mark: HTMLElement; order: number; start: number }[][] = requests.map(() => []);
    const byContext = new Map<Element, { request: number; order: number; slice: NodeSlice }[]>();
    requests.forEach(({ slices }, request) =>
      slices.forEach((slice, order) => {
        const context = slice.node.parentElement;
        if (!context) return;
        if (!byContext.has(context)) byContext.set(context, []);
        byContext.get(context)!.push({ request, order, slice });
      }),
    );
    for (const [context, units] of byContext) {
      let text = readContext(context);
      const spans = units.map((u) => {
        const at = locate(text, u.slice, this.isPiece);
        return at?.valid ? { from: at.from, to: at.to } : null;
      });
      const { layerOf, count } = assignLayers(spans);
      for (let layer = 0; layer < count; layer++) {
        if (layer > 0) text = readContext(context);
        const ranges: { start: number; length: number; unit: number }[] = [];
        units.forEach((u, unit) => {
          if (layerOf[unit] !== layer) return;
          const at = locate(text, u.slice, this.isPiece);
          if (!at?.valid) return;
          for (let i = at.first; i <= at.last; i++) {
            const { node, start, end } = text.nodes[i]!;
            const a = Math.max(at.from, start);
            const b = Math.min(at.to, end);
            if (b > a && /\S/.test(node.data.slice(a - start, b - start))) ranges.push({ start: a, length: b - a, unit });
          }
        });
        if (!ranges.length) continue;
        new Mark(context as HTMLElement).markRanges(ranges, {
          element: MARK_TAG,
          each: (element, range) => {
            const mark = element as HTMLElement;
            for (const node of [mark.firstChild, mark.nextSibling]) if (node?.nodeType === Node.TEXT_NODE) this.pieces.add(node as Text);
            mark.removeAttribute("data-markjs");
            const { unit, start } = range as (typeof ranges)[number];
            const { request, order } = units[unit]!;
            const { kind, attributes = {} } = requests[request]!;
            mark.setAttribute("data-fogwatch", kind);
            for (const [name, value] of Object.entries(attributes)) mark.setAttribute(name, value);
            made[request]!.push({ mark, order, start });
          },
        });
      }
    }
    return made.map((list) => list.sort((a, b) => a.order - b.order || a.start - b.start).map((m) => m.mark));
  }
}

// ── Random pages ───────────────────────────────────────────────────────────────────────────────

const text = fc.stringMatching(/^[ab \n]{0,9}$/);
const { markup } = fc.letrec<{ markup: string }>((tie) => ({
  markup: fc.oneof(
    { depthSize: "small" },
    text,
    text,
    fc.tuple(fc.constantFrom("b", "i", "span", "em"), fc.array(tie("markup"), { maxLength: 3 })).map(([tag, kids]) => `<${tag}>${kids.join("")}</${tag}>`),
    fc.constantFrom("<style>b{}</style>", "<script>var a;</script>", "<br>", "<!--c-->"),
  ),
}));

describe("Highlighter.highlightMany against the one-call-per-element reference", () => {
  it("wraps the same text in the same marks, batch after batch, and restores the page", () => {
    const slice = fc.record({ node: fc.nat(), start: fc.integer({ min: -1, max: 10 }), length: fc.integer({ min: -1, max: 12 }) });
    const request = fc.record({
      slices: fc.array(slice, { minLength: 1, maxLength: 4 }),
      kind: fc.constantFrom<MarkKind>("claim", "source", "figure"),
    });
    fc.assert(
      fc.property(
        fc.array(markup, { minLength: 1, maxLength: 6 }),
        fc.array(fc.array(request, { maxLength: 8 }), { minLength: 1, maxLength: 4 }),
        (parts, batches) => {
          const html = parts.join("");
          const ref = document.createElement("div");
          const got = document.createElement("div");
          ref.innerHTML = html;
          got.innerHTML = html;
          document.body.replaceChildren(ref, got);
          const refNodes = textNodes(ref);
          const gotNodes = textNodes(got);
          if (!refNodes.length) return;
          const reference = new ReferenceHighlighter();
          const h = new Highlighter(document);
          batches.forEach((batch, b) => {
            const on = (nodes: Text[]) =>
              batch.map((r, i) => ({
                slices: r.slices.map((s) => ({ node: nodes[s.node % nodes.length]!, startOffset: s.start, endOffset: s.start + s.length })),
                kind: r.kind,
                attributes: { "data-fogwatch-index": `${b}.${i}`, "data-fogwatch-tone": "a" },
              }));
            const expected = reference.highlightMany(on(refNodes));
            const marks = h.highlightMany(on(gotNodes));
            expect(structure(got)).toBe(structure(ref));
            expect(marks.map((list) => list.map(structure))).toEqual(expected.map((list) => list.map(structure)));
          });
          h.removeAll();
          expect(got.innerHTML).toBe(html);
          const after = textNodes(got);
          expect(after.length).toBe(gotNodes.length);
          expect(after.every((n, i) => n === gotNodes[i])).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  }, 120_000);
});
