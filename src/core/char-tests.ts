/**
 * Tests of one character that need no tables, so that the content script can use them without the
 * start-up work of char-class.ts (its ASCII table and the Basic Multilingual Plane cache are built when
 * the module loads, on every page the content script runs in).
 */

/** JavaScript's white space: what `\s` matches and `trim()` removes (test/core/char-tests.test.ts). */
export function isJsSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const isAsciiWordChar = (c: number) => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
const WORD_CHAR_AT_END = /[\p{L}\p{N}]$/u;
const WORD_CHAR_AT_START = /^[\p{L}\p{N}]/u;

/**
 * Whether the code point that ends just before `i` is a letter or digit: what a `(?<![\p{L}\p{N}])`
 * lookbehind at `i` rules out, a surrogate pair read as one code point.
 */
export function isWordCharBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c < 128) return isAsciiWordChar(c);
  return WORD_CHAR_AT_END.test(text.slice(Math.max(0, i - 2), i));
}

/**
 * Whether the code point that starts at `i` is a letter or digit: what a `(?![\p{L}\p{N}])` lookahead at
 * `i` rules out (false past the end).
 */
export function isWordCharAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiWordChar(c);
  return WORD_CHAR_AT_START.test(text.slice(i, i + 2));
}
