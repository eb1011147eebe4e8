import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/analyze.ts";

// One live-blog post, read apart from the story: too short to choose a conflict profile by itself.
const post =
  "Russia's Defence Ministry said on Friday that its forces had destroyed 12 Ukrainian tanks near Bakhmut, a claim that could not be independently verified.";

describe("what is known from the rest of the story", () => {
  it("makes a lone post's claim a party's claim, with its side", () => {
    const alone = analyze(post, { title: "War live" });
    expect(alone.profiles).toEqual([]);
    expect(alone.claims).toEqual([]);
    expect(analyze(post, { title: "War live" }, { profiles: ["russia-ukraine"] }).claims).toEqual([]); // not yet known as war news
    const inStory = analyze(post, { title: "War live" }, { profiles: ["russia-ukraine"], conflict: true });
    expect(inStory.profiles).toEqual(["russia-ukraine"]);
    expect(inStory.claims).toHaveLength(1);
    expect(inStory.claims[0]).toMatchObject({ source: "Russia's Defence Ministry", side: "russia", status: "disclaimed" });
  });

  it("ignores unknown profile ids", () => {
    expect(analyze(post, {}, { profiles: ["no-such-war"] }).profiles).toEqual([]);
  });
});
