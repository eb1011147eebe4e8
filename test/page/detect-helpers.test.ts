// @vitest-environment jsdom
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asciiJoinedLength, words } from "../../src/page/detect/headline.ts";
import { classWeight, createNameTests, isUnlikelyByName } from "../../src/page/detect/class-weight.ts";
import { collapsedLength, directTextLength, hasWordRuns, isCollapsed, isDenseScript, nameTokens, rawText, splitWords, startsDense } from "../../src/page/detect/dom.ts";
import { countCommas } from "../../src/page/detect/paragraphs.ts";
import { countChars, descendantRange, scanPageText, trimmedLength } from "../../src/page/detect/text-stats.ts";
import { descendants, tagOf } from "../../src/page/detect/dom.ts";

/** Random strings from pieces that exercise the white space and script cases. */
function randomTexts(pieces: string[], count: number, seed = 7): string[] {
  const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
  return Array.from({ length: count }, () => Array.from({ length: next(30) }, () => pieces[next(pieces.length)]).join(""));
}

const SPACES = [" ", "  ", "\n", "\t", "\r\n", "\f", "\u00a0", "\u2003", "\u3000", "\ufeff", "\v"];
const WORDS = ["Kyiv", "said,", "東京", "서울", "x".repeat(120), "a", "—", "،", "，", "、"];

describe("splitWords", () => {
  const byRegex = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);

  it("splits as the regular expressions do", () => {
    for (const s of ["c-adSlot__label", "abCDe", "a1B2C", "postBody", "HTMLContent", "x--y", "", "--", "ad_slot-3", "İstanbul-news", "KelvinK", "naïveTitle", "a1b"]) {
      expect(splitWords(s)).toEqual(byRegex(s));
    }
  });

  it("agrees with them on random names", () => {
    for (const s of randomTexts(["a", "B", "ad", "Slot", "-", "_", "9", " ", "é", "İ", "CONTENT", "x"], 2000)) expect(splitWords(s)).toEqual(byRegex(s));
  });
});

describe("white space counts", () => {
  const texts = randomTexts([...SPACES, ...WORDS], 3000);

  it("isCollapsed says when collapsing changes nothing", () => {
    for (const s of texts) expect(isCollapsed(s)).toBe(s.length === 0 || s === s.replace(/[ \n\t\r\u00a0\f]+/g, " ").replace(/^ | $/g, ""));
  });

  it("collapsedLength and countChars count as the loops over characters do", () => {
    const space = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 12;
    for (const s of texts) {
      const collapsed = s.replace(/[ \n\t\r\u00a0\f]+/g, " ").replace(/^ | $/g, "");
      expect(collapsedLength(s)).toBe(collapsed.length);
      expect(countChars(s)).toBe([...s].reduce((n, c) => n + (space(c.charCodeAt(0)) ? 0 : c.length), 0));
    }
  });

  it("startsDense reads a dense character past the first 200 raw ones at its collapsed place", () => {
    for (const s of [...texts, `${" \n".repeat(150)}${"x".repeat(150)}東京`, `${"x ".repeat(99)}x東`, `${"x ".repeat(100)}東`, `${"x  ".repeat(99)}x東`]) {
      expect(startsDense(s)).toBe(isDenseScript(s.replace(/\s+/g, " ").trim()));
    }
  });

  it("hasWordRuns says whether the collapsed text splits into that many words", () => {
    for (const s of [...texts, "", " ", "a", "a b", "a\u2003b\u3000c", " a  b c "]) {
      for (const min of [2, 3, 5]) expect(hasWordRuns(s, min)).toBe(s.replace(/\s+/g, " ").trim().split(" ").length >= min);
    }
  });

  it("trimmedLength is the length of the trimmed text", () => {
    for (const s of texts) expect(trimmedLength(s)).toBe(s.trim().length);
  });

  it("countCommas counts Latin, full-width, ideographic and Arabic commas", () => {
    for (const s of texts) expect(countCommas(s)).toBe((s.match(/[,，、،]/g) ?? []).length);
  });
});

describe("per-element helpers", () => {
  const doc = new DOMParser().parseFromString(
    `<body><div id="a" class="post-body">  One, two <b>three</b>\n four  </div><p id="b">Only text</p><p id="c"></p>` +
      `<p id="d"><!-- note -->After a comment</p><div id="e"><span>x</span> <a href="/">link text</a></div>` +
      `<div class="sidebar mainColumn" id="f">s</div><div class="c-adSlot" id="g">g</div><div id="debt-as-a-share-of-gdp">h</div></body>`,
    "text/html",
  );
  const all = Array.from(doc.body.querySelectorAll("*"));

  it("rawText is textContent", () => {
    for (const el of all) expect(rawText(el)).toBe(el.textContent);
  });

  it("the text stats hold each element's own text length", () => {
    const stats = scanPageText(doc.body).stats;
    for (const el of all) expect(stats.get(el)?.directChars).toBe(directTextLength(el));
  });

  it("name tests remember the same verdicts as the plain functions", () => {
    const names = createNameTests();
    for (const el of all) {
      expect(names.classWeight(el)).toBe(classWeight(el));
      expect(names.isUnlikelyByName(el)).toBe(isUnlikelyByName(el));
      expect(names.classWeight(el)).toBe(classWeight(el));
    }
    expect(nameTokens(doc.getElementById("g")!)).toEqual(["c", "ad", "slot", "g"]);
    expect(isUnlikelyByName(doc.getElementById("g")!)).toBe(true);
    expect(isUnlikelyByName(doc.getElementById("f")!)).toBe(false);
  });

  it("name tests read class words and short ids, not slugs", () => {
    const el = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, "text/html").body.firstElementChild!;
    expect(classWeight(el('<div class="post-body">'))).toBe(25);
    expect(classWeight(el('<div class="c-adSlot">'))).toBe(-25);
    expect(classWeight(el('<div class="story" id="share-box">'))).toBe(0);
    expect(classWeight(el('<div id="debt-as-a-share-of-gdp">'))).toBe(0);
    expect(isUnlikelyByName(el('<div id="nav-drawer">'))).toBe(true);
    expect(isUnlikelyByName(el('<div class="ad" id="main">'))).toBe(false);
    // The same class value on many elements is read once and remembered: the verdicts stay per value.
    for (let i = 0; i < 3000; i++) expect(classWeight(el(`<div class="x${i} sidebar">`))).toBe(-25);
    expect(classWeight(el('<div class="x1 sidebar">'))).toBe(-25);
  });
});

