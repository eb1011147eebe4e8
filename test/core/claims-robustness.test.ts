import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/analyze.ts";
import { analyzeClaims } from "../../src/core/claims/index.ts";
import { segmentSentences } from "../../src/core/sentences.ts";
import { fixture } from "./claims-helpers.ts";

const claimsOf = (text: string) => analyzeClaims(text, segmentSentences(text));

describe("bad input: empty or partial analysis, never an exception, linear time", () => {
  it("empty, blank and non-string text give nothing", () => {
    expect(claimsOf("").claims).toEqual([]);
    expect(claimsOf("  \n\n ").sources).toEqual([]);
    expect(analyzeClaims(undefined as unknown as string, []).claims).toEqual([]);
  });

  it("other languages give no claims", () => {
    expect(claimsOf("Російські війська обстріляли Харків, заявили в ОВА. Загинули двоє людей.").claims).toEqual([]);
    expect(claimsOf("الجيش قال إن الصواريخ أصابت المدينة.").claims).toEqual([]);
  });

  it("unbalanced quotes and no punctuation do not throw", () => {
    expect(() => claimsOf("“Russian forces shelled the town, the ministry said “ and ” she added “".repeat(200))).not.toThrow();
    expect(() => claimsOf("officials said troops were killed the ministry said he said it said they said ".repeat(2000))).not.toThrow();
  });

  it("a 1 MB live-blog dump stays linear", () => {
    const unit = fixture("055.txt");
    const small = unit.repeat(3);
    const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const t0 = performance.now();
    const a = claimsOf(small);
    const t1 = performance.now();
    const b = claimsOf(big);
    const t2 = performance.now();
    expect(b.claims.length).toBeGreaterThan(a.claims.length * 20);
    const perChar = (t1 - t0) / small.length, perCharBig = (t2 - t1) / big.length;
    expect(perCharBig).toBeLessThan(Math.max(perChar * 10, 0.01));
    expect(t2 - t1).toBeLessThan(15_000);
  }, 30_000);
});

describe("words that name built-in object properties", () => {
  const story = (word: string) =>
    "Russian missiles struck Kharkiv overnight, killing three civilians, Ukrainian officials said. " +
    `Russia's defence ministry said its forces destroyed a Ukrainian ${word} depot near Kupiansk and shot down 20 drones. ` +
    "Ukraine's army said it repelled attacks near Pokrovsk.";

  it("are no event words: a sentence with them is scored like any other", () => {
    const plain = analyze(story("ammunition"));
    expect(plain.claims.length).toBeGreaterThanOrEqual(2);
    for (const word of ["constructor", "toString", "valueOf", "hasOwnProperty"]) {
      const odd = analyze(story(word));
      expect(odd.claims.map((c) => [c.source, c.side, c.status])).toEqual(plain.claims.map((c) => [c.source, c.side, c.status]));
    }
  });
});
