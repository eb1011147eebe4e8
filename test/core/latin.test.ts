import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LATIN_LOWER_NON_WORDS, LATIN_LOWER_WORDS, LATIN_TEXT, NOT_LATIN, NOT_WORD, latinCode, latinWords } from "../../src/core/latin.ts";

const fullWords = (s: string) => s.normalize("NFKC").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const isWordChar = (s: string) => /[\p{L}\p{N}]/u.test(s);

/** Every BMP code unit that LATIN_TEXT takes, but surrogates (each would be a code point of its own). */
const latin: string[] = [];
for (let c = 0; c < 0x10000; c++) {
  if (c >= 0xd800 && c <= 0xdfff) continue;
  const ch = String.fromCharCode(c);
  if (LATIN_TEXT.test(ch)) latin.push(ch);
}

describe("LATIN characters", () => {
  it("are ASCII, Latin-1 and Latin Extended-A/B, and the punctuation of news prose", () => {
    expect(latin.length).toBeGreaterThan(550);
    for (const ch of latin) expect(ch.charCodeAt(0) < 0x250 || (ch >= "\u2010" && ch <= "\u203a")).toBe(true);
    // Some that must take the full path: NFKC changes them into letters or digits, or lower case is longer.
    for (const ch of "ªº²³¹µ½İĲĳĿŀŉſǄǅǆǈǊǱ\u0301\u0300ﬁＡ①") expect(LATIN_TEXT.test(ch)).toBe(false);
  });

  it("each: a letter lower-cases to one letter NFKC leaves alone; anything else stays no letter or digit", () => {
    for (const ch of latin) {
      const c = latinCode(ch.charCodeAt(0));
      expect(c).not.toBe(NOT_LATIN);
      expect(/\p{M}/u.test(ch)).toBe(false);
      if (isWordChar(ch)) {
        expect(ch.normalize("NFKC")).toBe(ch);
        const lower = ch.toLowerCase();
        expect(lower.length).toBe(1);
        expect(c).toBe(lower.charCodeAt(0));
        expect(lower.match(LATIN_LOWER_WORDS)).toEqual([lower]);
      } else {
        expect(c).toBe(NOT_WORD);
        expect(isWordChar(ch.normalize("NFKC").toLowerCase())).toBe(false);
        expect(ch.toLowerCase().match(LATIN_LOWER_WORDS)).toBeNull();
        expect(ch.toLowerCase().replace(LATIN_LOWER_NON_WORDS, "")).toBe("");
      }
    }
  });

  it("answers NOT_LATIN for the rest of the BMP", () => {
    for (let c = 0; c < 0x10000; c++) {
      if (!LATIN_TEXT.test(String.fromCharCode(c)) || (c >= 0xd800 && c <= 0xdfff)) expect(latinCode(c)).toBe(NOT_LATIN);
    }
  });

  it("never compose: NFKC of any two is the NFKC of each", () => {
    const nonAscii = latin.filter((ch) => ch.charCodeAt(0) > 127);
    const sample = [...nonAscii, ..."aAeEiInNoOuUzZ0 .'-"];
    for (const a of sample) for (const b of nonAscii) {
      expect((a + b).normalize("NFKC")).toBe(a.normalize("NFKC") + b.normalize("NFKC"));
      expect((b + a).normalize("NFKC")).toBe(b.normalize("NFKC") + a.normalize("NFKC"));
    }
  });
});

describe("latinWords", () => {
  it("gives the words NFKC, lower case and the Unicode classes give", () => {
    const unit = fc.oneof(fc.constantFrom(...latin), fc.constantFrom(..."aé ,.’-ßŁő"));
    fc.assert(fc.property(fc.string({ unit, maxLength: 40 }), (s) => {
      expect(LATIN_TEXT.test(s)).toBe(true);
      expect(latinWords(s)).toEqual(fullWords(s));
    }), { numRuns: 5000 });
  });

  it("reads accented words as words", () => {
    expect(latinWords("Zprávy: ŽELEZNICE «Łódź» straße—Ångström")).toEqual(["zprávy", "železnice", "łódź", "straße", "ångström"]);
  });
});
