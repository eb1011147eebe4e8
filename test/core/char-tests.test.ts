import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isJsSpace, isWordCharAt, isWordCharBefore } from "../../src/core/char-tests.ts";

describe("isJsSpace", () => {
  it("is JavaScript's \\s", () => {
    for (let c = 0; c < 0x10000; c++) expect(isJsSpace(c)).toBe(/\s/.test(String.fromCharCode(c)));
  });
});

describe("word-character look-arounds without tables", () => {
  const behind = /(?<=[\p{L}\p{N}])/uy;
  const ahead = /(?=[\p{L}\p{N}])/uy;
  const at = (re: RegExp, s: string, i: number) => {
    re.lastIndex = i;
    return re.test(s);
  };
  const unit = fc.constantFrom("a", "Z", "7", " ", "-", "é", "ß", "東", "①", "\u0301", "😀", "𝐀", "\ud83d", "\ude00", "\u00a0", "_");

  it("say what (?<=[\\p{L}\\p{N}]) and (?=[\\p{L}\\p{N}]) say, at every place outside a surrogate pair", () => {
    fc.assert(fc.property(fc.array(unit, { maxLength: 8 }).map((a) => a.join("")), (s) => {
      for (let i = 0; i <= s.length; i++) {
        const inPair = i > 0 && i < s.length && /[\ud800-\udbff]/.test(s[i - 1]!) && /[\udc00-\udfff]/.test(s[i]!);
        if (inPair) continue;
        expect(isWordCharBefore(s, i)).toBe(at(behind, s, i));
        expect(isWordCharAt(s, i)).toBe(at(ahead, s, i));
      }
    }), { numRuns: 3000 });
  });
});
