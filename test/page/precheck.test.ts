// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { findArticle } from "../../src/page/article.ts";
import { findTextBlocks, indexDocument } from "../../src/page/detect/doc-index.ts";
import { precheck } from "../../src/page/detect/precheck.ts";
import { PAGES, SEED, loadPage } from "./page-helpers.ts";

const parse = (html: string, type: DOMParserSupportedType = "text/html") => new DOMParser().parseFromString(html, type);
const quick = (doc: Document) => precheck(indexDocument(doc));
/** What findArticle() asks of the precheck before it scores anything. */
const passes = (doc: Document) => {
  const q = quick(doc);
  return q.longParagraphs >= (q.isArticleHinted ? 1 : 3);
};

const PARA = "The ministry said the attack, which could not be independently verified, killed three soldiers and wounded five others near the town.";
const BLURB = "A summary of the story the teaser links to, written long enough to read like a paragraph of running text on a front page of a site.";

/** A news homepage: sections of teaser cards, each a linked headline over a long blurb, with no article hints. */
function teaserHomepage(): string {
  const gridCard = (i: number) => `<li class="item"><h3><a href="/story-${i}">Headline number ${i} of the day</a></h3><p>${BLURB}</p></li>`;
  const wrappedCard = (i: number) =>
    `<div class="tile"><h2 class="title"><a href="/lead-${i}">Lead story ${i} in a larger box</a></h2><a href="/lead-${i}"><img src="x.jpg" alt=""></a>` +
    `<div class="summary"><p>${BLURB}</p></div></div>`;
  const linkedBlurb = (i: number) => `<a class="promo" href="/promo-${i}"><p>${BLURB}</p></a>`;
  const linkList = `<p>${Array.from({ length: 12 }, (_, i) => `<a href="/topic-${i}">Topic number ${i}</a>`).join(" · ")}</p>`;
  const section = (name: string, n: number) =>
    `<section><h2>${name}</h2><div class="leads">${Array.from({ length: 3 }, (_, i) => wrappedCard(i)).join("")}</div>` +
    `<ul class="grid">${Array.from({ length: n }, (_, i) => gridCard(i)).join("")}</ul>` +
    `<div class="promos">${Array.from({ length: 4 }, (_, i) => linkedBlurb(i)).join("")}</div>${linkList}</section>`;
  return `<html lang="en"><head><title>Daily News | Breaking news and world news</title><meta property="og:type" content="website"></head>` +
    `<body><header><h1>Daily News</h1></header><main>${section("World", 12)}${section("Politics", 10)}${section("Business", 8)}</main></body></html>`;
}

describe("precheck: teaser-heavy pages are rejected before any scoring", () => {
  it("stops a homepage of teaser cards with long blurbs at the precheck", () => {
    const doc = parse(teaserHomepage());
    expect(quick(doc).isArticleHinted).toBe(false);
    expect(passes(doc)).toBe(false);
    expect(findArticle(doc)).toBeNull();
  });

  it("counts a blurb only for its own card, not for the list of cards around it", () => {
    const cards = Array.from({ length: 8 }, (_, i) => `<article><h3><a href="/s${i}">Story ${i} headline here</a></h3><div><p>${BLURB}</p></div></article>`).join("");
    expect(quick(parse(`<html><body><div class="river">${cards}</div></body></html>`)).longParagraphs).toBe(1);
  });

  it("does not count paragraphs that are links or mostly links", () => {
    const linked = `<a href="/a"><p>${PARA}</p></a>`.repeat(5);
    const links = `<p><a href="/b">${PARA}</a> more</p>`.repeat(5);
    expect(quick(parse(`<html><body><div>${linked}</div><div>${links}</div></body></html>`)).longParagraphs).toBe(0);
  });

  it("does not count blobs of data kept in <div>s, nor a <p>'s text twice through its <span>", () => {
    const json = `<div class="meta">{"os":"128KB","ou":"http://example.com/images/picture-of-the-day-${"x".repeat(120)}.jpg","rh":"example.com"}</div>`;
    const spanned = `<p><span>${PARA}</span></p>`;
    const doc = parse(`<html><body><ul>${`<li>${json}</li>`.repeat(6)}</ul><div>${spanned}${spanned}</div></body></html>`);
    expect(quick(doc).longParagraphs).toBe(2);
  });
});

