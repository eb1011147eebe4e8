/**
 * Cheap filters for word look-ups in hot scans: the hash of a word's lower-case ASCII letters,
 * computed on the text in place, says for sure when a word is not in a lexicon, so the scan makes
 * a string (and lowers it) only for the few words that may be.
 */

/** Not a hash: the word holds a character that `asciiLowerHash` does not read. */
export const NOT_ASCII = -1;

/** Hashes one more character into `h` (a hash so far, or NOT_ASCII, which stays so). */
export function hashChar(h: number, c: number): number {
  if (h === NOT_ASCII) return h;
  if (c >= 65 && c <= 90) c += 32;
  else if (c === 0x2019) c = 39;
  else if (c >= 128) return NOT_ASCII;
  return (Math.imul(h, 31) + c) & 0x3fffffff;
}

/** The hash of no character. */
export const EMPTY_HASH = 7;

/**
 * The hash of text[start, end) lower-cased, with ’ read as ' (as the gazetteers normalise it);
 * NOT_ASCII when the range holds any other non-ASCII character.
 */
export function asciiLowerHash(text: string, start: number, end: number): number {
  let h = EMPTY_HASH;
  for (let i = start; i < end && h !== NOT_ASCII; i++) h = hashChar(h, text.charCodeAt(i));
  return h;
}

/** The hashes of a lexicon's words (any word that is not ASCII is left out: callers check those in full). */
export function hashSet(words: Iterable<string>): Set<number> {
  const out = new Set<number>();
  for (const w of words) {
    const h = asciiLowerHash(w, 0, w.length);
    if (h !== NOT_ASCII) out.add(h);
  }
  return out;
}
