import { readFileSync } from "node:fs";
import { join } from "node:path";

export const PAGES = join(import.meta.dirname, "..", "fixtures", "pages");
export const SEED = join(import.meta.dirname, "..", "fixtures", "seed");

/** Parses a saved page into its own Document (jsdom's DOMParser in the test environment). */
export function loadPage(dir: string, name: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(dir, name), "utf8"), "text/html");
}

export function readText(dir: string, name: string): string {
  return readFileSync(join(dir, name), "utf8");
}

/** The scorer's tokens (shared/eval/score.mjs): lower-cased letter/digit runs after NFKC. */
export function tokens(s: string): string[] {
  const n = s.normalize("NFKC").toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'").replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015]/g, "-").replace(/\u2026/g, "...").replace(/\s+/g, " ").trim();
  return n.match(/\d+(?:[.,]\d+)*|[\p{L}\p{N}]+/gu) ?? [];
}

function overlap(a: string[], b: string[]): number {
  const counts = new Map<string, number>();
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  let n = 0;
  for (const t of b) {
    const c = counts.get(t) ?? 0;
    if (c > 0) { n++; counts.set(t, c - 1); }
  }
  return n;
}

/** Token recall and precision of extracted text against the expected text, as the scorer computes them. */
export function textScore(expected: string, got: string): { recall: number; precision: number } {
  const want = tokens(expected), have = tokens(got);
  const o = overlap(want, have);
  return { recall: want.length ? o / want.length : 0, precision: have.length ? o / have.length : 0 };
}

/** Share of a quote's tokens found in a text (the scorer's clutter match is ≥ 0.8). */
export function coverage(quote: string, text: string): number {
  const q = tokens(quote);
  return q.length ? overlap(q, tokens(text)) / q.length : 0;
}
