/**
 * Fast scans with the whole-word phrase RegExps of `phraseRegExp`. V8 tests a leading lookbehind
 * `(?<![\p{L}\p{N}])` at every position of the text before it tries any phrase, which made these
 * scans a large part of the analysis. Here the RegExp runs without the lookbehind (so V8 can skip to
 * where a phrase starts) and each match's start is checked by hand; a match that fails the check is
 * retried one character later, which finds exactly the matches the full RegExp finds.
 */

import { isWordCharBefore } from "../char-tests.ts";

const LOOKBEHIND = "(?<![\\p{L}\\p{N}])";
const stripped = new WeakMap<RegExp, { re: RegExp; check: boolean }>();

function scanner(re: RegExp): { re: RegExp; check: boolean } {
  let s = stripped.get(re);
  if (!s) {
    const check = re.source.startsWith(LOOKBEHIND);
    const flags = re.flags.includes("g") ? re.flags : re.flags + "g";
    s = { re: new RegExp(check ? re.source.slice(LOOKBEHIND.length) : re.source, flags), check };
    stripped.set(re, s);
  }
  return s;
}

/** Calls `onMatch` with each match of `re` (a phraseRegExp) in `text`, in order; stops when it returns false. */
export function scan(re: RegExp, text: string, onMatch: (m: RegExpExecArray) => boolean): void {
  // phraseRegExp's matcher for an empty list never matches; V8 would still walk the whole text.
  if (re.source === "(?!)") return;
  const s = scanner(re);
  const r = s.re;
  r.lastIndex = 0;
  for (let m = r.exec(text); m; m = r.exec(text)) {
    if (s.check && isWordCharBefore(text, m.index)) {
      const c = text.charCodeAt(m.index);
      r.lastIndex = m.index + (c >= 0xd800 && c <= 0xdbff ? 2 : 1);
      continue;
    }
    if (m[0] === "") r.lastIndex++;
    if (!onMatch(m)) return;
  }
}

/** How many times `re` (a phraseRegExp) matches in `text`, counting no further than `limit`. */
export function countPhrases(re: RegExp, text: string, limit = Infinity): number {
  let n = 0;
  if (limit <= 0) return 0;
  scan(re, text, () => {
    n++;
    return n < limit;
  });
  return n;
}

/** The first match of `re` (a phraseRegExp) in `text`, or null. */
export function firstPhrase(re: RegExp, text: string): RegExpExecArray | null {
  let first: RegExpExecArray | null = null;
  scan(re, text, (m) => {
    first = m;
    return false;
  });
  return first;
}
