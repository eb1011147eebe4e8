import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AnalysisMerger, mergeAnalyses, mergeAnalysesWithIndexes, sourceKey } from "../../src/core/merge.ts";
import type { Analysis, ArticleInfo, Claim, Figure, FigureConflict, Source } from "../../src/core/types.ts";

const claim = (text: string, start = 0): Claim => ({
  text, start, end: start + text.length, source: null, side: "unknown", status: "unverified", reasons: [],
});
const figure = (text: string, start = 0): Figure => ({
  text, start, end: start + text.length, value: 1, unit: null, approximate: false, category: "count", source: null,
});
const source = (name: string, extra: Partial<Source> = {}): Source => ({
  name, aliases: [], kind: "military", side: "russia", mentions: 1, claims: 0, ...extra,
});
const article = (words: number, title = "Live"): ArticleInfo => ({
  title, site: "Frontline", byline: null, published: null, language: "en", words, text: "…",
});
const analysis = (extra: Partial<Analysis> = {}): Analysis => ({
  schema: "fogwatch.analysis/1", article: null, claims: [], sources: [], figures: [], clutter: [], ...extra,
});

describe("mergeAnalyses", () => {
  it("returns a lone analysis as it is, and an empty one for no parts", () => {
    const one = analysis({ claims: [claim("a")], sources: [source("X"), source("x")] });
    expect(mergeAnalyses([one])).toBe(one);
    expect(mergeAnalysesWithIndexes([one]).sourceIndexes).toEqual([[0, 1]]);
    expect(mergeAnalyses([])).toEqual(analysis());
  });

  it("concatenates claims, figures, clutter and figure conflicts in part order", () => {
    const a = analysis({
      claims: [claim("a1"), claim("a2")],
      figures: [figure("8 missiles")],
      clutter: [{ text: "Advertisement", kind: "ad" }],
      figureConflicts: [{ kind: "restated", message: "m", figures: [figure("8"), figure("9")] }],
    });
    const b = analysis({ claims: [claim("b1")], figures: [figure("3 km"), figure("12 drones")] });
    const c = analysis({
      claims: [claim("c1")],
      figureConflicts: [{ kind: "conversion", message: "n", figures: [figure("1 mile"), figure("3 km")] }],
    });
    const merged = mergeAnalyses([a, b, c]);
    expect(merged.claims.map((x) => x.text)).toEqual(["a1", "a2", "b1", "c1"]);
    expect(merged.figures.map((x) => x.text)).toEqual(["8 missiles", "3 km", "12 drones"]);
    expect(merged.clutter).toEqual([{ text: "Advertisement", kind: "ad" }]);
    expect(merged.figureConflicts?.map((x) => x.message)).toEqual(["m", "n"]);
    expect(merged.schema).toBe("fogwatch.analysis/1");
  });

  it("merges sources by case-insensitive normalised name in first-seen order", () => {
    const a = analysis({
      sources: [
        source("Russian Defense Ministry", { aliases: ["the ministry"], mentions: 3, claims: 2 }),
        source("Hanna Malyar", { kind: "official", side: "ukraine" }),
      ],
    });
    const b = analysis({
      sources: [
        source("Oleh Syniehubov", { side: "ukraine" }),
        source("russian  defense ministry", { aliases: ["the ministry", "Moscow"], kind: "government", side: "unknown", mentions: 2, claims: 1 }),
      ],
    });
    const c = analysis({ sources: [source("The Russian Defense Ministry", { mentions: 1 }), source("Hanna Malyar’s office")] });
    const { analysis: merged, sourceIndexes } = mergeAnalysesWithIndexes([a, b, c]);
    expect(merged.sources.map((s) => s.name)).toEqual(["Russian Defense Ministry", "Hanna Malyar", "Oleh Syniehubov", "Hanna Malyar’s office"]);
    expect(merged.sources[0]).toEqual({
      name: "Russian Defense Ministry", aliases: ["the ministry", "Moscow"], kind: "military", side: "russia", mentions: 6, claims: 3,
    });
    expect(sourceIndexes).toEqual([[0, 1], [2, 0], [0, 3]]);
    // The parts are not changed.
    expect(a.sources[0]!.mentions).toBe(3);
    expect(a.sources[0]!.aliases).toEqual(["the ministry"]);
  });

  it("keeps a part's own sources apart, so merging more parts later gives the same as merging all at once", () => {
    const a = analysis({ sources: [source("Kyiv"), source("KYIV")] });
    const b = analysis({ sources: [source("kyiv", { mentions: 5 }), source("Odesa"), source("odesa")] });
    const c = analysis({ sources: [source("ODESA", { mentions: 2 })], claims: [claim("c")] });
    const once = mergeAnalysesWithIndexes([a, b, c]);
    expect(once.analysis.sources.map((s) => [s.name, s.mentions])).toEqual([["Kyiv", 6], ["KYIV", 1], ["Odesa", 3], ["odesa", 1]]);
    expect(once.sourceIndexes).toEqual([[0, 1], [0, 2, 3], [2]]);
    const ab = mergeAnalysesWithIndexes([a, b]);
    const stepwise = mergeAnalysesWithIndexes([ab.analysis, c]);
    expect(stepwise.analysis).toEqual(once.analysis);
    expect(stepwise.sourceIndexes[1]).toEqual(once.sourceIndexes[2]);
  });

  it("takes the first article info and sums the words; unions profiles", () => {
    const merged = mergeAnalyses([
      analysis({ profiles: ["russia-ukraine"] }),
      analysis({ article: article(120, "First"), profiles: ["israel-gaza", "russia-ukraine"] }),
      analysis({ article: article(30, "Second") }),
    ]);
    expect(merged.article).toEqual({ ...article(150, "First") });
    expect(merged.profiles).toEqual(["russia-ukraine", "israel-gaza"]);
    expect(mergeAnalyses([analysis(), analysis()]).article).toBeNull();
    expect("profiles" in mergeAnalyses([analysis(), analysis()])).toBe(false);
  });

  it("normalises names for matching: case, spaces, apostrophes, a leading 'the'", () => {
    expect(sourceKey("  The  Kremlin’s press office ")).toBe(sourceKey("kremlin's press office"));
    expect(sourceKey("Kyiv")).not.toBe(sourceKey("Kyiv Independent"));
  });
});

