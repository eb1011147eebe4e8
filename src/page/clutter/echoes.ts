/**
 * Clutter that repeats the story: a "Top stories" box quoting the standfirst, a pull quote. Hiding it
 * would look like hiding the story, so read-page.ts drops it from the clutter it reports.
 */

import { LATIN_TEXT, NOT_LATIN, NOT_WORD, latinCode, normalizedWords } from "../../core/latin.ts";
import { HASH_START, hashStep, keyOf, wordKey } from "../../core/word-hash.ts";

/** Each word of a text (`normalizedWords`) and how often it occurs. */
function countWords(s: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of normalizedWords(s)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** Shortest story paragraph, in words, that can be echoed; an echo holds at least half of its words. */
const ECHO_MIN_WORDS = 6;

/**
 * The clutter's words indexed for the echo test: by hash key for the quick read of each paragraph, and
 * exactly (each clutter text's words and how often), built only for a text that a paragraph may echo.
 */
interface EchoIndex {
  clutterTexts: readonly string[];
  /** Which clutter texts hold a word of that key, each once. */
  byKey: Map<number, number[]>;
  /** Words of each clutter text, with repeats; 0 for those too short to echo. */
  sizes: number[];
  /** Paragraphs of more words echo nothing: twice the longest clutter text's words. */
  maxParagraphWords: number;
  /** Each clutter text's words with their counts (`countWords`), once needed. */
  words: Array<Map<string, number> | undefined>;
}

/**
 * The keys of a LATIN text's words (see core/latin.ts), with repeats, read without building them: each is
 * `keyOf` of a word of `normalizedWords(text)`, as `echoCandidates` reads a paragraph.
 */
function latinWordKeys(text: string, into: number[]): void {
  let inWord = false;
  let h = HASH_START;
  for (let i = 0; i < text.length; i++) {
    const c = latinCode(text.charCodeAt(i));
    const isWordChar = c > NOT_WORD;
    if (isWordChar) h = hashStep(inWord ? h : HASH_START, c);
    else if (inWord) into.push(wordKey(h));
    inWord = isWordChar;
  }
  if (inWord) into.push(wordKey(h));
}

function indexClutter(clutterTexts: readonly string[]): EchoIndex {
  const byKey = new Map<number, number[]>();
  const sizes = clutterTexts.map(() => 0);
  let maxWords = 0;
  const keys: number[] = [];
  clutterTexts.forEach((clutterText, at) => {
    keys.length = 0;
    if (LATIN_TEXT.test(clutterText)) latinWordKeys(clutterText, keys);
    else for (const [w, c] of countWords(clutterText)) for (let i = 0; i < c; i++) keys.push(keyOf(w));
    // A clutter text of fewer than three words echoes nothing.
    if (keys.length < ECHO_MIN_WORDS / 2) return;
    sizes[at] = keys.length;
    maxWords = Math.max(maxWords, keys.length);
    for (const key of keys) {
      const holders = byKey.get(key);
      if (!holders) byKey.set(key, [at]);
      else if (holders[holders.length - 1] !== at) holders.push(at);
    }
  });
  return { clutterTexts, byKey, sizes, maxParagraphWords: 2 * maxWords, words: [] };
}

/** A clutter text's words and their counts, tokenised the first time a paragraph may echo it. */
function exactWords(index: EchoIndex, at: number): Map<string, number> {
  return (index.words[at] ??= countWords(index.clutterTexts[at]!));
}

/** Credits each clutter text holding a word of that key. */
function creditWord(index: EchoIndex, key: number, credit: Int32Array): void {
  const holders = index.byKey.get(key);
  if (holders) for (const at of holders) credit[at]!++;
}

/**
 * The clutter texts that the paragraph `text.slice(start, end)` may echo, read without building strings,
 * into `candidates` (emptied first): a text left out is one the exact test finds no echo of, so verdicts
 * stay the same while most paragraphs are never tokenised and most clutter texts never exactly.
 *
 * A paragraph of Latin-script text has as words the runs of its letters and digits, lower-cased (see
 * core/latin.ts); they are counted, hashed as they are read, and each clutter text holding a word of the
 * same key is credited. A clutter text's exact hits (words shared, capped by its counts) are at most that
 * credit (hash collisions only add) and at most its own size, so where its credit is under half the
 * paragraph's words, or the paragraph has more than twice the text's words, it cannot reach half.
 * Past the longest paragraph that can be echoed it stops, as soon as that many words are read. At a
 * character outside Latin text (found first) it returns false, and the paragraph's candidates are picked
 * the same way from its exact words (`storyEchoes`).
 */
function echoCandidates(text: string, start: number, end: number, index: EchoIndex, credit: Int32Array, candidates: number[]): boolean {
  candidates.length = 0;
  credit.fill(0);
  let words = 0;
  let inWord = false;
  let h = HASH_START;
  for (let i = start; i < end; i++) {
    const c = latinCode(text.charCodeAt(i));
    if (c === NOT_LATIN) return false;
    const isWordChar = c !== NOT_WORD;
    if (isWordChar) {
      if (!inWord) {
        if (++words > index.maxParagraphWords) return true;
        h = HASH_START;
      }
      h = hashStep(h, c);
    } else if (inWord) creditWord(index, wordKey(h), credit);
    inWord = isWordChar;
  }
  if (inWord) creditWord(index, wordKey(h), credit);
  if (words >= ECHO_MIN_WORDS) pickCandidates(index, credit, words, candidates);
  return true;
}

/** The clutter texts a paragraph of `words` words, with these credits, may echo (see `echoCandidates`). */
function pickCandidates(index: EchoIndex, credit: Int32Array, words: number, candidates: number[]): void {
  for (let at = 0; at < credit.length; at++) {
    if (credit[at]! / words >= 0.5 && words <= 2 * index.sizes[at]!) candidates.push(at);
  }
}

/**
 * Which clutter texts repeat a paragraph of the story. `text` is the article text. A paragraph (the first,
 * the headline, aside) of six words or more is echoed when at least half of its words (counted with
 * repeats) are in the clutter's text.
 *
 * The clutter is indexed, not the story: a page has a few clutter texts and may have a very long story.
 * A clutter text of fewer than three words echoes nothing, and when no text is longer the story is not
 * read at all; otherwise each paragraph is read quickly (`echoCandidates`), and only a paragraph that
 * may echo some clutter text is tokenised, and counted against those texts only. Returns one verdict per
 * clutter text, in order.
 */
export function storyEchoes(text: string, clutterTexts: readonly string[]): boolean[] {
  const echoes = clutterTexts.map(() => false);
  const index = indexClutter(clutterTexts);
  if (!index.maxParagraphWords) return echoes;
  const credit = new Int32Array(clutterTexts.length);
  const candidates: number[] = [];
  const counts = new Map<string, number>();
  const test = (p: string, isLatin: boolean) => {
    const words = normalizedWords(p);
    if (words.length < ECHO_MIN_WORDS) return;
    if (!isLatin) {
      // Credits from the exact words' keys: the same bound as the quick read's, for any script.
      credit.fill(0);
      for (const w of words) creditWord(index, keyOf(w), credit);
      pickCandidates(index, credit, words.length, candidates);
      if (!candidates.length) return;
    }
    counts.clear();
    for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
    for (const at of candidates) {
      if (echoes[at]) continue;
      const clutterWords = exactWords(index, at);
      let hits = 0;
      for (const [w, n] of counts) hits += Math.min(clutterWords.get(w) ?? 0, n);
      if (hits / words.length >= 0.5) echoes[at] = true;
    }
  };
  // The paragraphs of `text.split("\n\n").slice(1)`, as offsets: most are never copied.
  let start = text.indexOf("\n\n");
  if (start < 0) return echoes;
  for (start += 2; ; ) {
    const found = text.indexOf("\n\n", start);
    const end = found < 0 ? text.length : found;
    const isLatin = echoCandidates(text, start, end, index, credit, candidates);
    if (!isLatin || candidates.length) test(text.slice(start, end), isLatin);
    if (found < 0) break;
    start = found + 2;
  }
  return echoes;
}

/** `storyEchoes` for one clutter text. */
export function isStoryEcho(clutterText: string, text: string): boolean {
  return storyEchoes(text, [clutterText])[0]!;
}
