// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { Highlighter } from "../../src/page/highlighter.ts";

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
});
