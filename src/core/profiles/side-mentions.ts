/**
 * How often each side of the profiles is mentioned, for choosing an article's profiles: one pass over
 * the text for every side at once, instead of one RegExp scan per side. A side's count is what its
 * whole-word phrase RegExp (`phraseRegExp(sideTerms(side))`) counts: matches left to right, none
 * overlapping, each starting after no letter or digit and ending before none, ' and ’ alike.
 */
import { LETTER, NUMBER, classAt, sizeAt } from "../char-class.ts";
import type { ProfileSide } from "./types.ts";

interface Entry {
  phrase: string;
  /** Index of the side in the list the index was built for. */
  side: number;
}

/** Phrases by their first code unit, longest first (the order phraseRegExp tries them in); ASCII in an array. */
export interface PhraseIndex {
  ascii: Array<Entry[] | undefined>;
  other: Map<number, Entry[]>;
}

const WORD = LETTER | NUMBER;

/** Builds the index of the sides' phrases (`terms(side)` gives a side's phrases). */
export function indexSidePhrases(sides: readonly ProfileSide[], terms: (side: ProfileSide) => string[]): PhraseIndex {
  const entries: Entry[] = [];
  sides.forEach((s, side) => {
    for (const phrase of new Set(terms(s))) if (phrase) entries.push({ phrase, side });
  });
  entries.sort((a, b) => b.phrase.length - a.phrase.length);
  const index: PhraseIndex = { ascii: new Array<Entry[] | undefined>(128).fill(undefined), other: new Map() };
  for (const e of entries) {
    const first = e.phrase.charCodeAt(0);
    for (const key of isApostrophe(first) ? [39, 0x2019] : [first]) {
      let list = key < 128 ? index.ascii[key] : index.other.get(key);
      if (!list) {
        list = [];
        if (key < 128) index.ascii[key] = list;
        else index.other.set(key, list);
      }
      list.push(e);
    }
  }
  return index;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** Whether `phrase` is at `p` and no letter or digit follows it. */
function isPhraseAt(text: string, p: number, phrase: string): boolean {
  const n = phrase.length;
  if (p + n > text.length) return false;
  for (let k = 1; k < n; k++) {
    const a = phrase.charCodeAt(k);
    const b = text.charCodeAt(p + k);
    if (a !== b && !(isApostrophe(a) && isApostrophe(b))) return false;
  }
  return !(classAt(text, p + n) & WORD);
}

/**
 * Counts the mentions of each side (by index), each no further than `limits[side]`; stops reading
 * the text once `isDone(counts)` says the counts decide what the caller asks.
 */
export function countSideMentions(text: string, index: PhraseIndex, limits: readonly number[], isDone: (counts: number[]) => boolean): number[] {
  const counts = limits.map(() => 0);
  // Where each side's next match may start: matches of one side never overlap.
  const resume = limits.map(() => 0);
  if (isDone(counts)) return counts;
  let afterWord = false;
  const n = text.length;
  for (let p = 0; p < n; ) {
    const c = text.charCodeAt(p);
    if (c < 128) {
      // Most characters: ASCII, and inside a word or not the first letter of any phrase.
      const list = afterWord ? undefined : index.ascii[c];
      if (list && readPhrasesAt(text, p, list, counts, limits, resume) && isDone(counts)) return counts;
      afterWord = isAsciiWordChar(c);
      p++;
      continue;
    }
    if (!afterWord) {
      const list = index.other.get(c);
      if (list && readPhrasesAt(text, p, list, counts, limits, resume) && isDone(counts)) return counts;
    }
    afterWord = (classAt(text, p) & WORD) !== 0;
    p += sizeAt(text, p);
  }
  return counts;
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
}

/** Counts the phrases that match at `p` (the longest per side); whether any did. */
function readPhrasesAt(
  text: string, p: number, list: readonly Entry[], counts: number[], limits: readonly number[], resume: number[],
): boolean {
  let found = false;
  for (const e of list) {
    const s = e.side;
    if (counts[s]! >= limits[s]! || resume[s]! > p) continue;
    if (!isPhraseAt(text, p, e.phrase)) continue;
    counts[s]!++;
    resume[s] = p + e.phrase.length;
    found = true;
  }
  return found;
}
