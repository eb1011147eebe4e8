import { describe, expect, it } from "vitest";
import { claimWith, fixture, run, sourceWith } from "./claims-helpers.ts";

describe("sources: one entry per real-world source", () => {
  const seed = run(fixture("seed-article.txt"));

  it("resolves “the ministry” to the ministry named before (seed)", () => {
    const ministry = sourceWith(seed, "Defense Ministry");
    expect(ministry?.name).toBe("Russian Defense Ministry");
    expect(ministry?.aliases).toContain("the ministry");
    expect(claimWith(seed, "randomly retreated")?.source).toBe("Russian Defense Ministry");
  });

  it("merges a surname with the full name and resolves “she” (seed: Malyar)", () => {
    const a = run("Russian troops pressed their offensive with artillery and drones as the war went on.\n\n“The situation is tense,” said Ukrainian Deputy Defense Minister Hanna Malyar.\n\nMalyar said Russian forces shelled Kupiansk. “Our troops repelled 12 attacks,” she wrote.");
    const malyar = a.sources.filter((s) => s.name.includes("Malyar"));
    expect(malyar).toHaveLength(1);
    expect(malyar[0]!.name).toBe("Hanna Malyar");
    expect(claimWith(a, "repelled 12 attacks")?.source).toBe("Hanna Malyar");
  });

  it("resolves “the regional governor” forwards when the name comes later (057: Haidai)", () => {
    const a = run(fixture("057.txt"));
    expect(claimWith(a, "The regional governor said Ukrainian soldiers had abandoned")?.source).toBe("Serhiy Haidai");
    expect(a.sources.filter((s) => s.name.includes("Haidai"))).toHaveLength(1);
  });

  it("resolves “the alliance” to NATO named earlier (seed)", () => {
    expect(sourceWith(seed, "NATO")?.aliases).toContain("the alliance");
  });

  it("resolves “he” to the person who spoke last and “it” to the last organisation (063, 002)", () => {
    expect(claimWith(run(fixture("063.txt")), "He said three rockets hit the town")?.source).toBe("Oleksandr Goncharenko");
    expect(claimWith(run(fixture("002.expected.txt")), "Police department buildings were also damaged")?.source).toMatch(/emergency service/);
  });

  it("merges “the ICRC” into “the International Committee of the Red Cross (ICRC)” (060)", () => {
    const a = run(fixture("060.txt"));
    const red = a.sources.filter((s) => /Red Cross|ICRC/.test(s.name));
    expect(red).toHaveLength(1);
    expect(red[0]!.name).toBe("International Committee of the Red Cross");
  });

  it("a country's estimates or figures are its officials' (057: “by Ukrainian estimates” = “Ukrainian officials”)", () => {
    const a = run(fixture("057.txt"));
    expect(a.sources.filter((s) => /^Ukrainian (officials|estimates)$/.test(s.name))).toHaveLength(1);
    expect(claimWith(a, "killing at least 21,000 people")?.source).toBe("Ukrainian officials");
  });

  it("keeps unqualified generic sources far apart separate (002: Kyiv and Belgorod “local authorities”)", () => {
    const a = run(fixture("002.expected.txt"));
    expect(a.sources.filter((s) => /^local authorities$/i.test(s.name))).toHaveLength(2);
  });

  it("lists only sources cited for something, with the outlet of a disclaimer (seed: Reuters)", () => {
    const names = seed.sources.map((s) => s.name);
    expect(names).toContain("Reuters");
    expect(names).not.toContain("Bakhmut");
    expect(names).not.toContain("Germany");
    expect(sourceWith(seed, "Reuters")?.kind).toBe("media");
  });

  it("counts mentions and claims per source", () => {
    const ministry = sourceWith(seed, "Defense Ministry")!;
    expect(ministry.mentions).toBeGreaterThanOrEqual(2);
    expect(ministry.claims).toBe(2);
  });

  it("gives kinds from titles and organisations", () => {
    expect(sourceWith(seed, "Zhdanov")?.kind).toBe("expert");
    expect(sourceWith(seed, "Ukrainian officials")?.kind).toBe("official");
    expect(sourceWith(seed, "Defense Ministry")?.kind).toBe("government");
  });

  it("never lists the outlet publishing the page as a source (when the page says who it is)", async () => {
    const { analyzeClaims } = await import("../../src/core/claims/index.ts");
    const { segmentSentences } = await import("../../src/core/sentences.ts");
    const text = fixture("seed-article.txt");
    const names = (site: string | null) => analyzeClaims(text, segmentSentences(text), { site }).sources.map((s) => s.name);
    expect(names(null)).toContain("Reuters");
    expect(names("Reuters")).not.toContain("Reuters");
  });

  it("tells the figures engine who each sentence is attributed to (quotes and continuations included)", async () => {
    const { analyzeClaims } = await import("../../src/core/claims/index.ts");
    const { segmentSentences } = await import("../../src/core/sentences.ts");
    const text = fixture("seed-article.txt");
    const sentences = segmentSentences(text);
    const r = analyzeClaims(text, sentences);
    const at = (needle: string) => r.sourceOfSentence(sentences.findIndex((x) => x.text.includes(needle)));
    expect(at("shot down eight Kalibr missiles")).toBe("Ukrainian officials");
    expect(at("The situation is tense.")).toBe("Hanna Malyar");
    expect(at("Russia has expanded ground attacks")).toBeNull();
  });
});
