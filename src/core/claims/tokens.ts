import { LETTER, NUMBER, SPACE, classAt, lowerCase, sizeAt } from "../char-class.ts";

/** Word and punctuation tokens of one sentence, with absolute offsets and quotation state. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  isWord: boolean;
  /** Starts with a capital letter or digit-led acronym ("Kyiv", "ICRC", "U.S"). */
  isCap: boolean;
  /** Inside a direct quotation (opened before this token and not yet closed). */
  inQuote: boolean;
}

// Dotted acronyms first ("U.N.'s", "U.S."), then words with inner apostrophes, hyphens and dots, then any other character.
// Digits grouped by commas ("1,000-km") are one token, so the comma is not taken for a clause break. Sticky: it reads
// the token at one offset; plain lower-case words (most tokens) are read by hand without it.
const TOKEN_RE = /(?:\p{Lu}\.){2,}(?:['’]s(?![\p{L}]))?|\p{N}{1,3}(?:,\p{N}{3})+(?![\p{N}])(?:['’\-.&][\p{L}\p{N}]+)*|[\p{L}\p{N}]+(?:['’\-.&][\p{L}\p{N}]+)*|\S/uy;

/** The length of the token TOKEN_RE reads at `i`. */
function readToken(text: string, i: number): number {
  TOKEN_RE.lastIndex = i;
  return TOKEN_RE.exec(text)![0].length;
}

/** Whether the character opens (true) or closes (false) a quotation, or is no double quote (null). */
export function quoteRole(text: string, i: number): boolean | null {
  const ch = text[i];
  if (ch === "“" || ch === "«" || ch === "„") return true;
  if (ch === "”" || ch === "»") return false;
  if (ch === '"') {
    const prev = text[i - 1];
    return prev === undefined || /[\s([{\u2014\u2013-]/.test(prev);
  }
  return null;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const UPPER_START = /^[\p{Lu}]/u;

/**
 * Whether a token holds a letter or digit. Every token but a lone `\S` match starts with one, so
 * only one-character tokens need the check; ASCII is decided without a RegExp (most tokens).
 */
function isWordToken(t: string): boolean {
  if (t.length > 2) return true;
  const c = t.charCodeAt(0);
  if (c < 128) return t.length > 1 || (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return WORD_CHAR.test(t);
}

/** Whether a token starts with an upper-case letter; ASCII without a RegExp. */
function startsUpper(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(t);
}

function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45 || c === 46 || c === 38; // ' ’ - . &
}

/**
 * The end of the token at `i` when it is a plain lower-case word (ASCII letters and digits, starting
 * with a letter, no joiner going on: most tokens), or -1 for any other token (TOKEN_RE reads it).
 */
function plainLowerWordEnd(text: string, i: number): number {
  let c = text.charCodeAt(i);
  if (c < 97 || c > 122) return -1;
  let j = i + 1;
  for (c = text.charCodeAt(j); (c >= 97 && c <= 122) || (c >= 48 && c <= 57); c = text.charCodeAt(++j));
  if (c >= 128 || (c >= 65 && c <= 90)) return -1;
  if (isJoiner(c) && classAt(text, j + 1) & (LETTER | NUMBER)) return -1;
  return j;
}

/**
 * The end of the token at `i` when it is a plain capitalised word (an ASCII capital, then ASCII letters and
 * digits, no joiner going on: "Kyiv", "NATO"), or -1 for any other token. A capital before a period may
 * start a dotted acronym ("U.S."), which TOKEN_RE's first branch reads; otherwise that branch fails and
 * the word branch reads what this does.
 */
function plainCapitalWordEnd(text: string, i: number): number {
  let c = text.charCodeAt(i);
  if (c < 65 || c > 90 || text.charCodeAt(i + 1) === 46) return -1;
  let j = i + 1;
  for (c = text.charCodeAt(j); ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 48 && c <= 57); c = text.charCodeAt(++j));
  if (c >= 128) return -1;
  if (isJoiner(c) && classAt(text, j + 1) & (LETTER | NUMBER)) return -1;
  return j;
}

/**
 * Tokenises `text` (a sentence at absolute offset `base`). `openAtStart` says whether a quotation
 * opened in an earlier sentence is still open. Returns the tokens and whether a quotation is open
 * at the end.
 */
export function tokenize(text: string, base: number, openAtStart: boolean): { tokens: Token[]; openAtEnd: boolean } {
  const tokens: Token[] = [];
  let open = openAtStart;
  const n = text.length;
  for (let i = 0; i < n; ) {
    const cls = classAt(text, i);
    if (cls & SPACE) {
      i++;
      continue;
    }
    const plain = plainLowerWordEnd(text, i);
    if (plain >= 0) {
      const t = text.slice(i, plain);
      tokens.push({ text: t, lower: t, start: base + i, end: base + plain, isWord: true, isCap: false, inQuote: open });
      i = plain;
      continue;
    }
    const capital = plainCapitalWordEnd(text, i);
    if (capital >= 0) {
      const t = text.slice(i, capital);
      tokens.push({ text: t, lower: t.toLowerCase(), start: base + i, end: base + capital, isWord: true, isCap: true, inQuote: open });
      i = capital;
      continue;
    }
    // Every branch of TOKEN_RE but the last (`\S`, one code point) starts with a letter or a digit.
    const end = cls & (LETTER | NUMBER) ? i + readToken(text, i) : i + sizeAt(text, i);
    const t = text.slice(i, end);
    const role = t.length === 1 ? quoteRole(text, i) : null;
    const isWord = isWordToken(t);
    tokens.push({
      text: t,
      lower: lowerCase(t),
      start: base + i,
      end: base + end,
      isWord,
      isCap: isWord && startsUpper(t),
      inQuote: open && role === null,
    });
    if (role === true) open = true;
    else if (role === false) open = false;
    i = end;
  }
  return { tokens, openAtEnd: open };
}
