import { describe, expect, it } from "vitest";
import { segmentSentences } from "../../src/core/sentences.ts";
import { fixture } from "./claims-helpers.ts";

const texts = (s: string) => segmentSentences(s).map((x) => x.text);

describe("segmentSentences on news prose", () => {
  it("keeps abbreviated months with their day (seed: “Feb. 24 invasion”)", () => {
    const s = "A significant new offensive is widely expected as the first anniversary of its Feb. 24 invasion approaches. Next week the UN votes.";
    expect(texts(s)).toEqual([
      "A significant new offensive is widely expected as the first anniversary of its Feb. 24 invasion approaches.",
      "Next week the UN votes.",
    ]);
  });

  it("keeps ranks and dotted acronyms inside the sentence (042: “Gen. Zafaruddin”, “U.S.-led”, “U.N.”)", () => {
    const s = "Killing six guards and two police officers, said Wardak police chief Gen. Zafaruddin, who goes by one name. Meanwhile, the U.N. Security Council met.";
    expect(texts(s)).toHaveLength(2);
    expect(texts("Lt. Col. Kannart said the U.S. Embassy was closed. Officials agreed.")).toEqual([
      "Lt. Col. Kannart said the U.S. Embassy was closed.",
      "Officials agreed.",
    ]);
  });

  it("splits a quotation of several sentences at each sentence (057: Haidai)", () => {
    const s = "“Kreminna is under the control of the ‘Orcs’ [Russians]. They have entered the city,” Serhiy Haidai, the governor of the Luhansk region, told a briefing. “Our defenders had to withdraw.”";
    expect(texts(s)).toEqual([
      "“Kreminna is under the control of the ‘Orcs’ [Russians].",
      "They have entered the city,” Serhiy Haidai, the governor of the Luhansk region, told a briefing.",
      "“Our defenders had to withdraw.”",
    ]);
  });

  it("does not split at ellipses inside quotes (seed: “During the offensive … the Ukrainian troops”)", () => {
    const s = "“During the offensive … the Ukrainian troops randomly retreated,” the ministry said. “Things are occurring, but... We need more.”";
    expect(texts(s)[0]).toBe("“During the offensive … the Ukrainian troops randomly retreated,” the ministry said.");
    expect(texts(s)).toHaveLength(2);
  });

  it("ends headlines and standfirsts without final punctuation at the line break", () => {
    const text = fixture("seed-article.txt");
    const sents = segmentSentences(text);
    expect(sents[0]!.text).toBe("Russia launches new missile attacks in response to NATO’s increased backing for Ukraine");
    expect(sents[1]!.text).toBe("Russia says Ukrainian forces retreated in Luhansk.");
    expect(sents[0]!.paragraph).toBe(0);
    expect(sents[1]!.paragraph).toBe(1);
  });

  it("skips footnote markers after the period (ISW: “operation.[1] Putin’s”)", () => {
    expect(texts("It is a special military operation.[1] Putin’s messaging is aimed at Russians.")).toHaveLength(2);
  });

  it("gives spans that are slices of the text, with paragraph numbers", () => {
    const text = fixture("057.txt");
    const sents = segmentSentences(text);
    for (const s of sents) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sents[sents.length - 1]!.paragraph).toBeGreaterThan(15);
  });

  it("is linear: 1 MB with and without punctuation", () => {
    const unit = "Russian forces shelled the town on Feb. 24, officials said. ";
    const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const small = big.slice(0, 100_000);
    segmentSentences(small); // warm up
    // The fastest of three runs each: one garbage collection or a busy moment inside a run does not decide.
    const fastest = (text: string) => {
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        expect(segmentSentences(text).length).toBeGreaterThan(1_000);
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    // ten times the text: linear takes ~10x, quadratic ~100x (a ratio, robust to a busy machine)
    expect(fastest(big) / Math.max(fastest(small), 1)).toBeLessThan(40);
    expect(segmentSentences("word ".repeat(200_000))).toHaveLength(1);
  });

  it("returns nothing for empty or blank text", () => {
    expect(segmentSentences("")).toEqual([]);
    expect(segmentSentences(" \n\n \n")).toEqual([]);
  });
});
