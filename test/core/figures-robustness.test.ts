import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/analyze.ts";
import { figs, run } from "./figures-helpers.ts";

describe("bad input gives no figure or a correct one, never an exception", () => {
  it.each([
    ["abc123def", []], ["1,2,3", []], ["0.5.6", []], ["٣ missiles and ١٢ drones", []],
    ["99999999999999999999999 missiles", []], ["12,34 people", []], ["", []], ["  \n\n  ", []],
  ])("%j", (text, expected) => {
    expect(figs(text).map((f) => f.text)).toEqual(expected);
  });

  it("numbers glued to words are not figures, units glued to numbers are", () => {
    expect(figs("the G7 leaders met; a 60km drive").map((f) => f.text)).toEqual(["60km"]);
  });

  it("words that name Object's own properties are plain words", () => {
    expect(figs("constructor __proto__ toString hasOwnProperty valueOf missiles were constructor people")).toEqual([]);
  });

  it("spans are slices of the text", () => {
    const text = "Officials said “at least 20 people” died, and $27.4 billion (€25bn) was pledged for 3 km (2 miles).";
    for (const f of figs(text)) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it("survives a sentence source function that throws", () => {
    const r = run("Russia launched 40 missiles.", () => { throw new Error("boom"); });
    expect(r.figures[0]).toMatchObject({ value: 40, source: null });
  });
});

describe("speed", () => {
  const paragraph =
    "Officials said air defenses shot down eight Kalibr missiles and at least 20 drones on Feb. 24, killing three people " +
    "and wounding 15 others up to 3 km (2 miles) from the front, while the US committed over $27.4 billion in aid. ";

  it("handles 1 MB of text in linear time", () => {
    // different numbers in every copy: repeated sentences are reported once
    const parts: string[] = [];
    for (let i = 0, n = 0; n < 1_000_000; i++) {
      const p = paragraph.replace("eight", String(i));
      parts.push(p);
      n += p.length;
    }
    const big = parts.join("");
    const small = big.slice(0, 100_000);
    figs(small); // warm up
    const t0 = performance.now();
    const a = figs(small).length;
    const t1 = performance.now();
    const b = figs(big).length;
    const t2 = performance.now();
    expect(b).toBeGreaterThan(a * 9);
    // ten times the text: linear takes ~10x, quadratic ~100x; generous bounds for loaded CI machines
    expect(t2 - t1).toBeLessThan(Math.max(60_000, (t1 - t0) * 40)); // quadratic would take hours
  }, 180_000);

  it("stays linear on 1 MB without sentence breaks", () => {
    const parts: string[] = [];
    for (let i = 0, n = 0; n < 1_000_000; i++) {
      const p = `and ${i} missiles [x] more than ${i + 1} people killed `;
      parts.push(p);
      n += p.length;
    }
    const t0 = performance.now();
    const r = figs(parts.join(""));
    expect(r.length).toBeGreaterThan(10_000);
    expect(performance.now() - t0).toBeLessThan(60_000);
  }, 180_000);

});
