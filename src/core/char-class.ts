/**
 * Unicode character classes of one code point, as the `u`-flag RegExps that the hand-written
 * scanners replace see them: ASCII from a table, other code points tested once by the RegExps
 * themselves and remembered. A lone surrogate is a code point of its own, as in those RegExps.
 */

/** `\p{L}` */
export const LETTER = 1;
/** `\p{Lu}` */
export const UPPER = 2;
/** `\p{N}` */
export const NUMBER = 4;
/** `\s` */
export const SPACE = 8;
/** `\p{M}` */
export const MARK = 16;

const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII[c] = classify(String.fromCharCode(c));

/** Classes of the Basic Multilingual Plane, filled in as met (UNKNOWN until then); other planes in a map. */
const UNKNOWN = 0xff;
const bmp = new Uint8Array(0x10000).fill(UNKNOWN);
const astral = new Map<number, number>();

function classify(ch: string): number {
  return (/\p{L}/u.test(ch) ? LETTER : 0) | (/\p{Lu}/u.test(ch) ? UPPER : 0) | (/\p{N}/u.test(ch) ? NUMBER : 0)
    | (/\s/u.test(ch) ? SPACE : 0) | (/\p{M}/u.test(ch) ? MARK : 0);
}

/** The class bits of a code point. */
export function classOf(cp: number): number {
  if (cp < 128) return ASCII[cp]!;
  if (cp < 0x10000) {
    let c = bmp[cp]!;
    if (c === UNKNOWN) bmp[cp] = c = classify(String.fromCodePoint(cp));
    return c;
  }
  let c = astral.get(cp);
  if (c === undefined) {
    c = classify(String.fromCodePoint(cp));
    if (astral.size >= 4096) astral.clear();
    astral.set(cp, c);
  }
  return c;
}

/** The class bits of the code point at `i` (0 past the end). */
export function classAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  return c < 128 ? ASCII[c]! : classOf(text.codePointAt(i)!);
}

/** The length in code units of the code point at `i`. */
export function sizeAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/** `t.toLowerCase()`, without the call (and the new string) when `t` is ASCII with no capital (most words). */
export function lowerCase(t: string): string {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return t.toLowerCase();
  }
  return t;
}