describe("precheck: articles still pass", () => {
  const pages = ["heise.html", "la-nacion.html", "liberation-1.html", "gmw.html", "salon-1.html", "war-002.html", "war-031.html", "war-040.html", "war-042.html", "war-048.html"];

  it.each(pages)("%s passes the precheck", (page) => {
    expect(passes(loadPage(PAGES, page))).toBe(true);
  });

  it.each(["seed-semantic.html", "seed-divsoup.html"])("%s passes the precheck", (page) => {
    expect(passes(loadPage(SEED, page))).toBe(true);
  });

  it.each(["nonart-004.html", "nonart-006.html", "nonart-017.html"])("%s (a front, a homepage, a sign-in page) stops at the precheck", (page) => {
    expect(passes(loadPage(PAGES, page))).toBe(false);
  });

  it("passes an unmarked story whose paragraphs each have wrappers of their own", () => {
    const body = Array.from({ length: 6 }, () => `<div class="block"><div class="text"><p>${PARA}</p></div></div>`).join("");
    expect(passes(parse(`<html><body><h1>Strike</h1><div class="story">${body}</div></body></html>`))).toBe(true);
  });

  it("passes an unmarked story with linked subheadings between its paragraphs", () => {
    const part = (i: number) => `<h2 id="p${i}"><a href="#p${i}">Part ${i}</a></h2><p>${PARA}</p><p>${PARA}</p>`;
    expect(passes(parse(`<html><body><h1>Strike</h1><div class="story">${[1, 2, 3].map(part).join("")}</div></body></html>`))).toBe(true);
  });

  it("passes a div-soup story and a story of <br>-separated text", () => {
    const soup = `<div class="story">${`<div>${PARA}</div>`.repeat(5)}</div>`;
    expect(passes(parse(`<html><body><h1>Strike</h1>${soup}</body></html>`))).toBe(true);
    const brs = `<table><tr><td>${`${PARA}<br><br>`.repeat(4)}</td></tr></table>`;
    expect(passes(parse(`<html><body><h1>Strike</h1>${brs}</body></html>`))).toBe(true);
  });

  it("passes an unmarked story in a script written without spaces (shorter paragraphs say as much)", () => {
    const para = "乌克兰空军周五表示，当晚在敖德萨地区上空击落了十五架俄罗斯无人机，这一说法无法得到独立核实。";
    expect(passes(parse(`<html><body><h1>无人机</h1><div class="story">${`<p>${para}</p>`.repeat(4)}</div></body></html>`))).toBe(true);
  });

  it("passes a page marked as an article with a single paragraph", () => {
    const html = `<html><head><meta property="og:type" content="article"></head><body><h1>Strike</h1><p>${PARA}</p></body></html>`;
    expect(passes(parse(html))).toBe(true);
  });
});

describe("indexDocument", () => {
  it("finds itemprop=articleBody among other itemprop words", () => {
    const doc = parse(`<html><body><div itemprop="text articleBody"><p>${PARA}</p></div><div itemprop="articleBodyPart"></div></body></html>`);
    expect(indexDocument(doc).articleBodies.map((e) => e.getAttribute("itemprop"))).toEqual(["text articleBody"]);
  });

  it("finds the containers holding a sentence's worth of text themselves, not through their children", () => {
    const doc = parse(`<html><body><div id="own">${PARA}<b>bold</b> and more.</div><div id="nested"><p>${PARA}</p></div>` +
      `<table><tr><td id="cell">${PARA}<br><br>${PARA}</td></tr></table><section id="short">A short line.</section><span id="span">${PARA}</span></body></html>`);
    expect(findTextBlocks(indexDocument(doc)).map((e) => e.id)).toEqual(["own", "cell", "span"]);
  });

  it("files elements of an XHTML document (lower-case tag names) as it does HTML's", () => {
    const body = `<body><h1>Strike</h1><h2>Part</h2><p>${PARA}</p><div>${PARA}</div><br/><time datetime="2024-03-03">March 3</time></body>`;
    const xhtml = parse(`<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Strike</title><meta name="author" content="A"/></head>${body}</html>`, "application/xhtml+xml");
    const html = parse(`<html><head><title>Strike</title><meta name="author" content="A"></head>${body}</html>`);
    const summary = (doc: Document) => {
      const i = indexDocument(doc);
      return [i.paragraphs.length, i.metas.length, i.headings.h1.length, i.headings.h2.length, i.times.length, findTextBlocks(i).length, i.breaks, i.title?.textContent];
    };
    expect(summary(xhtml)).toEqual([1, 1, 1, 1, 1, 1, 1, "Strike"]);
    expect(summary(html)).toEqual(summary(xhtml));
  });
});
