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
 * A name's longest run of ASCII characters, lower-cased: any case-insensitive match of the name holds
 * it, lower-cased, in the lower-cased text (see `mayHold`). Null when the name has no such run of 3+.
 */
const asciiKeys = new Map<string, string | null>();

function asciiKeyOf(name: string): string | null {
  let key = asciiKeys.get(name);
  if (key === undefined) {
    const runs = name.match(/[\x00-\x7f]{3,}/g) ?? [];
    key = runs.reduce<string | null>((best, run) => (best && best.length >= run.length ? best : run), null)?.toLowerCase() ?? null;
    if (asciiKeys.size >= MAX_PATTERNS) asciiKeys.clear();
    asciiKeys.set(name, key);
  }
  return key;
}

/**
 * A cheap test that may rule a name out before its pattern runs. A case-insensitive Unicode regex
 * matches an ASCII character only with its other case or with a character that folds to it: the Kelvin
 * sign (which lower-cases to "k" too) and the long s U+017F (which does not, so a text holding one is
 * not tested this way). So where a name matches, the lower-cased text holds the name's lower-cased
 * ASCII key; `includes` is native and much faster than running the pattern (this is most names in most
 * blocks of text).
 */
function mayHold(lower: string | null, name: string): boolean {
  const key = lower === null ? null : asciiKeyOf(name);
  return key === null || lower!.includes(key);
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
  const lower = text.includes("\u017f") ? null : text.toLowerCase();
  for (const { name, index } of names) {
    if (!mayHold(lower, name)) continue;
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
