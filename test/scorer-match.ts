/**
 * The evaluation's token rules (shared/eval/score.mjs, shared/spec/gold.md), reimplemented here so the
 * project's tests stand alone without ../shared.
 */

/** The scorer's tokens: lower-cased letter/digit runs after NFKC and quote/dash folding. */
export function tokens(s: string): string[] {
  const n = s.normalize("NFKC").toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'").replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015]/g, "-").replace(/\u2026/g, "...").replace(/\s+/g, " ").trim();
  return n.match(/\d+(?:[.,]\d+)*|[\p{L}\p{N}]+/gu) ?? [];
}

/** How many tokens of `b` are in `a`, counting repeats (a multiset intersection). */
export function overlap(a: string[], b: string[]): number {
  const counts = new Map<string, number>();
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  let n = 0;
  for (const t of b) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      n++;
      counts.set(t, c - 1);
    }
  }
  return n;
}
