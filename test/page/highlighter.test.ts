// @vitest-environment jsdom
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Highlighter, type MarkKind } from "../../src/page/highlighter.ts";
import { buildTextMap } from "../../src/page/text-map.ts";

function paragraph(html: string): HTMLElement {
  const p = document.createElement("p");
  p.innerHTML = html;
  document.body.replaceChildren(p);
  return p;
}

const textAt = (el: Node, i = 0) => el.childNodes[i] as Text;

describe("Highlighter", () => {
  it("wraps a slice of one text node in a fogwatch-mark and unwraps it to the same node", () => {
    const p = paragraph("Hello brave new world");
    const node = textAt(p);
    const h = new Highlighter(document);
    const [mark] = h.highlight([{ node, startOffset: 6, endOffset: 11 }], "claim", { "data-fogwatch-index": "0" });
    expect(p.innerHTML).toBe('Hello <fogwatch-mark data-fogwatch="claim" data-fogwatch-index="0">brave</fogwatch-mark> new world');
    expect(mark?.textContent).toBe("brave");
    h.remove([mark!]);
    expect(p.innerHTML).toBe("Hello brave new world");
    expect(p.childNodes.length).toBe(1);
    expect(p.firstChild).toBe(node);
  });

  it("wraps slices across several nodes, one mark per node", () => {
    const p = paragraph("One <b>two</b> three");
    const h = new Highlighter(document);
    const marks = h.highlight(
      [
        { node: textAt(p, 0), startOffset: 0, endOffset: 4 },
        { node: textAt(p.childNodes[1]!, 0), startOffset: 0, endOffset: 3 },
        { node: textAt(p, 2), startOffset: 0, endOffset: 3 },
      ],
      "claim",
    );
    expect(marks.map((m) => m.textContent)).toEqual(["One ", "two", " th"]);
    h.removeAll();
    expect(p.innerHTML).toBe("One <b>two</b> three");
  });

  it("skips whitespace-only runs", () => {
    document.body.innerHTML = "<table><tbody><tr><td>a</td>\n  <td>b</td></tr></tbody></table>";
    const tr = document.querySelector("tr")!;
    const blank = tr.childNodes[1] as Text;
    const h = new Highlighter(document);
    const marks = h.highlight([{ node: blank, startOffset: 0, endOffset: blank.length }], "claim");
    expect(marks).toEqual([]);
    expect(document.querySelectorAll("fogwatch-mark").length).toBe(0);
  });

  it("nests overlapping highlights and removes them in any order", () => {
    const p = paragraph("Russia fired 8 missiles at Kyiv, officials said.");
    const node = textAt(p);
    const original = p.innerHTML;
    const h = new Highlighter(document);
    const claim = h.highlight([{ node, startOffset: 0, endOffset: 31 }], "claim");
    const figure = h.highlight([{ node, startOffset: 13, endOffset: 23 }], "figure");
    expect(figure[0]?.textContent).toBe("8 missiles");
    expect(figure[0]?.parentElement?.getAttribute("data-fogwatch")).toBe("claim");
    h.remove(claim);
    expect(p.querySelectorAll('[data-fogwatch="claim"]').length).toBe(0);
    expect(p.querySelector('[data-fogwatch="figure"]')?.textContent).toBe("8 missiles");
    expect(p.textContent).toBe("Russia fired 8 missiles at Kyiv, officials said.");
    // Highlight again with the original offsets while the figure is still there.
    const again = h.highlight([{ node, startOffset: 0, endOffset: 31 }], "claim");
    expect(again.map((m) => m.textContent).join("")).toBe("Russia fired 8 missiles at Kyiv");
    h.remove(figure);
    h.remove(again);
    expect(p.innerHTML).toBe(original);
    expect(p.firstChild).toBe(node);
    expect(p.childNodes.length).toBe(1);
  });

  it("joins a node again when the inner mark starts at its first character and goes last", () => {
    const p = paragraph("Russia says Ukrainian forces retreated.");
    const node = textAt(p);
    const h = new Highlighter(document);
    const claim = h.highlight([{ node, startOffset: 0, endOffset: node.length }], "claim");
    const source = h.highlight([{ node, startOffset: 0, endOffset: 6 }], "source");
    h.remove(claim);
    h.remove(source);
    expect(p.childNodes.length).toBe(1);
    expect(p.firstChild).toBe(node);
    expect(h.highlight([{ node, startOffset: 0, endOffset: node.length }], "claim").length).toBe(1);
  });

  it("keeps offsets valid over many highlight/remove cycles", () => {
    const p = paragraph("alpha beta gamma delta");
    const node = textAt(p);
    const h = new Highlighter(document);
    for (let i = 0; i < 5; i++) {
      const a = h.highlight([{ node, startOffset: 6, endOffset: 10 }], "source");
      const b = h.highlight([{ node, startOffset: 17, endOffset: 22 }], "figure");
      expect(a[0]?.textContent).toBe("beta");
      expect(b[0]?.textContent).toBe("delta");
      h.remove(i % 2 ? [...a, ...b] : [...b, ...a]);
    }
    expect(p.childNodes.length).toBe(1);
    expect(p.firstChild).toBe(node);
    expect(node.data).toBe("alpha beta gamma delta");
  });

  it("does not merge text nodes that the page kept apart", () => {
    const p = document.createElement("p");
    p.append(document.createTextNode("first "), document.createTextNode("second"));
    document.body.replaceChildren(p);
    const h = new Highlighter(document);
    h.highlight([{ node: textAt(p, 1), startOffset: 0, endOffset: 6 }], "claim");
    h.highlight([{ node: textAt(p, 0), startOffset: 0, endOffset: 5 }], "claim");
    h.removeAll();
    expect(p.childNodes.length).toBe(2);
    expect(p.innerHTML).toBe("first second");
  });

  it("ignores slices outside the node and survives the page removing marked text", () => {
    const p = paragraph("short");
    const node = textAt(p);
    const h = new Highlighter(document);
    expect(h.highlight([{ node, startOffset: 3, endOffset: 99 }], "claim")).toEqual([]);
    h.highlight([{ node, startOffset: 0, endOffset: 3 }], "claim");
    p.remove();
    expect(() => h.removeAll()).not.toThrow();
    expect(h.size).toBe(0);
  });

  it("leaves the text of script and style elements out of its offsets, as mark.js does", () => {
    const p = paragraph("Before <script>var x = 1;</script>after <style>b{}</style>it, said the army");
    const h = new Highlighter(document);
    const [mark] = h.highlight([{ node: textAt(p, 4), startOffset: 0, endOffset: 14 }], "claim");
    expect(mark?.textContent).toBe("it, said the a");
    const figure = h.highlight([{ node: textAt(p, 4), startOffset: 13, endOffset: 17 }], "figure");
    // One mark inside the claim, one for the rest of the word after it.
    expect(figure.map((m) => [m.textContent, m.parentElement?.tagName])).toEqual([["a", "FOGWATCH-MARK"], ["rmy", "P"]]);
    h.removeAll();
    expect(p.innerHTML).toBe("Before <script>var x = 1;</script>after <style>b{}</style>it, said the army");
    expect(p.childNodes.length).toBe(5);
  });

  it("splits a slice at inner marks and leaves out whitespace-only pieces between them", () => {
    const p = paragraph("Kyiv Kharkiv");
    const node = textAt(p);
    const h = new Highlighter(document);
    h.highlight([{ node, startOffset: 0, endOffset: 4 }], "source");
    h.highlight([{ node, startOffset: 5, endOffset: 12 }], "source");
    const claim = h.highlight([{ node, startOffset: 0, endOffset: 12 }], "claim");
    expect(claim.map((m) => m.textContent)).toEqual(["Kyiv", "Kharkiv"]);
    expect(claim.every((m) => m.parentElement?.getAttribute("data-fogwatch") === "source")).toBe(true);
    h.removeAll();
    expect(p.firstChild).toBe(node);
    expect(p.childNodes.length).toBe(1);
  });

  it("keeps the article text the text map reads while marks are in the page", () => {
    document.body.innerHTML = "<article><h1>Strike on Kyiv</h1><p>Russia fired <b>8 missiles</b> at Kyiv, officials said.</p></article>";
    const article = document.querySelector("article")!;
    const map = buildTextMap([article]);
    const span = (text: string) => map.slicesFor(map.text.indexOf(text), map.text.indexOf(text) + text.length);
    const h = new Highlighter(document);
    h.highlight(span("Russia fired 8 missiles at Kyiv"), "claim");
    h.highlight(span("8 missiles"), "figure");
    expect(buildTextMap([article]).text).toBe(map.text);
    h.removeAll();
    expect(buildTextMap([article]).text).toBe(map.text);
    // The first map's slices still address the same text.
    const again = h.highlight(span("fired 8 missiles at"), "claim");
    expect(again.map((m) => m.textContent).join("")).toBe("fired 8 missiles at");
  });

  it("wraps exactly the slice's text and restores the paragraph, whatever the order of highlights and removals", () => {
    const piece = fc.oneof(
      fc.stringMatching(/^[ab \n]{0,6}$/).map((text) => ({ tag: null, text })),
      fc.record({ tag: fc.constantFrom("b", "i", "span"), text: fc.stringMatching(/^[cd \n]{0,6}$/) }),
      fc.constant({ tag: "style", text: "b{}" }),
    );
    const op = fc.oneof(
      fc.record({ add: fc.nat(), start: fc.nat(8), length: fc.integer({ min: -1, max: 8 }), kind: fc.constantFrom<MarkKind>("claim", "source", "figure") }),
      fc.record({ remove: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), fc.array(op, { maxLength: 14 }), fc.boolean(), (pieces, ops, all) => {
        const p = document.createElement("p");
        for (const { tag, text } of pieces) {
          if (!tag) p.append(document.createTextNode(text)); // adjacent text nodes too
          else {
            const el = document.createElement(tag);
            el.textContent = text;
            p.append(el);
          }
        }
        document.body.replaceChildren(p);
        const html = p.innerHTML;
        const text = p.textContent;
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        const nodes: Text[] = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
        const data = nodes.map((n) => n.data);
        const targets = nodes.filter((n) => n.parentElement?.tagName !== "STYLE");
        const h = new Highlighter(document);
        const live: HTMLElement[][] = [];
        const squash = (s: string) => s.replace(/\s+/g, "");
        for (const o of ops) {
          if ("add" in o) {
            if (!targets.length) continue;
            const node = targets[o.add % targets.length]!;
            const original = data[nodes.indexOf(node)]!;
            const slice = { node, startOffset: o.start, endOffset: o.start + o.length };
            const marks = h.highlight([slice], o.kind);
            const inside = slice.startOffset < slice.endOffset && slice.endOffset <= original.length;
            const want = inside ? squash(original.slice(slice.startOffset, slice.endOffset)) : "";
            expect(squash(marks.map((m) => m.textContent).join(""))).toBe(want);
            for (const m of marks) {
              expect(m.textContent).not.toMatch(/^\s*$/);
              expect([...m.querySelectorAll("*")].every((e) => e.tagName === "FOGWATCH-MARK")).toBe(true);
            }
            if (marks.length) live.push(marks);
          } else if (live.length) {
            h.remove(live.splice(o.remove % live.length, 1)[0]!);
          }
          expect(p.textContent).toBe(text);
          expect(p.querySelectorAll("fogwatch-mark").length).toBe(h.size);
        }
        if (all) h.removeAll();
        else while (live.length) h.remove(live.pop()!);
        expect(h.size).toBe(0);
        expect(p.innerHTML).toBe(html);
        const after: Text[] = [];
        const w2 = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let n = w2.nextNode(); n; n = w2.nextNode()) after.push(n as Text);
        expect(after).toEqual(nodes);
        expect(after.every((n, i) => n === nodes[i] && n.data === data[i])).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
