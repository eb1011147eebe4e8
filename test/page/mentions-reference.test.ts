import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Source } from "../../src/core/types.ts";
import { findMentions } from "../../src/page/mentions.ts";

/**
 * The search as it was before `mayHold` ruled names out with a lower-cased `includes`: every name's
 * pattern runs over the whole text. The oracle for the fast path.
 */
function reference(text: string, sources: readonly Source[]) {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pronouns = new Set(["he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "his", "its", "their"]);
  const names = sources.flatMap((source, index) =>
    [source.name, ...source.aliases].map((n) => n.trim()).filter((n) => n.length >= 3 && !pronouns.has(n.toLowerCase())).map((name) => ({ name, index })),
  );
  names.sort((a, b) => b.name.length - a.name.length);
  const taken: { start: number; end: number }[] = [];
  const out: { start: number; end: number }[][] = sources.map(() => []);
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

const source = (name: string, aliases: string[] = []): Source =>
  ({ id: name, name, aliases, side: "unknown", claims: 0 }) as unknown as Source;

// Letters whose case-insensitive matching differs from lower-casing: the long s and Kelvin sign fold
// to ASCII letters, dotted İ lower-cases to two characters, final sigma lower-cases by context.
const TRICKY = ["ſ", "K", "İ", "ı", "Σ", "ς", "σ", "ß", "ẞ", "Å", "’", "é", "É"];
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

describe("findMentions", () => {
  it("finds what every name's pattern finds, with the lower-cased pre-test (property)", () => {
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
