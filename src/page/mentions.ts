/** Finds where sources are named in the article text, so their mentions can be marked. */
import type { Source } from "../core/types.ts";
import type { Span } from "../core/types.ts";
import { isWordCharAt, isWordCharBefore } from "../core/char-tests.ts";

/** Aliases too vague to mark on their own ("she", "they", "it"). */
const PRONOUNS = new Set(["he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "his", "its", "their"]);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A name's longest run of ASCII characters (3 or more), lower-cased, and where it starts in the name. */
interface NameKey {
  key: string;
  offset: number;
}

/**
 * What a name is searched with. The patterns are made when first needed: building a Unicode pattern with
 * `\p{…}` classes costs ~80 µs and its first run compiles it (~250 µs, measured in V8), while most names
 * are ruled out by their key alone. Made up front, a live blog's hundreds of names cost one slice 20+ ms.
 */
interface NameSearch {
  source: string;
  /** The whole-word, case-insensitive pattern. `matchAll` copies it, so sharing its `lastIndex` is safe. */
  pattern: RegExp | null;
  /** The same pattern, sticky: it matches at `lastIndex` or not at all. */
  sticky: RegExp | null;
  key: NameKey | null;
}

/**
 * Name searches, kept across calls: the session searches big stories a block at a time, so the same few
 * names are looked for hundreds of times. Bounded: cleared when it grows past a story's worth of names.
 */
const searches = new Map<string, NameSearch>();
const MAX_SEARCHES = 2000;

function searchFor(name: string): NameSearch {
  let search = searches.get(name);
  if (!search) {
    if (searches.size >= MAX_SEARCHES) searches.clear();
    const source = `(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`;
    let key: NameKey | null = null;
    for (const run of name.matchAll(/[\x00-\x7f]{3,}/g)) {
      if (!key || run[0].length > key.key.length) key = { key: run[0].toLowerCase(), offset: run.index };
    }
    search = { source, pattern: null, sticky: null, key };
    searches.set(name, search);
  }
  return search;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * Calls `found(start, end)` for each match of the name in `text`, as `text.matchAll` of its pattern finds
 * them, but mostly without running the pattern over the text. A case-insensitive Unicode regex
 * matches an ASCII character only with its other case or with a character that folds to it: the Kelvin
 * sign (which lower-cases to "k" too) and the long s U+017F (which does not; `lower` is null for a text
 * holding one). So a match holds the name's lower-cased ASCII key at the key's offset in the lower-cased
 * text, and where lower-casing kept the text's length, at the same place: the native `indexOf` finds the
 * few places to try the sticky pattern at, and `includes` rules most names out at once.
 */
function eachMatch(text: string, lower: string | null, name: string, found: (start: number, end: number) => void): void {
  const search = searchFor(name);
  const named = lower === null ? null : search.key;
  if (named && !lower!.includes(named.key)) return;
  if (!named || lower!.length !== text.length) {
    search.pattern ??= new RegExp(search.source, "giu");
    for (const m of text.matchAll(search.pattern)) found(m.index, m.index + m[0].length);
    return;
  }
  const { key, offset } = named;
  // An ASCII name is its whole key: where the lower-cased text holds the key, the text matches the name
  // (lower case and case folding agree on what can stand for an ASCII letter, but for the long s, and then
  // `lower` is null), so only the pattern's lookarounds are left to check, without running it.
  const isAsciiName = offset === 0 && key.length === name.length;
  const sticky = isAsciiName ? null : (search.sticky ??= new RegExp(search.source, "iuy"));
  let from = 0;
  for (let at = lower!.indexOf(key, offset); at >= 0; at = lower!.indexOf(key, Math.max(at + 1, from + offset))) {
    const start = at - offset;
    // The global pattern moves on a code point at a time: it never tries the second half of a pair.
    if (start > 0 && isLowSurrogate(text.charCodeAt(start)) && isHighSurrogate(text.charCodeAt(start - 1))) continue;
    let end: number;
    if (!sticky) {
      end = start + key.length;
      if (isWordCharBefore(text, start) || isWordCharAt(text, end)) continue;
    } else {
      sticky.lastIndex = start;
      const m = sticky.exec(text);
      if (!m) continue;
      end = start + m[0].length;
    }
    from = end;
    found(start, end);
  }
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
    eachMatch(text, lower, name, (start, end) => {
      // The first taken span ending after this one starts: the only one that can overlap it.
      let lo = 0, hi = taken.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (taken[mid]!.end <= start) lo = mid + 1;
        else hi = mid;
      }
      if (lo < taken.length && taken[lo]!.start < end) return;
      const span = { start, end };
      taken.splice(lo, 0, span);
      out[index]!.push(span);
    });
  }
  for (const spans of out) spans.sort((a, b) => a.start - b.start);
  return out;
}
