/**
 * A word's hash built one character at a time while a text is read, so that scans can look words up
 * without making a string of each: FNV-1a over UTF-16 code units. `wordKey` keeps 30 bits of it, so that
 * map keys stay small integers (a full 32-bit key would be a heap number). Equal words have equal keys;
 * callers compare the words themselves where a collision would matter.
 */
export const HASH_START = 0x811c9dc5;

export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

export function wordKey(h: number): number {
  return h & 0x3fffffff;
}

/** The key of a whole word: what reading it a character at a time from HASH_START gives. */
export function keyOf(word: string): number {
  let h = HASH_START;
  for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i));
  return wordKey(h);
}
