import { LETTER, MARK, SPACE, classAt, lowerCase, sizeAt } from "../char-class.ts";

/** One token of article text: a digit run, a word, or a single other character. */
export interface Token {
  text: string;
  /** Lower-cased text with a trailing possessive ("’s") removed. */
  lower: string;
  start: number;
  end: number;
  kind: "num" | "word" | "punct";
  /** Whitespace separates this token from the previous one. */
  spaced: boolean;
  /** A line break separates this token from the previous one. */
  newline: boolean;
}

// The tokens are what /(\d+(?:[.,]\d+)*)|([\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*)|\S/gu matches, read by hand in one pass:
// digit runs keep inner separators ("1,200", "27.4", and bad ones like "1,2,3" to be rejected later).

const WORD = LETTER | MARK;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The end of `\d+(?:[.,]\d+)*` from `i` (a digit). */
function numberEnd(text: string, i: number): number {
  for (;;) {
    while (isDigit(text.charCodeAt(i))) i++;
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 44) && isDigit(text.charCodeAt(i + 1))) i++;
    else return i;
  }
}

/** The end of a run of letters and marks from `i`. */
function letterRunEnd(text: string, i: number): number {
  while (classAt(text, i) & WORD) i += sizeAt(text, i);
  return i;
}

/** The end of `[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*` from `i` (a letter or mark). */
function wordEnd(text: string, i: number): number {
  i = letterRunEnd(text, i);
  for (;;) {
    const c = text.charCodeAt(i);
    if ((c === 39 || c === 0x2019) && classAt(text, i + 1) & WORD) i = letterRunEnd(text, i + 1);
    else return i;
  }
}

/**
 * The end of the word at `i` when it is plain ASCII letters (most words: no apostrophe, mark or other
 * letter), or -1 for any other token.
 */
function plainWordEnd(text: string, i: number): number {
  if (!isAsciiLetter(text.charCodeAt(i))) return -1;
  let j = i + 1;
  while (isAsciiLetter(text.charCodeAt(j))) j++;
  const c = text.charCodeAt(j);
  if (c >= 128 || ((c === 39) && classAt(text, j + 1) & WORD)) return -1;
  return j;
}

function isAsciiLetter(c: number): boolean {
  return (c | 32) >= 97 && (c | 32) <= 122;
}

/** Splits text[from, to) into tokens in one linear pass (offsets stay those of `text`). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let prevEnd = from;
  let nextNewline = text.indexOf("\n", from);
  const n = text.length;
  for (let i = from; i < n && i < to; ) {
    const cls = classAt(text, i);
    if (cls & SPACE) {
      i++;
      continue;
    }
    const plain = plainWordEnd(text, i);
    if (plain >= 0) {
      const t = text.slice(i, plain);
      while (nextNewline !== -1 && nextNewline < prevEnd) nextNewline = text.indexOf("\n", prevEnd);
      out.push({ text: t, lower: lowerCase(t), start: i, end: plain, kind: "word", spaced: i > prevEnd, newline: nextNewline !== -1 && nextNewline < i });
      prevEnd = plain;
      i = plain;
      continue;
    }
    const isNum = isDigit(text.charCodeAt(i));
    const isWord = !isNum && (cls & WORD) !== 0;
    const end = isNum ? numberEnd(text, i) : isWord ? wordEnd(text, i) : i + sizeAt(text, i);
    const t = text.slice(i, end);
    while (nextNewline !== -1 && nextNewline < prevEnd) nextNewline = text.indexOf("\n", prevEnd);
    let lower = lowerCase(t);
    if (isWord && lower.length > 2 && lower.endsWith("s") && /['’]s$/.test(lower)) lower = lower.slice(0, -2);
    out.push({
      text: t,
      lower,
      start: i,
      end,
      kind: isNum ? "num" : isWord ? "word" : "punct",
      spaced: i > prevEnd,
      newline: nextNewline !== -1 && nextNewline < i,
    });
    prevEnd = end;
    i = end;
  }
  return out;
}
