import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { storyEchoes } from "../../src/page/clutter.ts";
import { echoReference as reference } from "./echo-reference.ts";

describe("storyEchoes' quick read of paragraphs", () => {
  // Few words, in several spellings (case, accents, full-width), so that echoes are frequent; separators
  // of plain prose and others; paragraph breaks of two or more line breaks.
  const word = fc.constantFrom("the", "The", "THE", "army", "Army", "said", "kyiv", "Kyiv", "état", "ÉTAT", "ＴＨＥ", "drone", "2024", "a", "of", "near", "ﬁre", "fire", "İstanbul", "istanbul", "Łódź", "ŁÓDŹ", "straße", "STRASSE", "ǅemal", "ĳs", "Zaporizhzhia", "ZAPORIZHZHIA");
  const gap = fc.constantFrom(" ", " ", " ", ", ", " — ", "\u00a0", "’", " «", "» ", "\n", ". ", "…", " ½ ", "-", "\u00ad", " © ", "\u0301");
  const phrase = (max: number) => fc.array(fc.tuple(word, gap), { maxLength: max }).map((parts) => parts.map(([w, g]) => w + g).join(""));
  const text = fc.array(phrase(24), { minLength: 1, maxLength: 6 }).chain((ps) => fc.constantFrom("\n\n", "\n\n\n").map((sep) => ps.join(sep)));
  const clutter = fc.array(phrase(14), { maxLength: 5 });

  it("decides as the full test does", () => {
    let echoed = 0;
    fc.assert(fc.property(text, clutter, (t, c) => {
      const expected = reference(t, c);
      echoed += expected.filter(Boolean).length;
      expect(storyEchoes(t, c)).toEqual(expected);
    }), { numRuns: 3000 });
    // Both verdicts occur often enough to mean something.
    expect(echoed).toBeGreaterThan(300);
  });

  it("stops reading a paragraph past twice the longest clutter text's words, and tests the rest in full", () => {
    const clutterText = "the army said it shot down drones near kyiv";
    const long = `${clutterText} `.repeat(3).trim();
    // 27 words: more than twice 9; all in the clutter text, yet no echo.
    expect(storyEchoes(`Title\n\n${long}`, [clutterText])).toEqual([false]);
    expect(storyEchoes(`Title\n\n${clutterText} ${clutterText}`, [clutterText])).toEqual([true]);
    // Past the limit a character outside Latin text changes nothing; before it, the full test decides.
    expect(storyEchoes(`Title\n\n${long} ＥＴＡＴ`, [clutterText])).toEqual([false]);
    expect(storyEchoes(`Title\n\nＥｔａｔ: ${clutterText}`, [clutterText])).toEqual([true]);
  });
});
