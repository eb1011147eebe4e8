// @vitest-environment jsdom
/**
 * Round trip, property-tested: for random article markup (nested inline elements, tables, lists, <pre>,
 * inline SVG, form fields, comments, scripts and styles, every kind of whitespace), the page goes
 * through the real path (analyzeDocument: detection, clutter, text map, claim engine), then the
 * AnnotationSession highlights everything the engine found plus random spans of the mapped text (claims,
 * figures and sources that straddle element boundaries), through random toggle sequences. Then:
 *
 *  - while annotated, the text is unchanged, and no mark sits where it breaks markup: never a direct
 *    child of table/thead/tbody/tfoot/tr/ul/ol/dl/select, never inside svg, math, textarea, input,
 *    select, option, button, script, style, template or noscript. Marks inside <pre> are allowed (they
 *    are inline elements and keep the text, so the preformatted layout is unchanged): the pre's
 *    textContent is checked instead;
 *  - after destroy() or everything switched off, the article's innerHTML, the body's and the head's
 *    markup and the number of text nodes are exactly what they were (innerHTML cannot see a text node
 *    split in two, the count can).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Analysis, Claim, Figure, Source } from "../../src/core/types.ts";
import { analyzeDocument } from "../../src/page/analyze-page.ts";
import { AnnotationSession, type SessionConfig } from "../../src/page/session.ts";
import type { TextMap } from "../../src/page/types.ts";

type Toggles = SessionConfig["toggles"];
const ALL: Toggles = { claims: true, sources: true, figures: true, clutter: true };
const NONE: Toggles = { claims: false, sources: false, figures: false, clutter: false };

// ── Random markup ───────────────────────────────────────────────────────────────────────────────

const WORDS = [
  "Russian", "forces", "said", "12", "tanks", "near", "Bakhmut", "the", "ministry", "claimed", "could", "not", "be",
  "independently", "verified", "Kyiv", "drones", "1,200", "km", "Reuters", "&amp;", "&lt;b&gt;x&lt;/b&gt;", "—",
  "“quoted”", ".", ",", "officials", "Ukraine's", "military", "eight", "missiles",
];
const SPACES = [" ", " ", " ", "\n", "\t", "\n    ", "  ", "&nbsp;", "\r\n", "", "\u200b", " \u00a0 "];

const word = fc.constantFrom(...WORDS);
const space = fc.constantFrom(...SPACES);
const text = fc
  .array(fc.tuple(word, space), { minLength: 1, maxLength: 7 })
  .map((parts) => parts.map(([w, s]) => w + s).join(""));

const FIELDS = [
  '<input value="Russian forces said 12 tanks">',
  '<input type="checkbox" checked>',
  "<textarea>Russian forces said\n  12 tanks near Bakhmut</textarea>",
  '<select name="s">\n  <option>Kyiv said</option>\n  <option selected>Russian forces</option>\n</select>',
  "<button type=\"button\">Read more about 12 tanks near Bakhmut</button>",
  "<label>Ministry <input name=\"q\" placeholder=\"Russian forces\"></label>",
];
const SVG =
  '<svg viewBox="0 0 10 10" width="10" height="10"><title>Russian forces</title>\n  <text x="1" y="5">12 tanks near Bakhmut</text><g><circle r="2"></circle></g></svg>';
const field = fc.constantFrom(...FIELDS);
const TAGS = ['a href="#x"', "em", "strong", "span", 'span class="x"', "b", "i", "abbr", "q", "code"];

const { inline } = fc.letrec<{ inline: string }>((tie) => ({
  inline: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    text,
    fc
      .tuple(fc.constantFrom(...TAGS), fc.array(tie("inline"), { maxLength: 3 }), space)
      .map(([tag, kids, s]) => `<${tag}>${kids.join("")}</${tag.split(" ")[0]}>${s}`),
    fc.constant("<br>"),
    fc.constant("<!-- a comment with Russian forces -->"),
    fc.constant(SVG),
    field,
  ),
}));
const inlines = fc.array(inline, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(""));

const items = (tag: string) =>
  fc.tuple(fc.array(fc.tuple(space, inlines), { minLength: 1, maxLength: 4 }), space)
    .map(([cells, s]) => cells.map(([w, c]) => `${w}<${tag}>${c}</${tag}>`).join("") + s);

const block = fc.oneof(
  inlines.map((c) => `<p>${c}</p>`),
  fc.tuple(fc.constantFrom("ul", "ol"), items("li")).map(([t, li]) => `<${t}>${li}</${t}>`),
  fc.tuple(fc.array(fc.tuple(space, items("td")), { minLength: 1, maxLength: 3 }), fc.boolean(), space)
    .map(([rows, head, s]) =>
      `<table>${s}${head ? "<thead><tr><th>Side</th> <th>Claim</th></tr></thead>" : ""}<tbody>` +
      rows.map(([w, cells]) => `${w}<tr>${cells}</tr>`).join("") + `${s}</tbody></table>`),
  fc.tuple(text, text, inlines).map(([a, b, c]) => `<pre>${a}\n    ${b}\n\t<code>${c}</code>\n</pre>`),
  fc.array(field, { minLength: 1, maxLength: 3 }).map((f) => `<form>${f.join("\n")}</form>`),
  inlines.map((c) => `<blockquote>${c}</blockquote>`),
  inlines.map((c) => `<dl><dt>Source</dt>\n<dd>${c}</dd></dl>`),
  fc.constant('<script type="application/json">{"said": "Russian forces said 12 tanks"}</script>'),
  fc.constant("<style>.x { color: red }</style>"),
  fc.constant(`<figure>${SVG}<figcaption>Russian forces near Bakhmut</figcaption></figure>`),
);

/** Story paragraphs, so that the page is detected as an article whatever the random blocks are. */
const STORY = [
  "Russia's Defence Ministry said on Friday that its forces had destroyed 12 Ukrainian tanks near Bakhmut, a claim that could not be independently verified by Reuters.",
  "Ukraine's military said its air defences shot down eight Kalibr missiles and 24 drones overnight, according to a statement posted on Telegram by the air force command.",
  "The ministry also claimed that Ukrainian forces had retreated from positions up to 3 km west of the town, which Kyiv denied in its evening briefing to reporters.",
  "Officials in the Kharkiv region said two civilians were killed and at least 14 wounded in shelling of residential areas, the regional governor wrote on social media.",
  "Military analysts at the Institute for the Study of War said Russian troops made multiple unsuccessful raids on settlements to the north and south of Bakhmut this week.",
];

