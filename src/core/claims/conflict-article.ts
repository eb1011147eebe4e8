/**
 * Whether an article is about armed conflict at all: enough conflict words, of enough kinds. The
 * words are read off the text in place (most are not conflict words, and a war article has enough
 * of them long before its end) rather than from a lower-cased copy of the whole text.
 */
import { lowerCase, sizeAt } from "../char-class.ts";
import { asciiLowerHash, hashSet } from "../word-hash.ts";
import { CONFLICT_MIN_DISTINCT, CONFLICT_MIN_HITS, CONFLICT_WORDS } from "./lexicon.ts";

/** Whether an article is about armed conflict at all (enough conflict words, of enough kinds). */
export function isConflictArticle(text: string): boolean {
  let hits = 0;
  const kinds = new Set<string>();
  const seen = scanLowerAsciiWords(text, (word) => {
    if (!CONFLICT_WORDS.has(word)) return true;
    hits++;
    kinds.add(word);
    return !(hits >= CONFLICT_MIN_HITS && kinds.size >= CONFLICT_MIN_DISTINCT);
  });
  if (seen === "stopped") return true;
  return seen === "done" ? false : isConflictArticleSlow(text);
}

const CONFLICT_HASHES = hashSet(CONFLICT_WORDS);

/**
 * Calls `onWord` with each match of /[a-z]+(?:-[a-z]+)?/g in `text.toLowerCase()` that may be a
 * conflict word, in order, without lower-casing the whole text; stops when it returns false. Gives
 * up ("unsure") at a character whose lower case holds an ASCII character ("K", "İ").
 */
function scanLowerAsciiWords(text: string, onWord: (word: string) => boolean): "done" | "stopped" | "unsure" {
  const n = text.length;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (c >= 128) {
      if (lowersToAscii(text.codePointAt(i)!)) return "unsure";
      i += sizeAt(text, i);
      continue;
    }
    if (!isAsciiLetter(c)) {
      i++;
      continue;
    }
    let end = letterRunEnd(text, i);
    if (text.charCodeAt(end) === 45 && isAsciiLetter(text.charCodeAt(end + 1))) end = letterRunEnd(text, end + 1);
    if (CONFLICT_HASHES.has(asciiLowerHash(text, i, end)) && !onWord(lowerCase(text.slice(i, end)))) return "stopped";
    i = end;
  }
  return "done";
}

function isAsciiLetter(c: number): boolean {
  return (c | 32) >= 97 && (c | 32) <= 122;
}

function letterRunEnd(text: string, i: number): number {
  while (isAsciiLetter(text.charCodeAt(i))) i++;
  return i;
}

/** Per BMP code unit: 1 when its lower case holds an ASCII character, 0 when not, 2 until asked. */
const lowersToAsciiBmp = new Uint8Array(0x10000).fill(2);

function lowersToAscii(cp: number): boolean {
  if (cp >= 0x10000) return hasAscii(String.fromCodePoint(cp).toLowerCase());
  let r = lowersToAsciiBmp[cp]!;
  if (r === 2) lowersToAsciiBmp[cp] = r = hasAscii(String.fromCodePoint(cp).toLowerCase()) ? 1 : 0;
  return r === 1;
}

function hasAscii(s: string): boolean {
  return /[\0-\x7f]/.test(s);
}

/** isConflictArticle on the lower-cased text, for texts with characters whose lower case is ASCII. */
function isConflictArticleSlow(text: string): boolean {
  let hits = 0;
  const kinds = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[a-z]+(?:-[a-z]+)?/g)) {
    if (!CONFLICT_WORDS.has(m[0])) continue;
    hits++;
    kinds.add(m[0]);
    if (hits >= CONFLICT_MIN_HITS && kinds.size >= CONFLICT_MIN_DISTINCT) return true;
  }
  return false;
}
