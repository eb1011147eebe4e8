/** Finds where sources are named in the article text, so their mentions can be marked. */
import type { Source } from "../core/types.ts";
import type { Span } from "../core/types.ts";

/** Aliases too vague to mark on their own ("she", "they", "it"). */
const PRONOUNS = new Set(["he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "his", "its", "their"]);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Compiled name patterns, kept across calls: the session searches big stories a block at a time, so
 * the same few names are looked for hundreds of times. `matchAll` copies the pattern, so sharing one
 * (with its `lastIndex`) is safe. Bounded: cleared when it grows past a story's worth of names.
 */
const patterns = new Map<string, RegExp>();
const MAX_PATTERNS = 2000;

function patternFor(name: string): RegExp {
  let re = patterns.get(name);
  if (!re) {
    if (patterns.size >= MAX_PATTERNS) patterns.clear();
    re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, "giu");
    patterns.set(name, re);
  }
  return re;
}

/**
 * For each source (same order), the spans of `text` that name it by its name or an alias, longest
 * names first and never overlapping another mention. Case-insensitive, whole words only.
 */
export function findMentions(text: string, sources: readonly Source[]): Span[][] {
  const names = sources.flatMap((source, index) =>
    [source.name, ...source.aliases]
      .map((n) => n.trim())
      .filter((n) => n.length >= 3 && !PRONOUNS.has(n.toLowerCase()))
      .map((name) => ({ name, index })),
  );
  names.sort((a, b) => b.name.length - a.name.length);
  // Disjoint spans taken so far, kept sorted by start: an overlap check is a binary search.
  const taken: Span[] = [];
  const out: Span[][] = sources.map(() => []);
  for (const { name, index } of names) {
    for (const m of text.matchAll(patternFor(name))) {
      const span = { start: m.index, end: m.index + m[0].length };
      // The first taken span ending after this one starts: the only one that can overlap it.
      let lo = 0, hi = taken.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (taken[mid]!.end <= span.start) lo = mid + 1;
        else hi = mid;
      }
      if (lo < taken.length && taken[lo]!.start < span.end) continue;
      taken.splice(lo, 0, span);
      out[index]!.push(span);
    }
  }
  for (const spans of out) spans.sort((a, b) => a.start - b.start);
  return out;
}