const page = fc
  .tuple(fc.array(block, { minLength: 1, maxLength: 6 }), fc.array(fc.nat(STORY.length), { minLength: 1, maxLength: 6 }), space)
  .map(([blocks, at, s]) => {
    const parts: string[] = STORY.map((p) => `<p>${p}</p>`);
    blocks.forEach((b, i) => parts.splice(Math.min(at[i % at.length]!, parts.length), 0, b));
    return `<h1>Russian forces claim gains near Bakhmut</h1>${s}` + parts.join(s || "\n");
  });

const HEAD =
  '<meta charset="utf-8"><title>Russian forces claim gains near Bakhmut | Example News</title>\n' +
  '<meta property="og:type" content="article"><meta property="og:site_name" content="Example News">\n' +
  '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", ' +
  '"headline": "Russian forces claim gains near Bakhmut", "datePublished": "2023-02-16T18:40:00Z"}</script>';

// ── Random annotations over the mapped text ─────────────────────────────────────────────────────

const spans = fc.array(fc.tuple(fc.nat(100_000), fc.integer({ min: 1, max: 300 })), { maxLength: 8 });
const toggleSequence = fc.array(fc.record({ claims: fc.boolean(), sources: fc.boolean(), figures: fc.boolean(), clutter: fc.boolean() }), { maxLength: 4 });

function spanIn(map: TextMap, [at, length]: [number, number]) {
  const n = map.text.length;
  const start = at % n;
  const end = Math.min(n, start + length);
  return { start, end, text: map.text.slice(start, end) };
}

