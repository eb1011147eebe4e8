import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { figs } from "./figures-helpers.ts";
import { tokens } from "../scorer-match.ts";

// Real articles with their gold figures (copies in test/fixtures/figures, see its README).
interface Gold {
  figures: Array<{ quote: string; value: number | null }>;
  optional_figures?: Array<{ quote: string; value: number | null }>;
}

const read = (name: string): string => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");

const NUMBER_WORDS = new Set(("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen " +
  "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand " +
  "thousands million millions billion billions dozen dozens first second third").split(" "));

/** The scorer's rule: the predicted text holds the gold number and half the gold words. */
function matches(text: string, quote: string): boolean {
  const have = new Set(tokens(text));
  const want = tokens(quote);
  const num = want.find((t) => /^\d/.test(t) || NUMBER_WORDS.has(t));
  return (!num || have.has(num)) && want.filter((t) => have.has(t)).length / want.length >= 0.5;
}

describe.each([
  ["figures/guardian-063.txt", "figures/guardian-063.gold.json"],
  ["figures/isw-034.txt", "figures/isw-034.gold.json"],
  ["seed/seed-article.txt", "seed/seed.gold.json"],
])("gold figures of %s", (textFile, goldFile) => {
  const found = figs(read(textFile));
  const gold = JSON.parse(read(goldFile)) as Gold;

  it("finds every gold figure with its value", () => {
    for (const g of gold.figures) {
      const f = found.find((x) => matches(x.text, g.quote) && (g.value === null || x.value === g.value));
      expect(f, g.quote).toBeDefined();
    }
  });

  it("reports nothing that is neither a gold nor an optional figure", () => {
    const all = [...gold.figures, ...(gold.optional_figures ?? [])];
    const extra = found.filter((x) => !all.some((g) => matches(x.text, g.quote)));
    expect(extra.map((x) => x.text)).toEqual([]);
  });
});
