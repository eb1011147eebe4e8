import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/analyze.ts";
import type { Analysis } from "../../src/core/types.ts";

/** Every span the analysis reports is a real slice of its text. */
function expectSpansConsistent(a: Analysis): void {
  const text = a.article?.text ?? "";
  for (const c of a.claims) expect(text.slice(c.start, c.end)).toBe(c.text);
  for (const f of a.figures) expect(text.slice(f.start, f.end)).toBe(f.text);
}

const NEWSY = [
  "Russia says", "Kyiv said", "according to officials", "“", "”", "\"", "…", "...", "Feb. 24", "U.S.",
  "shot down", "eight missiles", "$27.4 billion", "3 km (5 miles)", "killed", "at least 20 people",
  "the ministry said on Telegram.", "could not verify", "\n\n", ". ", ", ", "1,2,3", "0.5.6", "٣", "١٢",
  "tens of thousands", "99999999999999999999999", "she wrote", "(", ")", "IDF", "Hamas-run",
];

describe("analyze() on hostile and arbitrary text", () => {
  it("never throws and keeps spans consistent on arbitrary Unicode", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (s) => {
        expectSpansConsistent(analyze(s));
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on news-shaped fragments glued together", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...NEWSY), { maxLength: 60 }), (parts) => {
        expectSpansConsistent(analyze(parts.join(" ")));
      }),
      { numRuns: 300 },
    );
  });

  it("gives an empty analysis for empty or non-string input", () => {
    expect(analyze("").claims).toEqual([]);
    expect(analyze(undefined as unknown as string).article?.text).toBe("");
  });

  it("handles text without any punctuation and unbalanced quotes", () => {
    const words = "Russian forces shelled the town and officials said twelve people were killed “ the ministry said ".repeat(500);
    expectSpansConsistent(analyze(words));
  });
});
