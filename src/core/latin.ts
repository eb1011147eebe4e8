/**
 * Words of Latin-script text without Unicode normalisation.
 *
 * Labels, headings and clutter are compared by their words: `text.normalize("NFKC").toLowerCase()`, then
 * the runs of `[\p{L}\p{N}]`. For most of the world's news (English, French, German, Czech, Polish…)
 * every character is one of those below, for which that is the same as lower-casing alone and taking
 * the runs of the letters below (the ASCII-only path this extends measured 2.5-4 × cheaper than normalising
 * and the Unicode classes).
 *
 * A LATIN character is ASCII, a letter of U+00C0–U+024F that NFKC leaves alone and that lower-cases to
 * one letter, or punctuation and spaces that are no letter or digit before or after NFKC (no-break space,
 * «», curly quotes, dashes, ‹›, …, ©, °…). None is a combining mark, and none is the second half of a
 * canonical composition, so NFKC of such a text is the NFKC of each character (test/core/latin.test.ts
 * checks every one against the engine, and random texts against the full path).
 */

/** Texts made of LATIN characters only. */
export const LATIN_TEXT =
  /^[\x00-\xa9\xab-\xb1\xb4\xb6-\xb8\xbb\xbf-\u012f\u0131\u0134-\u013e\u0141-\u0148\u014a-\u017e\u0180-\u01c3\u01cd-\u01f0\u01f4-\u024f\u2010-\u2015\u2018-\u201f\u2022\u2026\u2039\u203a]*$/;

/**
 * The letters and digits of a LATIN text once lower-cased (lower case of the letters above lies in
 * U+00DF–U+02AF and U+2C65–U+2C66; U+00D7 × and U+00F7 ÷ are no letters).
 */
const LOWER_WORD_CHARS = "a-z0-9\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02af\\u2c65\\u2c66";

/** Runs of letters and digits in a lower-cased LATIN text. */
export const LATIN_LOWER_WORDS = new RegExp(`[${LOWER_WORD_CHARS}]+`, "g");
/** Runs of anything else in a lower-cased LATIN text. */
export const LATIN_LOWER_NON_WORDS = new RegExp(`[^${LOWER_WORD_CHARS}]+`, "g");

/** The words of a LATIN text as `normalize("NFKC").toLowerCase().match(/[\p{L}\p{N}]+/gu)` gives them. */
export function latinWords(text: string): string[] {
  return text.toLowerCase().match(LATIN_LOWER_WORDS) ?? [];
}

/**
 * The lower-case words (runs of letters and digits) of any text after NFKC: how titles, headings, labels
 * and clutter texts are compared. Latin-script text takes `latinWords`, the rest the Unicode path.
 */
export function normalizedWords(text: string): string[] {
  if (LATIN_TEXT.test(text)) return latinWords(text);
  return text.normalize("NFKC").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Below this code unit, `latinCode` answers from a table. */
const TABLE_END = 0x250;

/** What a code unit is in a LATIN text: its lower case when a letter or digit, NOT_WORD or NOT_LATIN. */
export const NOT_WORD = 0;
export const NOT_LATIN = -1;

let table: Int32Array | null = null;

/** Builds the table from LATIN_TEXT and the engine's own lower case, in one call for all the letters. */
function buildTable(): Int32Array {
  const t = new Int32Array(TABLE_END).fill(NOT_LATIN);
  const letters: number[] = [];
  for (let c = 0; c < TABLE_END; c++) {
    const ch = String.fromCharCode(c);
    if (!LATIN_TEXT.test(ch)) continue;
    const isAsciiWord = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (isAsciiWord || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7)) letters.push(c);
    else t[c] = NOT_WORD;
  }
  // Each letter lower-cases to one code unit (U+0130 İ, which does not, is not LATIN).
  const lower = String.fromCharCode(...letters).toLowerCase();
  letters.forEach((c, i) => (t[c] = lower.charCodeAt(i)));
  return t;
}

/**
 * For a code unit of a text: its lower case when it is a letter or digit of a LATIN text, NOT_WORD for
 * LATIN punctuation and space, NOT_LATIN otherwise (the text must take the full path).
 */
export function latinCode(c: number): number {
  if (c < 128) {
    if (c >= 65 && c <= 90) return c + 32;
    return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? c : NOT_WORD;
  }
  if (c < TABLE_END) return (table ??= buildTable())[c]!;
  return (c >= 0x2010 && c <= 0x2015) || (c >= 0x2018 && c <= 0x201f) || c === 0x2022 || c === 0x2026 || c === 0x2039 || c === 0x203a
    ? NOT_WORD
    : NOT_LATIN;
}
