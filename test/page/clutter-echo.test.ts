// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { findArticle } from "../../src/page/article.ts";
import { findClutter, storyEchoes } from "../../src/page/clutter.ts";
import { readPage } from "../../src/page/read-page.ts";
import { buildTextMap } from "../../src/page/text-map.ts";
import type { ArticleCandidate, ClutterElement, TextMap } from "../../src/page/types.ts";

const LEAD = "The army said the strike hit a fuel depot near Kyiv overnight.";
const REST = ["Ukraine's air force said it shot down eleven drones.", "Russia said it took a village.", "Power was restored."]
  .map((p) => `${p} ${"Residents described a long night of sirens and explosions across several districts of the region. ".repeat(2)}`.trim());
/** A newsletter prompt (clutter by its label) that quotes most of the lead paragraph: an echo of the story. */
const PROMPT = "Sign up for our newsletter: the army said the strike hit a fuel depot near Kyiv";

function page(isPromptInStory: boolean): Document {
  const doc = document.implementation.createHTMLDocument("Strike hits fuel depot near Kyiv | News");
  doc.head.insertAdjacentHTML("beforeend", '<meta property="og:type" content="article">');
  const prompt = `<div><span>${PROMPT}</span></div>`;
  doc.body.innerHTML =
    `<main><article><h1>Strike hits fuel depot near Kyiv</h1><p>${LEAD}</p>${REST.map((p) => `<p>${p}</p>`).join("")}` +
    `<div><span>Advertisement</span></div>${isPromptInStory ? prompt : ""}</article><aside>${isPromptInStory ? "" : prompt}</aside></main>`;
  return doc;
}

/** The map built the plain way: the story roots without the clutter readPage reports. */
function mapWithout(article: ArticleCandidate, clutter: ClutterElement[]): TextMap {
  const kept = new Set(clutter.map((c) => c.element));
  return buildTextMap(article.roots, {
    skip: (el) => kept.has(el) || !!article.skip?.(el),
    start: article.start ?? null,
    end: article.end ?? null,
    prefix: article.titlePrefix ?? null,
  });
}

describe("readPage and clutter that echoes the story", () => {
  for (const isInStory of [true, false]) {
    it(`drops the echo and maps the story as without it (prompt ${isInStory ? "inside" : "beside"} the story)`, () => {
      const doc = page(isInStory);
      const article = findArticle(doc)!;
      expect(findClutter(doc, article).map((c) => c.text)).toContain(PROMPT);
      const parts = readPage(doc, article)!;
      expect(parts.clutter.map((c) => c.text)).toEqual(["Advertisement"]);
      const plain = mapWithout(article, parts.clutter);
      expect(parts.textMap.text).toBe(plain.text);
      // Inside the story the prompt's text is story text again; beside it, it never was.
      expect(parts.textMap.text.includes(PROMPT)).toBe(isInStory);
      const at = parts.textMap.text.indexOf(REST[1]!);
      expect(parts.textMap.slicesFor(at, at + 40)).toEqual(plain.slicesFor(at, at + 40));
    });
  }
});

describe("storyEchoes' words of plain prose and of other text", () => {
  const para = "“The depot’s tanks burned — all night,” said Ivan Petrenko, the region’s governor.";
  it("finds an echo through curly quotes, dashes and a no-break space", () => {
    expect(storyEchoes(`Title\n\n${para}`, ["the depot\u00a0s tanks burned all night said Ivan"])).toEqual([true]);
  });
  it("normalises text outside plain prose (full-width letters, accents)", () => {
    expect(storyEchoes(`Title\n\n${para}`, ["ＴＨＥ ＤＥＰＯＴ’Ｓ ＴＡＮＫＳ ＢＵＲＮＥＤ ＡＬＬ ＮＩＧＨＴ"])).toEqual([true]);
    expect(storyEchoes("Title\n\nLe dépôt a brûlé toute la nuit à Kyiv, dit le gouverneur.", ["Le dépôt a brûlé toute la nuit"])).toEqual([true]);
    expect(storyEchoes("Title\n\nLe dépôt a brûlé toute la nuit à Kyiv, dit le gouverneur.", ["Le depot a brule toute"])).toEqual([false]);
  });
});
