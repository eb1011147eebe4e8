// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { analyzeDocument } from "../../src/page/analyze-page.ts";
import { buildTextMap } from "../../src/page/text-map.ts";
import { PAGES, SEED, loadPage } from "./page-helpers.ts";
import type { NodeSlice } from "../../src/page/types.ts";

function root(html: string): HTMLElement {
  const div = document.createElement("div");
  div.innerHTML = html;
  document.body.replaceChildren(div);
  return div;
}

/** The DOM text a set of slices covers, joined in order. */
const covered = (slices: NodeSlice[]) => slices.map((s) => s.node.data.slice(s.startOffset, s.endOffset)).join("|");

describe("buildTextMap", () => {
  it("collapses whitespace and separates blocks with blank lines", () => {
    const map = buildTextMap([root("<h1>  Title \n here </h1>\n<p>First   para,\n\twrapped.</p><p> Second&nbsp; one </p>")]);
    expect(map.text).toBe("Title here\n\nFirst para, wrapped.\n\nSecond one");
  });

  it("maps a span back to exactly the characters across links, emphasis and nested spans", () => {
    const el = root('<p>The <a href="#">Russian <em>Defense</em> Ministry</a> said <span><b>eight</b> missiles</span> hit.</p>');
    const map = buildTextMap([el]);
    expect(map.text).toBe("The Russian Defense Ministry said eight missiles hit.");
    const start = map.text.indexOf("Defense Ministry said eight");
    const slices = map.slicesFor(start, start + "Defense Ministry said eight".length);
    expect(covered(slices)).toBe("Defense| Ministry| said |eight");
    expect(slices.map((s) => s.node.parentElement!.tagName)).toEqual(["EM", "A", "P", "B"]);
  });

  it("maps offsets through collapsed whitespace to the original node offsets", () => {
    const el = root("<p>  Kyiv   says\n   balloons   were shot down. </p>");
    const map = buildTextMap([el]);
    expect(map.text).toBe("Kyiv says balloons were shot down.");
    const start = map.text.indexOf("says balloons");
    const [slice] = map.slicesFor(start, start + "says balloons".length);
    expect(slice!.node.data.slice(slice!.startOffset, slice!.endOffset)).toBe("says\n   balloons");
  });

  it("returns nothing for empty or inverted ranges and clamps to the text", () => {
    const map = buildTextMap([root("<p>One two</p>")]);
    expect(map.slicesFor(3, 3)).toEqual([]);
    expect(map.slicesFor(5, 2)).toEqual([]);
    expect(covered(map.slicesFor(4, 999))).toBe("two");
  });

  it("leaves out scripts, styles, hidden parts, form fields and editable regions", () => {
    const el = root(
      "<p>Visible<script>var x = 1;</script><style>p{}</style> text</p>" +
        '<p hidden>hidden attr</p><p aria-hidden="true">aria hidden</p><p style="color:red; display: none">inline none</p>' +
        '<p>Field <input value="typed"><textarea>draft</textarea><select><option>opt</option></select><button>Go</button> end</p>' +
        '<div contenteditable="true">editable</div><noscript>enable js</noscript>',
    );
    expect(buildTextMap([el]).text).toBe("Visible text\n\nField end");
  });

  it("leaves out what the skip predicate names (clutter, captions)", () => {
    const el = root('<p>Story one.</p><div class="ad">Advertisement</div><figure><figcaption>Caption</figcaption></figure><p>Story two.</p>');
    const map = buildTextMap([el], { skip: (e) => e.classList.contains("ad") || e.tagName === "FIGURE" });
    expect(map.text).toBe("Story one.\n\nStory two.");
  });

  it("starts at `start` and stops after `end`", () => {
    const el = root('<nav>Home</nav><h1 id="h">Headline</h1><p>Body.</p><div id="e"><p>Last.</p></div><p>Comments</p>');
    const map = buildTextMap([el], { start: el.querySelector("#h"), end: el.querySelector("#e") });
    expect(map.text).toBe("Headline\n\nBody.\n\nLast.");
  });

  it("puts a prefix first that maps to no node", () => {
    const map = buildTextMap([root("<p>Body text.</p>")], { prefix: " Title  from head " });
    expect(map.text).toBe("Title from head\n\nBody text.");
    expect(map.slicesFor(0, 5)).toEqual([]);
    expect(covered(map.slicesFor(map.text.indexOf("Body"), map.text.length))).toBe("Body text.");
  });

  it("treats <br> as a paragraph break and keeps inline words together", () => {
    expect(buildTextMap([root("<td>One line<br>Next <b>bo</b>ld</td>")]).text).toBe("One line\n\nNext bold");
  });
});

describe("slicesFor on real pages", () => {
  for (const [dir, page] of [[SEED, "seed-divsoup.html"], [PAGES, "war-002.html"], [PAGES, "gmw.html"]] as const) {
    it(`${page}: every span maps back to DOM text that reads the same`, () => {
      const { textMap } = analyzeDocument(loadPage(dir, page));
      const text = textMap!.text;
      const collapse = (s: string) => s.replace(/\s+/g, "");
      // Spans at sentence-ish boundaries across the whole text, including ones crossing paragraphs.
      for (let start = 0; start < text.length; start += 97) {
        const end = Math.min(text.length, start + 151);
        const fromDom = textMap!.slicesFor(start, end).map((s) => s.node.data.slice(s.startOffset, s.endOffset)).join(" ");
        expect(collapse(fromDom)).toBe(collapse(text.slice(start, end)));
      }
    });
  }
});