describe("AnalysisMerger", () => {
  const names = ["Russian Defense Ministry", "the Russian defense ministry", "Kyiv", "kyiv", "Hanna Malyar", "The Kremlin’s press office", "Kremlin's press office"];
  const part = fc.record({
    article: fc.option(fc.integer({ min: 0, max: 500 }).map((words) => article(words, `T${words}`)), { nil: null }),
    claims: fc.array(fc.constantFrom("a", "b", "c").map((t) => claim(t)), { maxLength: 3 }),
    figures: fc.array(fc.constantFrom("1", "2").map((t) => figure(t)), { maxLength: 3 }),
    sources: fc.uniqueArray(fc.constantFrom(...names), { maxLength: 4 }).chain((picked) =>
      fc.tuple(...picked.map((name) => fc.record({ mentions: fc.nat(5), claims: fc.nat(3), aliases: fc.subarray(["the ministry", "Moscow", "he"]) })
        .map((extra) => source(name, extra)))),
    ),
    profiles: fc.option(fc.subarray(["russia-ukraine", "israel-gaza", "sudan"]), { nil: undefined }),
    figureConflicts: fc.option(fc.constant(null).map((): FigureConflict[] => []), { nil: undefined }),
  }).map(({ profiles, figureConflicts, ...rest }) => {
    const a = analysis(rest);
    if (profiles) a.profiles = profiles;
    if (figureConflicts) a.figureConflicts = figureConflicts;
    return a;
  });

  it("merges part by part to what merging all the parts at once gives, and leaves the parts alone (property)", () => {
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 6 }), (parts) => {
        const before = JSON.stringify(parts);
        const merger = new AnalysisMerger(parts[0]!);
        const indexes = [parts[0]!.sources.map((_, i) => i)];
        for (const p of parts.slice(1)) indexes.push(merger.add(p));
        const once = mergeAnalysesWithIndexes(parts);
        expect(merger.analysis).toEqual(once.analysis);
        expect(indexes).toEqual(once.sourceIndexes);
        expect(JSON.stringify(parts)).toBe(before);
      }),
      { numRuns: 500 },
    );
  });
});
