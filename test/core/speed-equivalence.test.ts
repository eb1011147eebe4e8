import { describe, expect, it } from "vitest";
import { countWords } from "../../src/core/analyze.ts";
import { tokenize } from "../../src/core/claims/tokens.ts";
import { phraseRegExp } from "../../src/core/profiles/index.ts";
import { countPhrases, firstPhrase } from "../../src/core/profiles/phrase-search.ts";

// The fast paths must give exactly what the plain RegExps they replace give.
const SAMPLES = [
  "pro-Russian forces near Kyiv's outskirts; XKyiv, Kyivan, Kyiv’s, (Kyiv) and 𝐀Kyiv or éKyiv.",
  "Russia's Russian Federation RussiaRussia Russians—Moscow, a Moscow-backed unit; ÜMoscow 1Moscow",
  "Hamas-run HAMAS-RUN hamas-run pro-Israeli", "", "Kyiv", "😀Kyiv😀", "a--b x'y’z- -'a é-ü a-😀 𝐀𝐁-c",
];

function countWithRegExp(re: RegExp, text: string): number {
  const g = new RegExp(re.source, re.flags.includes("g") ? re.flags : re.flags + "g");
  return [...text.matchAll(g)].length;
}

describe("phrase scans without the leading lookbehind", () => {
  const matchers = [
    phraseRegExp(["Russian Federation", "Russia's", "Russia", "Russians", "Russian", "Moscow", "Kyiv", "Kyiv's"]),
    phraseRegExp(["Hamas-run", "pro-Israeli"], "iu"),
    phraseRegExp([]),
  ];
  it("counts and finds the same matches as the full RegExp", () => {
    for (const re of matchers) {
      for (const text of SAMPLES) {
        expect(countPhrases(re, text)).toBe(countWithRegExp(re, text));
        re.lastIndex = 0;
        const plain = new RegExp(re.source, re.flags.replace("g", "")).exec(text);
        const fast = firstPhrase(re, text);
        expect(fast?.index ?? null).toBe(plain?.index ?? null);
        expect(fast?.[0] ?? null).toBe(plain?.[0] ?? null);
      }
    }
  });
  it("stops counting at the limit", () => {
    expect(countPhrases(matchers[0]!, "Kyiv Kyiv Kyiv Kyiv", 2)).toBe(2);
    expect(countPhrases(matchers[0]!, "Kyiv Kyiv Kyiv Kyiv", 0)).toBe(0);
  });
});

describe("fast word checks", () => {
  it("countWords counts what the word RegExp matches", () => {
    for (const text of SAMPLES) expect(countWords(text)).toBe(text.match(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu)?.length ?? 0);
  });
  it("tokenize marks words and capitals as the Unicode RegExps do", () => {
    for (const text of [...SAMPLES, "É é Ω 1 _ « » “ ” \" 😀 𝐀 A a Zz"]) {
      for (const t of tokenize(text, 0, false).tokens) {
        expect(t.isWord).toBe(/[\p{L}\p{N}]/u.test(t.text));
        expect(t.isCap).toBe(t.isWord && /^[\p{Lu}]/u.test(t.text));
      }
    }
  });
});
