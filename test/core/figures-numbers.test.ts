import { describe, expect, it } from "vitest";
import { parseNumberAt } from "../../src/core/figures/number-parse.ts";
import { tokenize } from "../../src/core/figures/tokens.ts";

function parse(s: string): { value: number | null; kind: string } | null {
  const m = parseNumberAt(tokenize(s), 0);
  return m && { value: m.value, kind: m.kind };
}

describe("number parsing", () => {
  it.each([
    ["eight", 8], ["twenty-one", 21], ["twenty one", 21], ["a dozen", 12], ["two dozen", 24],
    ["three hundred and fifty", 350], ["a million", 1e6], ["one million", 1e6], ["1,200", 1200],
    ["27.4", 27.4], ["27.4 billion", 27.4e9], ["3.6 million", 3.6e6], ["230bn", 230e9], ["1,730", 1730],
  ])("reads %s as %d", (s, v) => {
    expect(parse(s)?.value).toBe(v);
  });

  it("reads ordinals and fractions", () => {
    expect(parse("24th anniversary")).toEqual({ value: 24, kind: "ordinal" });
    expect(parse("first anniversary")).toEqual({ value: 1, kind: "ordinal" });
    expect(parse("twenty-fourth")).toEqual({ value: 24, kind: "ordinal" });
    expect(parse("four-fifths of Ukraine")).toEqual({ value: 0.8, kind: "fraction" });
  });

  it("reads vague amounts with no value", () => {
    expect(parse("tens of thousands of reservists")).toEqual({ value: null, kind: "vague" });
    expect(parse("hundreds of thousands of lives")).toEqual({ value: null, kind: "vague" });
    expect(parse("scores of tanks")).toEqual({ value: null, kind: "vague" });
    expect(parse("scores were high")).toBeNull();
  });

  it("reads hyphenated ranges with no single value", () => {
    expect(parse("6-8 km")).toEqual({ value: null, kind: "range" });
  });

  it.each(["1,2,3", "0.5.6", "12,34", "99999999999999999999999", "١٢", "٣"])("rejects %s", (s) => {
    expect(parse(s)).toBeNull();
  });

  it("rejects numbers glued to letters before them (codes)", () => {
    const t = tokenize("G7 FP-5 Su-34");
    expect(parseNumberAt(t, 1)).toBeNull(); // 7 of G7
    expect(parseNumberAt(t, 4)).toBeNull(); // 5 of FP-5
  });
});

describe("vague quantifiers before a scale word", () => {
  it.each(["several thousand troops", "a few hundred vehicles", "many thousands fled", "several dozen"])("%s", (s) => {
    expect(parse(s)).toEqual({ value: null, kind: "vague" });
  });
  it.each(["several villages", "a few days", "many soldiers"])("not %s", (s) => {
    expect(parse(s)).toBeNull();
  });
});
