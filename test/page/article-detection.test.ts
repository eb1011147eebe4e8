// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { findArticle } from "../../src/page/article.ts";
import { isDenseScript, startsDense } from "../../src/page/detect/dom.ts";
import { analyzeDocument } from "../../src/page/analyze-page.ts";
import { PAGES, SEED, loadPage, readText, textScore } from "./page-helpers.ts";

const ARTICLES = [
  ["heise.html", "heise.expected.txt"],
  ["la-nacion.html", "la-nacion.expected.txt"],
  ["liberation-1.html", "liberation-1.expected.txt"],
  ["gmw.html", "gmw.expected.txt"],
  ["salon-1.html", "salon-1.expected.txt"],
  ["war-002.html", "war-002.expected.txt"],
  ["war-031.html", "war-031.expected.txt"],
  ["war-040.html", "war-040.expected.txt"],
  ["war-042.html", "war-042.expected.txt"],
  ["war-048.html", "war-048.expected.txt"],
] as const;
const NON_ARTICLES = ["nonart-004.html", "nonart-006.html", "nonart-015.html", "nonart-017.html"];

describe("article detection on saved real pages", () => {
  it.each(ARTICLES)("%s: finds the story text a reader would copy", (page, expected) => {
    const result = analyzeDocument(loadPage(PAGES, page));
    expect(result.article).not.toBeNull();
    const score = textScore(readText(PAGES, expected), result.textMap!.text);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.precision).toBeGreaterThanOrEqual(0.8);
  });

  it.each(NON_ARTICLES)("%s: is not an article", (page) => {
    expect(findArticle(loadPage(PAGES, page))).toBeNull();
  });

  it("starts the text with the headline and reads metadata", () => {
    const result = analyzeDocument(loadPage(SEED, "seed-semantic.html"));
    const text = result.textMap!.text;
    expect(text.startsWith("Russia launches new missile attacks in response to NATO’s increased backing for Ukraine\n\n")).toBe(true);
    expect(result.article!.meta).toMatchObject({
      site: "The Daily Frontline", byline: "Staff and agencies", published: "2023-02-16T18:40:00.000Z", language: "en",
    });
    expect(text).not.toContain("Staff and agencies");
    expect(text).not.toContain("Share this story");
  });

  it("reads language and site from meta tags", () => {
    const meta = findArticle(loadPage(PAGES, "liberation-1.html"))!.meta;
    expect(meta.language).toBe("fr");
    expect(meta.site).toBe("Libération.fr");
    expect(meta.title).toBe("Un troisième Français mort dans le séisme au Népal");
  });

  it("gives the div-soup page the same text as the semantic one", () => {
    const semantic = analyzeDocument(loadPage(SEED, "seed-semantic.html")).textMap!.text;
    const soup = analyzeDocument(loadPage(SEED, "seed-divsoup.html")).textMap!.text;
    expect(soup).toBe(semantic);
    expect(semantic).toBe(readText(SEED, "seed-expected-article.txt").trim());
  });

  it("reuses a candidate findArticle() just found, with the same result as detecting again", () => {
    for (const [page] of ARTICLES) {
      const doc = loadPage(PAGES, page);
      const found = findArticle(doc)!;
      const reused = analyzeDocument(doc, found);
      const fresh = analyzeDocument(doc);
      expect(reused.article).toBe(found);
      expect(reused.textMap!.text).toBe(fresh.textMap!.text);
      expect(reused.clutter.map((c) => [c.element, c.kind, c.text])).toEqual(fresh.clutter.map((c) => [c.element, c.kind, c.text]));
      expect(reused.analysis).toEqual(fresh.analysis);
    }
  }, 30_000);

  it("detects again when the candidate's elements have left the page", () => {
    const doc = loadPage(SEED, "seed-semantic.html");
    const stale = findArticle(doc)!;
    doc.body.innerHTML = doc.body.innerHTML; // the page re-renders: same markup, new elements
    const result = analyzeDocument(doc, stale);
    expect(result.article).not.toBe(stale);
    expect(result.article!.roots.every((r) => r.isConnected)).toBe(true);
    expect(result.textMap!.text).toBe(analyzeDocument(doc).textMap!.text);
  });

  it("never changes the document", () => {
    for (const [page] of [...ARTICLES.slice(0, 4), ["seed-divsoup.html"]] as const) {
      const doc = loadPage(page.startsWith("seed") ? SEED : PAGES, page);
      const before = doc.documentElement.outerHTML;
      analyzeDocument(doc);
      expect(doc.documentElement.outerHTML).toBe(before);
    }
  });
});

