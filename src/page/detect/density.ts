import { createNameTests, type NameTests } from "./class-weight.ts";
import { tagOf } from "./dom.ts";
import { statLinkDensity, type TextStat } from "./text-stats.ts";
import { countCommas, type Paragraph } from "./paragraphs.ts";

/** The container that holds most of the running text, with the evidence for it. */
export interface BodyCandidate {
  element: Element;
  score: number;
}

const TAG_SCORE: Record<string, number> = {
  DIV: 5, ARTICLE: 8, MAIN: 3, SECTION: 2, PRE: 3, TD: 3, BLOCKQUOTE: 3,
  ADDRESS: -3, OL: -3, UL: -3, DL: -3, DD: -3, DT: -3, LI: -3, FORM: -3,
  H1: -5, H2: -5, H3: -5, H4: -5, H5: -5, H6: -5, TH: -5,
};

function initialScore(el: Element, names: NameTests): number {
  let s = (TAG_SCORE[tagOf(el)] ?? 0) + names.classWeight(el);
  const prop = el.getAttribute("itemprop");
  if (prop && /\barticleBody\b/.test(prop)) s += 30;
  return s;
}

/**
 * How many paragraphs (in document order, those not mostly links) the scoring reads. A story is decided by
 * its first few hundred paragraphs: the most any saved page gives the scoring is 54, while a live blog of
 * thousands of posts would otherwise cost thousands of ancestor walks to crown the container its first
 * hundreds already crown. Which paragraphs belong to the story is decided afterwards from all of them, by
 * the container: every post of such a blog sits in it, scored or not.
 */
export const MAX_SCORED_PARAGRAPHS = 400;

/**
 * Scores paragraph containers the way Mozilla Readability does (commas and length of each paragraph go to
 * its parent, half to its grandparent, less further up), without touching the DOM, and picks the best one.
 * Only the first MAX_SCORED_PARAGRAPHS paragraphs that are not mostly links are scored.
 */
export function pickBody(paragraphs: Paragraph[], stop: Element, stats: Map<Element, TextStat>, names: NameTests = createNameTests()): BodyCandidate | null {
  const scores = new Map<Element, number>();
  let scored = 0;
  for (const p of paragraphs) {
    if (p.linkDensity > 0.5) continue;
    if (++scored > MAX_SCORED_PARAGRAPHS) break;
    const own = 1 + countCommas(p.text) + Math.min(Math.floor(p.length / 100), 3);
    let level = 0;
    // The page body itself is never a candidate: "the whole page" is not a story container.
    for (let e = p.element.parentElement; e && e !== stop && level < 5; e = e.parentElement, level++) {
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(e, (scores.get(e) ?? initialScore(e, names)) + own / divider);
    }
  }
  if (!scores.size) return null;
  // Only the best few by raw score need the (costlier) link density correction.
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12)
    .map(([element, raw]) => ({ element, score: raw * (1 - statLinkDensity(stats, element)) }))
    .sort((a, b) => b.score - a.score);
  let top = ranked[0];
  if (!top || top.score <= 0) return null;
  // Several strong candidates under one ancestor: the story is split in parts; take the ancestor.
  const strong = ranked.slice(1, 6).filter((c) => c.score >= top!.score * 0.75);
  if (strong.length >= 2) {
    let anc: Element | null = top.element.parentElement;
    while (anc && anc !== stop) {
      const a = anc;
      if (strong.filter((c) => a.contains(c.element)).length >= 2) break;
      anc = anc.parentElement;
    }
    if (anc && anc !== stop) top = { element: anc, score: scores.get(anc) ?? top.score };
  }
  // Climb while the parent scores higher (the story continues in siblings), and through lone wrappers.
  let el = top.element;
  let last = top.score;
  for (let parent = el.parentElement; parent && parent !== stop; parent = parent.parentElement) {
    const ps = scores.get(parent);
    if (ps === undefined || ps < last / 3) break;
    if (ps > last) { el = parent; last = ps; }
  }
  while (el.parentElement && el.parentElement !== stop && el.parentElement.children.length === 1) el = el.parentElement;
  return { element: el, score: top.score };
}
