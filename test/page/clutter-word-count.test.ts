import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wordCount } from "../../src/page/clutter.ts";

describe("wordCount (a link's words, for headline lists)", () => {
  const reference = (s: string) => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

  it("counts the runs of letters and digits, as the Unicode classes do", () => {
    const unit = fc.oneof(
      fc.constantFrom(..."aZ09 -.,'’\n\t«»…—", "é", "É", "ß", "Ł", "ő", "ǅ", "ª", "²", "½", "\u00a0", "\u00ad", "©", "×", "İ", "\u0301", "漢", "①", "Ж"),
      fc.string({ unit: "binary-ascii", minLength: 1, maxLength: 1 }),
      fc.integer({ min: 0x80, max: 0x2ff }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(fc.property(fc.string({ unit, maxLength: 30 }), (s) => {
      expect(wordCount(s)).toBe(reference(s));
      for (const max of [1, 2, 4]) expect(wordCount(s, max)).toBe(Math.min(reference(s), max));
    }), { numRuns: 5000 });
  });

  it("reads accented headlines word by word", () => {
    expect(wordCount("  Přečtěte si: Válka na Ukrajině  ")).toBe(5);
    expect(wordCount("Ӂ word")).toBe(2);
  });
});