describe("scanPageText", () => {
  const doc = new DOMParser().parseFromString(
    `<body><header><nav><a href="/">Home</a> <a href="/w">World</a></nav></header><article><h1>Title here</h1>` +
      `<p>One <a href="/x">two</a> three.</p><script>var x = "<p>not text</p>";</script><noscript><p>Enable scripts, please.</p></noscript>` +
      `<svg><g><text>label</text></g><foreignObject><div>inside</div></foreignObject></svg><template><p>t</p></template>` +
      `<div><section><p>Deep</p></section></div></article><footer>End</footer></body>`,
    "text/html",
  );
  const page = scanPageText(doc.body);

  it("lists every element in document order with its tag, as a TreeWalker would", () => {
    const all = descendants(doc.body);
    expect(page.elements).toEqual(all);
    expect(page.tags).toEqual(all.map(tagOf));
  });

  it("gives each element's descendants as a range of the list", () => {
    page.elements.forEach((el, i) => {
      expect(page.elements.slice(i + 1, page.ends[i])).toEqual(descendants(el));
      const range = descendantRange(page, doc.body, el)!;
      expect(page.elements.slice(...range)).toEqual(descendants(el));
    });
    expect(descendantRange(page, doc.body, doc.body)).toEqual([0, page.elements.length]);
    expect(descendantRange(page, doc.body, doc.head)).toBeNull();
  });

  it("keeps the text of counted elements whose only child is a text node", () => {
    page.elements.forEach((el, i) => {
      const only = el.firstChild;
      const lone = page.stats.has(el) && only && only === el.lastChild && only.nodeType === 3 ? (only as Text).data : undefined;
      expect(page.loneTexts[i]).toBe(lone);
    });
    expect(page.loneTexts.filter((t) => t !== undefined)).toEqual(["Home", "World", "Title here", "two", "Deep", "End"]);
  });

  it("counts text and link text, leaving out scripts, no-script markup and SVG", () => {
    const stat = (sel: string) => page.stats.get(doc.querySelector(sel)!);
    expect(stat("nav")).toEqual({ chars: 9, linkChars: 9, directChars: 0 });
    expect(stat("article > p")).toEqual({ chars: 12, linkChars: 3, directChars: 9 });
    expect(stat("article")).toEqual({ chars: 9 + 12 + 4, linkChars: 3, directChars: 0 });
    expect(stat("svg")).toBeUndefined();
    expect(stat("noscript")).toBeUndefined();
    expect(scanPageText(doc.body).stats.get(doc.querySelector("article")!)).toEqual(stat("article"));
  });
});

describe("headline words", () => {
  // The Unicode way words() takes for every text that is not ASCII: the reference for its ASCII shortcut.
  const unicodeWords = (s: string) => s.normalize("NFKC").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const asciiText = fc.string({ unit: fc.oneof(fc.constantFrom(..."aZ09 -.,'\"\n\t!?:;_/".split("")), fc.string({ unit: "binary-ascii", minLength: 1, maxLength: 1 })) });
  const anyText = fc.string({ unit: fc.constantFrom("a", "Z", "0", " ", "-", "ﬁ", "İ", "é", "\u212a", "Ⅻ", "①", "\u00a0", "漢", "😀") });

  it("splits ASCII text as the Unicode split does", () => {
    fc.assert(fc.property(asciiText, (s) => { expect(words(s)).toEqual(unicodeWords(s)); }), { numRuns: 2000 });
    fc.assert(fc.property(anyText, (s) => { expect(words(s)).toEqual(unicodeWords(s)); }), { numRuns: 2000 });
  });

  it("tells the joined words' length of ASCII text without splitting it, and nothing of other text", () => {
    fc.assert(fc.property(asciiText, (s) => { expect(asciiJoinedLength(s)).toBe(words(s).join(" ").length); }), { numRuns: 2000 });
    expect(asciiJoinedLength("Missile strike, 12 dead")).toBe("missile strike 12 dead".length);
    expect(asciiJoinedLength(" -- ")).toBe(0);
    expect(asciiJoinedLength("Kyiv ﬁre")).toBe(-1);
  });
});
