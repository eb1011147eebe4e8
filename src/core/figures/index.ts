/*
 * The figures engine: quantities in article text, pure and linear.
 *
 *   text ─ lines holding a number ─ tokens.ts ─ number-parse.ts (digits, words, scales, ordinals, vague)
 *        ─ extract.ts: what surrounds each number
 *            context.ts   dates, clock times, ages, markers, codes, link teasers → not figures
 *            qualifiers   "more than", "up to", "about" → approximate
 *            measures.ts  money, units, hyphenated units, shares ("90 percent of the drones")
 *            ordinals.ts  "24th anniversary", "fifth year"
 *            counts.ts    the noun counted (noun-phrase.ts + nouns.ts lexicons) → weapons / casualties / count
 *        ─ index.ts: repeated sentences once, sources, cross-checks.ts (conversions, anniversaries, tolls)
 */
import type { Figure, FigureConflict } from "../types.ts";
import type { Sentence } from "../sentences.ts";
import { findAnniversaryConflicts, findConversionConflicts, findTollConflicts } from "./cross-checks.ts";
import { extractDrafts } from "./extract.ts";

export interface FiguresResult {
  figures: Figure[];
  conflicts: FigureConflict[];
}

/** What precedes a headline's first word ("- # "). */
const LEAD = /^[^\p{L}\p{N}]+/u;
/** Sections and site names after a headline ("Headline | Section | Site", "Headline - Site"), and their separator. */
const SITE_TAIL = /(?:\s[|–—-]\s[^|–—]{1,60})+$/u;
const SEPARATOR = /\s[|–—-]\s/u;

/** Index of the sentence that contains `offset` (binary search over sorted, non-overlapping spans), or -1. */
function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0, hi = sentences.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (s.start <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found >= 0 && offset < sentences[found]!.end ? found : -1;
}

/**
 * Extracts the figures of an article (quantities with their nouns, money, distances, percentages, counts,
 * vague amounts) and cross-checks them (conversions that do not hold, anniversaries stated twice).
 * Sentences repeated word for word (a headline copied into a teaser) give their figures once.
 * Pure and linear in the text length; never throws.
 */
export function extractFigures(
  text: string,
  sentences: Sentence[],
  sourceOfSentence: (sentenceIndex: number) => string | null,
): FiguresResult {
  if (typeof text !== "string" || !text) return { figures: [], conflicts: [] };
  const sourceAt = (offset: number): string | null => {
    const i = sentenceIndexAt(sentences, offset);
    if (i < 0) return null;
    try {
      return sourceOfSentence(i) ?? null;
    } catch {
      return null;
    }
  };
  try {
    const drafts = extractDrafts(text, sourceAt);
    // a sentence repeated word for word maps to its first copy (each sentence normalised once)
    const firstCopy = new Map<string, number>();
    const canonical = new Map<number, { copy: number; lead: number }>();
    const seen = new Set<string>();
    const kept = drafts.filter((d) => {
      const i = sentenceIndexAt(sentences, d.figure.start);
      if (i < 0) return true;
      let c = canonical.get(i);
      if (c === undefined) {
        const raw = sentences[i]!.text;
        // "- # Headline", "Headline | Section | Site", "Headline - Site": one headline
        const trimmed = raw.replace(LEAD, "");
        // The tail RegExp backtracks over the whole sentence; it can only match where a separator is.
        const norm = SEPARATOR.test(trimmed) ? trimmed.replace(SITE_TAIL, "") : trimmed;
        c = { copy: firstCopy.get(norm) ?? i, lead: raw.length - trimmed.length };
        if (!firstCopy.has(norm)) firstCopy.set(norm, i);
        canonical.set(i, c);
      }
      const key = `${c.copy}:${d.figure.start - sentences[i]!.start - c.lead}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const paragraphOf = (offset: number): number => sentences[sentenceIndexAt(sentences, offset)]?.paragraph ?? -1;
    const conflicts = [...findConversionConflicts(text, kept), ...findAnniversaryConflicts(kept), ...findTollConflicts(kept, paragraphOf)];
    return { figures: kept.map((d) => d.figure), conflicts };
  } catch {
    return { figures: [], conflicts: [] };
  }
}
