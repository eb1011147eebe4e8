import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Source, Span } from "../../src/core/types.ts";
import { findMentions } from "../../src/page/mentions.ts";

/** The search as first written: one regex per name, every span checked against every span taken. */
function reference(text: string, sources: readonly Source[]): Span[][] {
  const pronouns = new Set(["he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "his", "its", "their"]);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const names = sources.flatMap((source, index) =>
    [source.name, ...source.aliases].map((n) => n.trim()).filter((n) => n.length >= 3 && !pronouns.has(n.toLowerCase())).map((name) => ({ name, index })));
  names.sort((a, b) => b.name.length - a.name.length);
  const taken: Span[] = [];
  const out: Span[][] = sources.map(() => []);
  for (const { name, index } of names) {
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, "giu"))) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (taken.some((t) => t.start < span.end && span.start < t.end)) continue;
      taken.push(span);
      out[index]!.push(span);
    }
  }
  for (const spans of out) spans.sort((a, b) => a.start - b.start);
  return out;
}

const source = (name: string, aliases: string[] = []): Source => ({ name, aliases, kind: "official", side: "neutral", mentions: 0, claims: 0 } as unknown as Source);

describe("findMentions", () => {
  it("marks longest names first, whole words, never overlapping", () => {
    const text = "The Ukrainian General Staff said; the General Staff of Ukraine and Staff sergeants disagreed. Generals?";
    const sources = [source("General Staff"), source("Ukrainian General Staff"), source("Staff"), source("General")];
    const spans = findMentions(text, sources);
    expect(spans).toEqual(reference(text, sources));
    expect(spans[1]).toEqual([{ start: 4, end: 27 }]);
  });

  it("finds what a regex per name and a check against every span found", () => {
    const words = ["Kyiv", "kyiv", "Army", "army", "of", "the", "ſtate", "State", "Ministry", "KYIV", "Défense", "défense", "Institute", "ISW", "isw"];
    let seed = 11;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const phrase = (n: number) => Array.from({ length: n }, () => words[next(words.length)]).join(next(3) ? " " : "-");
    for (let round = 0; round < 200; round++) {
      const text = Array.from({ length: 1 + next(8) }, () => phrase(1 + next(12))).join(next(2) ? ". " : "\n\n");
      const sources = Array.from({ length: 1 + next(6) }, () => source(phrase(1 + next(3)), Array.from({ length: next(3) }, () => phrase(1 + next(2)))));
      expect(findMentions(text, sources)).toEqual(reference(text, sources));
    }
  });

  // The fast path looks names up with a lower-cased indexOf before running their pattern; these letters
  // match differently under case-insensitive Unicode matching than under lower-casing: the long s and
  // Kelvin sign fold to ASCII letters, dotted İ lower-cases to two characters, sigma by context.
  const TRICKY = ["ſ", "K", "İ", "ı", "Σ", "ς", "σ", "ß", "ẞ", "Å", "’", "é", "É", "😀"];
  const piece = fc.oneof(
    fc.constantFrom("Kyiv", "KYIV", "kyiv", "Ky", "iv", "air force", "AIR FORCE", "Hamas", "Zelensky", "Ołeksandr", "ΣΩΣ", " ", ". ", "\n\n"),
    fc.constantFrom(...TRICKY),
    fc.string({ maxLength: 4 }),
  );
  const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(""));
  const name = fc.oneof(
    fc.constantFrom("Kyiv", "air force", "Ukraine’s air force", "Hamas", "Zelensky", "Ołeksandr", "ΣΩΣ", "ſtrike", "Kelvin", "İstanbul", "straße"),
    fc.array(piece, { minLength: 1, maxLength: 4 }).map((parts) => parts.join("")),
  );

  it("finds what a regex per name finds, for any text and names, tricky letters included (property)", () => {
    fc.assert(
      fc.property(text, fc.array(fc.tuple(name, fc.array(name, { maxLength: 2 })), { minLength: 1, maxLength: 4 }), (t, names) => {
        const sources = names.map(([n, aliases]) => source(n, aliases));
        expect(findMentions(t, sources)).toEqual(reference(t, sources));
      }),
      { numRuns: 1000 },
    );
  });

  it("still finds an ASCII name spelt with a long s or the Kelvin sign, as the pattern does", () => {
    const sources = [source("strike"), source("Kyiv")];
    expect(findMentions("a ſtrike near Kyiv", sources)).toEqual([[{ start: 2, end: 8 }], [{ start: 14, end: 18 }]]);
    expect(findMentions("KYIV and kyiv", [source("kyiv")])).toEqual([[{ start: 0, end: 4 }, { start: 9, end: 13 }]]);
  });
});