function withRandomSpans(analysis: Analysis, map: TextMap, claims: Array<[number, number]>, figures: Array<[number, number]>): Analysis {
  const extraClaims: Claim[] = claims.map((s, i) => ({
    ...spanIn(map, s), source: "the ministry", side: i % 2 ? "russia" : "ukraine", status: i % 3 ? "unverified" : "disclaimed", reasons: ["random"],
  }));
  const extraFigures: Figure[] = figures.map((s) => ({
    ...spanIn(map, s), value: 1, unit: null, approximate: false, category: "count", source: null,
  }));
  const extraSources: Source[] = [
    { name: "Russian forces", aliases: ["the ministry", "tanks"], kind: "military", side: "russia", mentions: 1, claims: 0 },
    { name: "Kyiv", aliases: ["Bakhmut"], kind: "government", side: "ukraine", mentions: 1, claims: 0 },
  ];
  return {
    ...analysis,
    claims: [...analysis.claims, ...extraClaims],
    figures: [...analysis.figures, ...extraFigures],
    sources: [...analysis.sources, ...extraSources],
  };
}

// ── Checks ──────────────────────────────────────────────────────────────────────────────────────

const NO_MARK_CHILD_OF = "table, thead, tbody, tfoot, tr, ul, ol, dl, select, colgroup";
const NO_MARK_INSIDE = "svg, math, textarea, input, select, option, button, script, style, template, noscript";

function textNodeCount(root: Node): number {
  const walker = root.ownerDocument!.createTreeWalker(root, 4 /* SHOW_TEXT */);
  let n = 0;
  while (walker.nextNode()) n++;
  return n;
}

function checkAnnotated(root: Element, text: string, pres: Map<Element, string>): void {
  expect(root.textContent).toBe(text);
  for (const mark of root.ownerDocument.querySelectorAll("fogwatch-mark")) {
    const parent = mark.parentElement!;
    expect(parent.matches(NO_MARK_CHILD_OF), `mark child of <${parent.localName}>: ${parent.outerHTML}`).toBe(false);
    expect(mark.parentElement!.closest(NO_MARK_INSIDE), `mark inside ${NO_MARK_INSIDE}`).toBeNull();
    expect(mark.textContent, "a mark wrapping only whitespace").toMatch(/\S/);
  }
  for (const [pre, content] of pres) expect(pre.textContent).toBe(content);
}

describe("annotate → switch off round trip (property)", () => {
  it("restores random article markup exactly and never puts a mark where it breaks markup", () => {
    fc.assert(
      fc.property(page, spans, spans, toggleSequence, fc.boolean(), (body, claimSpans, figureSpans, toggles, useDestroy) => {
        document.head.innerHTML = HEAD;
        document.body.innerHTML = `<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>\n<main><article>${body}</article></main>\n<footer>© Example News</footer>`;
        const article = document.querySelector("article")!;
        const original = { article: article.innerHTML, body: document.body.innerHTML, head: document.head.innerHTML };
        const textNodes = textNodeCount(document.body);
        const text = article.textContent!;
        const pres = new Map([...article.querySelectorAll("pre")].map((p) => [p, p.textContent!] as const));

        const found = analyzeDocument(document);
        expect(found.article, "the story is detected").not.toBeNull();
        const map = found.textMap!;
        const analysis = withRandomSpans(found.analysis, map, claimSpans, figureSpans);
        const session = new AnnotationSession({ analysis, textMap: map, clutter: found.clutter }, document);

        session.apply({ toggles: ALL, clutterMode: "dim" });
        checkAnnotated(article, text, pres);
        // The tooltip too (focus shows it), so that switching off has it to remove.
        document.querySelector<HTMLElement>('fogwatch-mark[data-fogwatch="claim"][tabindex="0"]')?.focus();
        for (const t of toggles) {
          session.apply({ toggles: t, clutterMode: t.claims ? "collapse" : "dim" });
          checkAnnotated(article, text, pres);
        }
        session.apply({ toggles: ALL, clutterMode: "dim" });
        checkAnnotated(article, text, pres);
        if (useDestroy) session.destroy();
        else session.apply({ toggles: NONE, clutterMode: "dim" });

        expect(article.innerHTML).toBe(original.article);
        expect(document.body.innerHTML).toBe(original.body);
        expect(document.head.innerHTML).toBe(original.head);
        expect(textNodeCount(document.body)).toBe(textNodes);
        expect(document.querySelectorAll("[data-fogwatch], fogwatch-mark, fogwatch-ui").length).toBe(0);
      }),
      // A run takes tens to hundreds of ms in jsdom; FOGWATCH_PROPERTY_RUNS=1000 for a longer search.
      { numRuns: Number(process.env.FOGWATCH_PROPERTY_RUNS ?? 40) },
    );
  }, 300_000);
});
