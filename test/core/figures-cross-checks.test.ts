import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { run } from "./figures-helpers.ts";

const seed = readFileSync(new URL("../fixtures/seed/seed-article.txt", import.meta.url), "utf8");

describe("unit conversions", () => {
  it("reports a conversion that does not hold", () => {
    const r = run("the Ukrainian troops retreated to a distance of up to 3 km (5 miles) from the lines.");
    expect(r.conflicts).toHaveLength(1);
    expect(r.conflicts[0]).toMatchObject({ kind: "conversion" });
    expect(r.conflicts[0]!.message).toContain("3 km is about 1.9 miles, not 5");
    expect(r.conflicts[0]!.figures.map((f) => f.value)).toEqual([3, 5]);
  });

  it.each([
    "retreated to a distance of up to 3 km (2 miles) from the lines.",
    "regained 300 square kilometres (115 square miles) of territory.",
    "gains were 400sq km (155 square miles), and had come since January.",
    "about 1,200km (745 miles) from the Ukrainian border",
    "Ukraine’s largest warhead to date – 1,150kg (2,535 pounds) – but",
    "tore a one-metre (three-foot) crater in the road",
    "the cities of Sloviansk and Kramatorsk, 40 miles (60km) south-east.",
  ])("accepts a right one: %s", (sentence) => {
    expect(run(sentence).conflicts).toEqual([]);
  });
});

describe("the same quantity stated twice", () => {
  it("reports the seed article's first vs 24th anniversary of the same invasion", () => {
    const r = run(seed);
    const restated = r.conflicts.filter((c) => c.kind === "restated");
    expect(restated).toHaveLength(1);
    expect(restated[0]!.figures.map((f) => f.value)).toEqual([1, 24]);
    expect(restated[0]!.message).toMatch(/1st \(“the first anniversary of its Feb\. 24 invasion”\).*24th \(“the invasion’s 24th anniversary”\)/);
  });

  it("does not report an anniversary restated with the same number", () => {
    const text = "On Tuesday, the fourth anniversary of Russia’s war, Zelenskyy spoke. Russia did not mark the war’s fourth anniversary.";
    expect(run(text).conflicts).toEqual([]);
  });

  it("keeps the seed article's conversion quiet (3 km is about 2 miles)", () => {
    expect(run(seed).conflicts.filter((c) => c.kind === "conversion")).toEqual([]);
  });
});

describe("death tolls stated twice", () => {
  it("reports a headline toll the body contradicts", () => {
    const text = "Russian strike on Kharkiv kills 12 people\n\nA Russian missile strike on a market in Kharkiv killed 14 people on Saturday, officials said.";
    const r = run(text);
    expect(r.conflicts.map((c) => c.figures.map((f) => f.value))).toEqual([[12, 14]]);
    expect(r.conflicts[0]!.message).toContain("headline");
  });

  it("accepts a body toll that fits the headline's bound", () => {
    const text = "Strike on Kyiv kills at least 20 people\n\nThe strike killed 23 people, officials said.";
    expect(run(text).conflicts).toEqual([]);
  });

  it("does not report a toll that rose", () => {
    const text = "The strike killed 18 people, officials said on Friday.\n\nThe death toll from that strike had risen to 21, authorities said late Saturday.";
    expect(run(text).conflicts).toEqual([]);
  });

  it("reports two death tolls stated without an update", () => {
    const text = "Headline\n\nThe death toll stands at 30, the ministry said.\n\nThe death toll is 25, according to the governor.";
    expect(run(text).conflicts.map((c) => c.figures.map((f) => f.value))).toEqual([[30, 25]]);
  });
});
