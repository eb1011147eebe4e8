// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { findArticle } from "../../src/page/article.ts";
import { findClutter } from "../../src/page/clutter.ts";
import { BLOCK_TAGS, NON_CONTENT_TAGS, isHiddenByMarkup, tagOf } from "../../src/page/detect/dom.ts";

/** A clutter box's text as first written: every text node joined, then collapsed, then cut at 1,000 characters. */
function reference(el: Element): string {
  const parts: string[] = [];
  const walk = (e: Element) => {
    let previousWasElement = false;
    for (let c = e.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        parts.push((c as Text).data);
        if (/\S/.test((c as Text).data)) previousWasElement = false;
      } else if (c.nodeType === 1) {
        const tag = tagOf(c as Element);
        if (NON_CONTENT_TAGS.has(tag) || isHiddenByMarkup(c as Element)) continue;
        const gap = previousWasElement || BLOCK_TAGS.has(tag) ? " " : "";
        parts.push(gap);
        walk(c as Element);
        parts.push(gap);
        previousWasElement = true;
      }
    }
  };
  walk(el);
  const text = parts.join("").replace(/\s+/g, " ").trim();
  return text.length > 1000 ? `${text.slice(0, 999)}…` : text;
}

describe("clutter texts", () => {
  it("read as the whole box read and cut would, for a long box and nested menu items", () => {
    const story = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i}: the army said the strike hit a fuel depot near Kyiv overnight. ${"Residents described a long night of sirens and explosions across several districts of the region. ".repeat(2)}</p>`).join("\n");
    // A long "related" column (read only until it is long enough) and wrappers around lone texts.
    // A long headline list, whose text is read only until it is long enough (the spaces inside the
    // titles make it long to read), and wrappers with white space around a lone text.
    const teasers = Array.from({ length: 80 }, (_, i) => `\n      <li>\n        <a href="/s${i}">\n          <span>Story ${i} about${" ".repeat(120)}something else today</span>\n        </a>\n      </li>`).join("");
    const doc = document.implementation.createHTMLDocument("Strike hits fuel depot | News");
    doc.head.insertAdjacentHTML("beforeend", '<meta property="og:type" content="article">');
    doc.body.innerHTML =
      `<main><article><h1>Strike hits fuel depot</h1>${story}` +
      `<div>\n  <span>\n    <span>ADVERTISEMENT</span>\n  </span>\n</div>${story}</article>` +
      `<aside><ul>${teasers}</ul></aside></main>`;
    const article = findArticle(doc)!;
    const clutter = findClutter(doc, article);
    expect(clutter.some((c) => c.text === "ADVERTISEMENT" && c.kind === "ad")).toBe(true);
    expect(clutter.some((c) => c.text.startsWith("Story 0 about something else today") && c.text.length === 1000)).toBe(true);
    for (const c of clutter) expect(c.text).toBe(reference(c.element));
  });
});
