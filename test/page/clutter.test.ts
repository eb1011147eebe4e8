// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { analyzeDocument } from "../../src/page/analyze-page.ts";
import { isStoryEcho, storyEchoes } from "../../src/page/clutter.ts";
import { echoReference } from "./echo-reference.ts";
import { PAGES, SEED, coverage, loadPage, readText, tokens } from "./page-helpers.ts";

interface GoldClutter { quote: string; count?: number }

/** Story paragraphs of an expected text (the headline may legitimately repeat in sidebars). */
function storyParagraphs(expected: string): string[] {
  return expected.split(/\n\s*\n/).slice(1).filter((p) => tokens(p).length >= 6);
}

/** True when a clutter text holds most of a story paragraph: the mistake that must never happen. */
function holdsStory(clutterText: string, paragraphs: string[]): boolean {
  return paragraphs.some((p) => coverage(p, clutterText) >= 0.6);
}

describe("clutter on the seed pages", () => {
  for (const page of ["seed-semantic.html", "seed-divsoup.html"]) {
    it(`${page}: finds the ad labels and the "Also Read" promo, never story text`, () => {
      const { clutter, article } = analyzeDocument(loadPage(SEED, page));
      const ads = clutter.filter((c) => c.kind === "ad" && /^advertisement$/i.test(c.text));
      expect(ads.length).toBeGreaterThanOrEqual(5);
      const promo = clutter.find((c) => coverage("Also Read Russia student detained for an Instagram story during the Ukraine conflict", c.text) >= 0.8);
      expect(promo?.kind).toBe("related");
      const paragraphs = storyParagraphs(readText(SEED, "seed-expected-article.txt"));
      for (const c of clutter) {
        expect(holdsStory(c.text, paragraphs)).toBe(false);
        for (const p of article!.paragraphs ?? []) expect(c.element.contains(p)).toBe(false);
      }
    });
  }

  it("labels the sidebar boxes of the semantic page by kind", () => {
    const kinds = new Map(analyzeDocument(loadPage(SEED, "seed-semantic.html")).clutter.map((c) => [c.text.split(" ")[0], c.kind]));
    expect(kinds.get("Share")).toBe("social");
    expect(kinds.get("Most")).toBe("related");
    expect(kinds.get("Morning")).toBe("newsletter");
    expect(kinds.get("Sponsored")).toBe("ad");
  });
});

describe("clutter on saved war-news pages", () => {
  it.each(["war-002", "war-031", "war-042", "war-048"])("%s: finds the labelled clutter and never story text", (name) => {
    const gold = JSON.parse(readText(PAGES, `${name}.gold.json`)) as { clutter: GoldClutter[] };
    const { clutter } = analyzeDocument(loadPage(PAGES, `${name}.html`));
    let want = 0, found = 0;
    for (const g of gold.clutter) {
      const n = g.count ?? 1;
      want += n;
      found += Math.min(n, clutter.filter((c) => coverage(g.quote, c.text) >= 0.8).length);
    }
    expect(found / want).toBeGreaterThanOrEqual(0.85);
    const paragraphs = storyParagraphs(readText(PAGES, `${name}.expected.txt`));
    for (const c of clutter) expect(holdsStory(c.text, paragraphs), c.text.slice(0, 80)).toBe(false);
  });

  it("does not report a sidebar teaser that repeats a story paragraph", () => {
    const lead = "President Barack Obama has admitted that his failure to pass gun safety laws is the greatest frustration of his presidency.";
    const more = "He told the BBC that it was distressing not to have made progress on the issue, even in the face of repeated mass killings.";
    document.title = "Obama admits gun laws are his biggest frustration | News";
    document.body.innerHTML =
      `<main><article><h1>Obama admits gun laws are his biggest frustration</h1><p>24 July 2015</p><p>${lead}</p><p>${more}</p><p>${more} ${lead}</p><p>${lead} ${more}</p><p>${more} ${more}</p></article>` +
      `<aside><div class="top-stories"><h2>Top Stories</h2><a href="/a">Obama: Gun laws my biggest frustration</a><p>${lead}</p></div>` +
      '<div class="most-read"><h2>Most read</h2><ol><li><a href="/b">A different story about something else today</a></li><li><a href="/c">And one more story about another thing</a></li></ol></div></aside></main>';
    const { clutter } = analyzeDocument(document);
    expect(clutter.some((c) => c.text.startsWith("Most read"))).toBe(true);
    expect(clutter.some((c) => c.text.includes("greatest frustration"))).toBe(false);
  });

  it("recognises ad slots by markup and labels in other languages", () => {
    document.title = "Titel der Meldung hier | Zeitung";
    document.body.innerHTML =
      '<article><h1>Titel der Meldung hier</h1><p>3. März 2024</p>' +
      `<p>${"Die Armee meldete am Dienstag neue Angriffe auf Stellungen im Osten, teilte ein Sprecher mit. ".repeat(3)}</p>` +
      '<div data-ad-unit="/1/inline"></div><div><span>Anzeige</span></div><div><span>Реклама</span></div>' +
      '<ins class="adsbygoogle">Publicité</ins>' +
      `<p>${"Unabhängig überprüfen ließ sich die Angabe zunächst nicht, hieß es weiter in der Meldung. ".repeat(3)}</p>` +
      `<p>${"Die Lage an der Front bleibt nach Angaben beider Seiten angespannt und unübersichtlich. ".repeat(3)}</p></article>`;
    const texts = analyzeDocument(document).clutter.filter((c) => c.kind === "ad").map((c) => c.text);
    expect(texts).toEqual(expect.arrayContaining(["Anzeige", "Реклама", "Publicité"]));
  });
});

describe("story echo test", () => {
  const reference = (clutterText: string, text: string) => echoReference(text, [clutterText])[0]!;

  it("decides as re-tokenising every paragraph for every clutter text did", () => {
    const vocabulary = ["the", "army", "said", "Kyiv", "strike", "a", "of", "ÉTAT", "état", "drone", "2024", "near", "front", "line"];
    let seed = 7;
    const next = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
    const phrase = (words: number) => Array.from({ length: words }, () => vocabulary[next(vocabulary.length)]).join(next(4) ? " " : ", ");
    let echoed = 0;
    for (let round = 0; round < 300; round++) {
      const text = Array.from({ length: 1 + next(6) }, () => phrase(next(14))).join("\n\n");
      const clutter = Array.from({ length: next(6) }, () => phrase(next(20)));
      const expected = clutter.map((c) => reference(c, text));
      echoed += expected.filter(Boolean).length;
      expect(storyEchoes(text, clutter)).toEqual(expected);
      for (const c of clutter) expect(isStoryEcho(c, text)).toBe(reference(c, text));
    }
    // Both verdicts occur often enough to mean something.
    expect(echoed).toBeGreaterThan(50);
    expect(echoed).toBeLessThan(600);
  });
});
