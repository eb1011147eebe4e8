/**
 * Where a claims token that starts at a given offset ends, read by hand in one pass. Gives exactly
 * what the tokenising RegExp in tokens.ts matches there (its first alternative that matches).
 */
import { LETTER, NUMBER, UPPER, classAt, sizeAt } from "../char-class.ts";

const WORD = LETTER | NUMBER;

function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45 || c === 46 || c === 38; // ' ’ - . &
}

/** The end of a run of letters and digits from `i` (`i` when there is none). */
function wordRunEnd(text: string, i: number): number {
  while (classAt(text, i) & WORD) i += sizeAt(text, i);
  return i;
}

/** The end of `(?:['’\-.&][\p{L}\p{N}]+)*` from `i`. */
function joinedEnd(text: string, i: number): number {
  while (isJoiner(text.charCodeAt(i)) && classAt(text, i + 1) & WORD) i = wordRunEnd(text, i + 1);
  return i;
}

/** `(?:\p{Lu}\.){2,}(?:['’]s(?![\p{L}]))?`: "U.S.", "U.N.'s". -1 when it does not match. */
function acronymEnd(text: string, i: number): number {
  let reps = 0;
  while (classAt(text, i) & UPPER) {
    const dot = i + sizeAt(text, i);
    if (text.charCodeAt(dot) !== 46) break;
    i = dot + 1;
    reps++;
  }
  if (reps < 2) return -1;
  const q = text.charCodeAt(i);
  if ((q === 39 || q === 0x2019) && text.charCodeAt(i + 1) === 115 && !(classAt(text, i + 2) & LETTER)) return i + 2;
  return i;
}

/** The end of exactly `count` digits from `i`, or -1. */
function digitsEnd(text: string, i: number, count: number): number {
  for (let k = 0; k < count; k++) {
    if (!(classAt(text, i) & NUMBER)) return -1;
    i += sizeAt(text, i);
  }
  return i;
}

/** `\p{N}{1,3}(?:,\p{N}{3})+(?![\p{N}])` then joined parts: "1,000", "1,000-km". -1 when it does not match. */
function groupedNumberEnd(text: string, i: number): number {
  // The leading run must be one to three digits followed by the comma (a longer run cannot backtrack to one).
  let k = i;
  let lead = 0;
  while (classAt(text, k) & NUMBER) {
    k += sizeAt(text, k);
    lead++;
  }
  if (lead < 1 || lead > 3) return -1;
  let last = -1;
  let beforeLast = -1;
  while (text.charCodeAt(k) === 44) {
    const e = digitsEnd(text, k + 1, 3);
    if (e < 0) break;
    beforeLast = last;
    last = e;
    k = e;
  }
  if (last < 0) return -1;
  // The lookahead backs off one group at most: the group before the last is followed by a comma.
  const end = !(classAt(text, last) & NUMBER) ? last : beforeLast;
  return end < 0 ? -1 : joinedEnd(text, end);
}

/** The end of the token that starts at `i` (a character that is not white space). */
export function tokenEnd(text: string, i: number): number {
  const c = classAt(text, i);
  if (c & UPPER) {
    const e = acronymEnd(text, i);
    if (e >= 0) return e;
  } else if (c & NUMBER) {
    const e = groupedNumberEnd(text, i);
    if (e >= 0) return e;
  }
  if (c & WORD) return joinedEnd(text, wordRunEnd(text, i));
  return i + sizeAt(text, i);
}

/**
 * The end of the token at `i` when it is a plain lower-case word (ASCII letters and digits, starting
 * with a letter: most tokens), or -1 for any other token (tokenEnd reads it).
 */
export function plainLowerWordEnd(text: string, i: number): number {
  let c = text.charCodeAt(i);
  if (c < 97 || c > 122) return -1;
  let j = i + 1;
  for (c = text.charCodeAt(j); (c >= 97 && c <= 122) || (c >= 48 && c <= 57); c = text.charCodeAt(++j));
  if (c >= 128 || (c >= 65 && c <= 90)) return -1;
  if (isJoiner(c) && classAt(text, j + 1) & WORD) return -1;
  return j;
}
