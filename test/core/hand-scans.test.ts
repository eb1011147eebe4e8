import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { countWords } from "../../src/core/analyze.ts";
import { tokenize } from "../../src/core/claims/tokens.ts";
import { tokenize as figuresTokenize } from "../../src/core/figures/tokens.ts";
import { COUNTRIES, FORCE_NOUNS } from "../../src/core/profiles/common.ts";
import { countryOfWord } from "../../src/core/claims/gazetteer.ts";
import { findBelligerentCountries } from "../../src/core/claims/sides.ts";
import { isConflictArticle } from "../../src/core/claims/classify.ts";
import { CONFLICT_MIN_DISTINCT, CONFLICT_MIN_HITS, CONFLICT_WORDS } from "../../src/core/claims/lexicon.ts";
import { findDisclaimers } from "../../src/core/claims/status.ts";
import { PROFILES, phraseRegExp, selectProfiles, sideTerms } from "../../src/core/profiles/index.ts";
import { segmentSentences } from "../../src/core/sentences.ts";

// The hand-written token scan must split text exactly where the RegExp it replaced does.
const CLAIMS_TOKEN_RE = /(?:\p{Lu}\.){2,}(?:['’]s(?![\p{L}]))?|\p{N}{1,3}(?:,\p{N}{3})+(?![\p{N}])(?:['’\-.&][\p{L}\p{N}]+)*|[\p{L}\p{N}]+(?:['’\-.&][\p{L}\p{N}]+)*|\S/gu;

/** Characters that exercise every branch: capitals, dots, digit groups, joiners, quotes, spaces, astral and lone surrogates. */
const PIECES = [
  "U", "S", "N", "a", "s", "x", ".", ",", "'", "’", "-", "&", "1", "23", "456", "7890", ",000", " ", "\n", "\u00a0", "\u2009",
  "“", "”", '"', "É", "é", "Ω", "٣", "²", "𝐀", "𝟏", "😀", "\ud800", "\udc00", "\u0301", "ǅ", "Ⅳ", "Ky", "iv", "A",
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(""));

function regExpTokens(s: string): Array<[string, number]> {
  return [...s.matchAll(CLAIMS_TOKEN_RE)].map((m) => [m[0], m.index]);
}

describe("claims token scan", () => {
  it("finds the tokens the RegExp finds", () => {
    fc.assert(fc.property(text, (s) => {
      expect(tokenize(s, 0, false).tokens.map((t) => [t.text, t.start])).toEqual(regExpTokens(s));
    }), { numRuns: 3000 });
  });
  it("reads dotted acronyms, digit groups and joined words", () => {
    for (const s of ["U.S.'s U.N. U.S.A 1,000-km 1,2345 1,234,5678 1234,567 12,345,678th Kyiv's x.com a--b 𝐀.𝐁. U.S.'sa"]) {
      expect(tokenize(s, 0, false).tokens.map((t) => [t.text, t.start])).toEqual(regExpTokens(s));
    }
  });
});

// The figures tokens, likewise.
const FIGURES_TOKEN_RE = /(\d+(?:[.,]\d+)*)|([\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*)|\S/gu;

describe("figures token scan", () => {
  it("finds the tokens the RegExp finds, with their kinds", () => {
    fc.assert(fc.property(text, (s) => {
      const expected = [...s.matchAll(FIGURES_TOKEN_RE)].map((m) => [m[0], m.index, m[1] !== undefined ? "num" : m[2] !== undefined ? "word" : "punct"]);
      expect(figuresTokenize(s).map((t) => [t.text, t.start, t.kind])).toEqual(expected);
    }), { numRuns: 3000 });
  });
});

describe("word count", () => {
  it("counts what the word RegExp matches", () => {
    fc.assert(fc.property(text, (s) => {
      expect(countWords(s)).toBe(s.match(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu)?.length ?? 0);
    }), { numRuns: 2000 });
  });
});

/** findBelligerentCountries as it was written over the word RegExp's matches: the reference for the one-pass version. */
function belligerentCountriesByRegExp(text: string): Set<string> {
  const dropFinalDot = (w: string): string => (w.endsWith(".") ? w.slice(0, -1) : w);
  const forces = new Map<string, number>();
  const setting = new Map<string, number>();
  const words = text.match(/[\p{L}][\p{L}'’.\-]*/gu) ?? [];
  for (let i = 0; i < words.length; i++) {
    const c = countryOfWord(dropFinalDot(words[i]!));
    if (!c) continue;
    const key = c.toLowerCase();
    for (let k = i + 1; k <= i + 3 && k < words.length; k++) {
      if (FORCE_NOUNS.has(words[k]!.toLowerCase())) {
        forces.set(key, (forces.get(key) ?? 0) + 1);
        break;
      }
    }
    const prev = words[i - 1]?.toLowerCase();
    if (prev === "in" || prev === "southern" || prev === "northern" || prev === "eastern" || prev === "western" || prev === "central") {
      setting.set(key, (setting.get(key) ?? 0) + 1);
    }
  }
  const out = new Set<string>();
  for (const [c, n] of forces) if (n >= 2) out.add(c);
  const counts = new Map<string, number>();
  for (const w of words) {
    const c = countryOfWord(dropFinalDot(w));
    if (c) counts.set(c.toLowerCase(), (counts.get(c.toLowerCase()) ?? 0) + 1);
  }
  let best = "";
  let bestN = 0;
  for (const [c, n] of counts) if (n > bestN) [best, bestN] = [c, n];
  if (bestN >= 3) out.add(best);
  let top = 0;
  for (const n of setting.values()) top = Math.max(top, n);
  if (top >= 2) for (const [c, n] of setting) if (n === top) out.add(c);
  return out;
}

describe("belligerent countries in one pass", () => {
  const forms = COUNTRIES.slice(0, 40).flatMap((c) => c.forms);
  const mix = fc.array(fc.oneof(
    fc.constantFrom(...forms), fc.constantFrom(...forms.map((f) => f.toUpperCase())), fc.constantFrom(...PIECES),
    fc.constantFrom(" ", " ", ".", "..", "'s", "’s", "-", " troops", " in ", " southern ", "ü", "é"),
  ), { maxLength: 40 }).map((a) => a.join(""));
  it("finds what the word RegExp version finds", () => {
    fc.assert(fc.property(mix, (s) => {
      expect([...findBelligerentCountries(s)]).toEqual([...belligerentCountriesByRegExp(s)]);
    }), { numRuns: 3000 });
  });
});

/** countryOfWord without its first-letters shortcut: the map of every country form, as built from COUNTRIES. */
function countryOfWordByMap(word: string): string | null {
  const norm = (s: string): string => {
    const n = s.toLowerCase().replace(/’/g, "'");
    return n.endsWith(".") ? n.slice(0, -1) : n;
  };
  const map = new Map<string, string>();
  for (const c of COUNTRIES) {
    for (const f of c.forms) {
      map.set(norm(f), c.name);
      map.set(norm(f) + "'s", c.name);
      if (/[^s]$/.test(f)) map.set(norm(f) + "s", c.name);
    }
  }
  return map.get(norm(word)) ?? null;
}

describe("country words turned down by their first letters", () => {
  const forms = COUNTRIES.flatMap((c) => c.forms);
  const word = fc.array(fc.oneof(
    fc.constantFrom(...forms), fc.constantFrom(...forms.map((f) => f.toUpperCase())), fc.constantFrom(...forms.map((f) => f.slice(0, 3))),
    fc.constantFrom(...PIECES), fc.constantFrom(".", "..", "'s", "’s", "s", "K", "İ", "ß"),
  ), { maxLength: 4 }).map((a) => a.join(""));
  it("names the country the full look-up names", () => {
    fc.assert(fc.property(word, (w) => {
      expect(countryOfWord(w)).toBe(countryOfWordByMap(w));
    }), { numRuns: 5000 });
    for (const c of COUNTRIES) for (const f of c.forms) for (const w of [f, f + ".", f + "'s", f + "’s.", f + "s", f.toUpperCase(), f.toLowerCase() + "."]) {
      expect(countryOfWord(w)).toBe(countryOfWordByMap(w));
    }
  });
});

/** selectProfiles as it was written: one scan per side with the side's phrase RegExp. */
function profilesByRegExp(text: string): string[] {
  const count = (re: RegExp): number => [...text.matchAll(re)].length;
  return PROFILES.filter((p) => p.sides.filter((s) => count(phraseRegExp(sideTerms(s))) >= p.minPerSide).length >= p.minSides).map((p) => p.id);
}

describe("profiles chosen in one scan for every side", () => {
  const terms = PROFILES.flatMap((p) => p.sides.flatMap(sideTerms));
  const passage = fc.array(fc.oneof(
    fc.constantFrom(...terms), fc.constantFrom(...terms.map((t) => t.split(/['’ -]/)[0]!)), fc.constantFrom(...PIECES),
    fc.constantFrom(" ", " ", ", ", "'s ", "’s", "-", "X", "é", "Gaza's", "Israel Defense Forces", "Tel Aviv"),
  ), { maxLength: 30 }).map((a) => a.join(""));
  it("chooses the profiles the per-side RegExps choose", () => {
    fc.assert(fc.property(passage, (s) => {
      expect(selectProfiles(s).map((p) => p.id)).toEqual(profilesByRegExp(s));
    }), { numRuns: 2000 });
  }, 30_000);
});

/** isConflictArticle as it was written: the words of the whole text in lower case. */
function isConflictByRegExp(text: string): boolean {
  let hits = 0;
  const kinds = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[a-z]+(?:-[a-z]+)?/g)) {
    if (!CONFLICT_WORDS.has(m[0])) continue;
    hits++;
    kinds.add(m[0]);
    if (hits >= CONFLICT_MIN_HITS && kinds.size >= CONFLICT_MIN_DISTINCT) return true;
  }
  return false;
}

describe("conflict words read in one pass", () => {
  const words = [...CONFLICT_WORDS];
  const passage = fc.array(fc.oneof(
    fc.constantFrom(...words), fc.constantFrom(...words.map((w) => w.toUpperCase())), fc.constantFrom(...PIECES),
    fc.constantFrom(" ", "-", "--", "\n", "K", "\u212a", "İ", "-İ", "Σ", "x".repeat(1999), "war\n".repeat(600), "front-line-troops", "war-", "-war", "TANKS-", "ı"),
  ), { maxLength: 24 }).map((a) => a.join(""));
  it("knows every character lower case turns into an ASCII letter: A–Z, a–z, İ and the Kelvin sign", () => {
    const others: number[] = [];
    for (let cp = 0; cp < 0x110000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (!/[A-Za-z]/.test(ch) && /[a-z]/.test(ch.toLowerCase())) others.push(cp);
    }
    expect(others).toEqual([0x130, 0x212a]);
  });

  it("decides as the whole lower-cased text does", () => {
    fc.assert(fc.property(passage, (s) => {
      expect(isConflictArticle(s)).toBe(isConflictByRegExp(s));
    }), { numRuns: 4000 });
  }, 30_000);
});

describe("disclaimer words found in one scan of the text", () => {
  const passage = fc.array(fc.oneof(
    fc.constantFrom("could not be verified", "COULD NOT CONFIRM", "no evidence", "without giving details", "VERİFİED", "Verif", "proof"),
    fc.constantFrom(...PIECES), fc.constantFrom(" ", ". ", ".\n", "\n\n", " Reuters could not verify the report. "),
  ), { maxLength: 24 }).map((a) => a.join(""));
  it("finds in each sentence what a scan of that sentence alone finds", () => {
    fc.assert(fc.property(passage, (s) => {
      const sentences = segmentSentences(s);
      const one = sentences.flatMap((x, i) => findDisclaimers(x.text, [{ ...x, start: 0, end: x.text.length }]).map((d) => ({ ...d, sentence: i })));
      expect(findDisclaimers(s, sentences)).toEqual(one);
    }), { numRuns: 2000 });
  }, 30_000);
});