describe("bad pages", () => {
  const parse = (html: string, type: DOMParserSupportedType = "text/html") => new DOMParser().parseFromString(html, type);

  it("returns null for empty pages, framesets, SVG and XML documents", () => {
    expect(analyzeDocument(parse("")).article).toBeNull();
    expect(analyzeDocument(parse("<html><head><title>x</title></head><body></body></html>")).article).toBeNull();
    expect(analyzeDocument(parse('<html><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>')).article).toBeNull();
    expect(analyzeDocument(parse('<svg xmlns="http://www.w3.org/2000/svg"><text>Advertisement</text></svg>', "image/svg+xml")).article).toBeNull();
    expect(analyzeDocument(parse("<feed><entry><title>Russia says</title></entry></feed>", "application/xml")).article).toBeNull();
  });

  it("survives broken markup", () => {
    const p = "<p>Officials said the strike hit a depot near the front line on Tuesday, according to a statement, and several buildings were damaged.";
    const doc = parse(`<html><body><div><h1>Strike hits depot<div class="x"><b><i>${p}${p}</b>${p}<table><td>${p}</i></div>`);
    expect(() => analyzeDocument(doc)).not.toThrow();
  });

  it("handles a huge page without throwing", () => {
    const para = "<p>The ministry said the attack, which could not be independently verified, killed three soldiers and wounded others near the town.</p>";
    const teaser = '<li><a href="/x">A teaser headline about something else entirely</a></li>';
    const html = `<html lang="en"><head><title>Big story - Site</title></head><body><h1>Big story</h1><p>March 3, 2024</p>` +
      `<div class="story">${para.repeat(3000)}</div><ul>${teaser.repeat(3000)}</ul></body></html>`;
    const result = analyzeDocument(parse(html));
    expect(result.article).not.toBeNull();
    expect(result.textMap!.text.length).toBeGreaterThan(100_000);
  }, 30_000);

  it("finds a story written as <br>-separated text in a table cell", () => {
    const para = "The army said its troops repelled an attack near the border on Sunday, killing several rebels, a claim that could not be verified.";
    const html = `<html><head><title>Army repels attack - Daily</title></head><body><table><tr><td class="nav"><a href="/">Home</a></td>` +
      `<td><h1>Army repels attack</h1>January 14, 2008<br><br>${`${para} ${para}<br><br>`.repeat(6)}</td></tr></table></body></html>`;
    const result = analyzeDocument(parse(html));
    expect(result.article).not.toBeNull();
    expect(result.textMap!.text.split("\n\n").filter((p) => p.startsWith("The army said"))).toHaveLength(6);
  });

  it("accepts a long undated blog post but not a sectioned documentation page", () => {
    const para = "The convoy was attacked on the road north of the city, the governor said, and several trucks were destroyed in the fire that followed.";
    const body = Array.from({ length: 10 }, () => `<p>${para} ${para}</p>`).join("");
    const blog = `<html><head><title>What I saw on the road north</title></head><body><h1>What I saw on the road north</h1><div class="entry">${body}</div></body></html>`;
    expect(analyzeDocument(parse(blog)).article).not.toBeNull();
    const sections = ["Install", "Configure", "Run", "Upgrade"].map((h) => `<h2>${h}</h2><p>${para} ${para}</p><p>${para}</p>`).join("");
    const docs = `<html><head><title>Setup guide</title></head><body><h1>Setup guide</h1><div class="doc">${sections}</div></body></html>`;
    expect(analyzeDocument(parse(docs)).article).toBeNull();
  });

  it("decides a section front and a search results page are not articles", () => {
    const blurb = "A short summary of the story that the teaser links to, long enough to look like a paragraph of text.";
    const card = (i: number) => `<div class="card"><h3><a href="/story-${i}">Headline number ${i} of the day</a></h3><p>${blurb}</p><p>March 3, 2024</p></div>`;
    const front = `<html><head><title>World news | Daily</title></head><body><h1>World news</h1><div class="list">${Array.from({ length: 12 }, (_, i) => card(i)).join("")}</div></body></html>`;
    expect(analyzeDocument(parse(front)).article).toBeNull();
    const results = `<html><head><title>Search results for ukraine</title></head><body><h1>Search results for ukraine</h1><ol>${Array.from({ length: 10 }, (_, i) => `<li>${card(i)}</li>`).join("")}</ol></body></html>`;
    expect(analyzeDocument(parse(results)).article).toBeNull();
  });

  it("handles deeply nested markup", () => {
    const para = "<p>The ministry said the attack, which could not be independently verified, killed three soldiers and wounded five near the town.</p>";
    const html = `<html><head><title>Deep story - Site</title><meta property="og:type" content="article"></head><body><h1>Deep story</h1>` +
      `${"<div>".repeat(2000)}${para.repeat(6)}${"</div>".repeat(2000)}</body></html>`;
    const result = analyzeDocument(parse(html));
    expect(result.textMap?.text.startsWith("Deep story\n\nThe ministry said")).toBe(true);
  }, 30_000);

  it("decides a page of links with little running text is not an article", () => {
    const teaser = '<li><h3><a href="/x">Headline of another story today</a></h3><p>Short blurb.</p></li>';
    expect(analyzeDocument(parse(`<html><body><h1>News</h1><ul>${teaser.repeat(60)}</ul></body></html>`)).article).toBeNull();
  });
});

describe("startsDense", () => {
  it("decides as isDenseScript on the whole collapsed text", () => {
    const pieces = ["a", "Kyiv ", " ", "\n\n  ", "\u00a0", "\t", "東京", "서울", "word ", "ひらがな", "x".repeat(150), " ".repeat(300)];
    let seed = 3;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    for (let round = 0; round < 2000; round++) {
      const raw = Array.from({ length: next(40) }, () => pieces[next(pieces.length)]).join("");
      expect(startsDense(raw)).toBe(isDenseScript(raw.replace(/\s+/g, " ").trim()));
    }
  });
});
