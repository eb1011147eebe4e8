import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AD_LABEL, collapseSpaces, isPlainText, labelKind, matchesLabel, normalizeLabel, startsLikePromoLabel, startsWithPromoLabel } from "../../src/core/clutter-lexicon.ts";

const collapse = (raw: string) => raw.replace(/\s+/g, " ").trim();

describe("labelKind and matchesLabel on texts without letters", () => {
  it("read timestamps and counters as no label, and labels in any script still as labels", () => {
    for (const text of ["12:30", "2024", "", " ", "1/2", "+3", "№ 5"]) {
      expect(labelKind(text)).toBeNull();
      expect(matchesLabel(text, AD_LABEL)).toBe(false);
    }
    expect(labelKind("Advertisement")).toBe("ad");
    expect(labelKind("Реклама")).toBe("ad");
    expect(labelKind("広告")).toBe("ad");
    expect(matchesLabel("ADVERTISEMENT:", AD_LABEL)).toBe(true);
    expect(matchesLabel("2024", new Set(["2024"]))).toBe(true);
  });
});

describe("isPlainText", () => {
  const sentence = "Russia said its forces shot down eight drones over the Belgorod region overnight, a claim Kyiv did not confirm. ";

  it("is true for texts without letters", () => {
    expect(isPlainText("12:30")).toBe(true);
    expect(isPlainText("\u00a0 12:30\u3000")).toBe(true);
    expect(isPlainText("")).toBe(true);
    expect(isPlainText("12:30 Uhr")).toBe(false);
  });

  it("is true for story paragraphs too long for a label that start like no label", () => {
    expect(isPlainText(sentence.repeat(2))).toBe(true);
    expect(isPlainText(`\n   ${sentence.repeat(2)}`)).toBe(true);
    expect(isPlainText(sentence)).toBe(false); // short enough to be read as a label
    expect(isPlainText(`Read more: ${sentence.repeat(2)}`)).toBe(false);
    expect(isPlainText(`  \n ALSO READ ${sentence.repeat(2)}`)).toBe(false);
    expect(isPlainText(`${" \u3000\u2009".repeat(200)}short`)).toBe(false); // long only in whitespace
  });

  it("decides as a count of the characters does (letters: ASCII ones and any non-space outside ASCII)", () => {
    const isSpace = (c: number) => /\s/.test(String.fromCharCode(c));
    const reference = (raw: string) => {
      let chars = 0, hasLetters = false;
      for (let i = 0; i < raw.length; i++) {
        const c = raw.charCodeAt(i);
        if (isSpace(c)) continue;
        chars++;
        if (c > 127 || /[A-Za-z]/.test(raw[i]!)) hasLetters = true;
      }
      return !hasLetters || (chars > 160 && !startsLikePromoLabel(raw));
    };
    const unit = fc.constantFrom(" ", "\u00a0", "\u3000", "\u2028", "\ufeff", "1", ":", "-", "a", "Z", "é", "東", "\ud83d", "x".repeat(40), "9".repeat(40), "Read more: ");
    fc.assert(fc.property(fc.string({ unit, maxLength: 30 }), (raw) => { expect(isPlainText(raw)).toBe(reference(raw)); }), { numRuns: 3000 });
  });

  it("never passes a text that labelKind or startsWithPromoLabel would accept, raw or collapsed", () => {
    const pieces = ["Read", "more", "Also", "Sign up for our", "newsletter", "Advertisement", "Watch", "Kyiv", "said", "12:30", ":", "—", "drones", "Related Stories", "Share"];
    const spaces = [" ", "  ", "\n", "\t", "\u00a0", "\u3000", "\u2009", "\ufeff", "\u2028", ""];
    let seed = 5;
    const next = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
    let plain = 0;
    for (let round = 0; round < 3000; round++) {
      let raw = "";
      for (let i = next(60); i > 0; i--) raw += spaces[next(spaces.length)]! + pieces[next(pieces.length)]!;
      if (next(2)) raw += spaces[next(spaces.length)];
      const text = collapse(raw);
      expect(isPlainText(raw)).toBe(isPlainText(text));
      if (!isPlainText(raw)) continue;
      plain++;
      expect(labelKind(text)).toBeNull();
      expect(startsWithPromoLabel(text)).toBe(false);
    }
    expect(plain).toBeGreaterThan(300);
  });
});

describe("collapseSpaces", () => {
  it("is replace(/\\s+/g, ' ').trim() on indented, spaced and unusual whitespace", () => {
    const samples = ["", " ", "World", "\n      World\n    ", "Top  stories", " a b ", "a\tb", "a\u00a0b", "\u2028x\u3000", "\ufeffx y\ufeff", "x \n y", "\u200bx"];
    for (const s of samples) expect(collapseSpaces(s)).toBe(s.replace(/\s+/g, " ").trim());
  });
});

describe("labelKind's one test for all phrases", () => {
  it("still finds each kind of phrase", () => {
    expect(labelKind("Sign up for our daily briefing")).toBe("newsletter");
    expect(labelKind("Share on Facebook")).toBe("social");
    expect(labelKind("Share")).toBe("social");
    expect(labelKind("Listen to this article")).toBe("other");
    expect(labelKind("Add Fogwatch News on Google")).toBe("other");
    expect(labelKind("World")).toBeNull();
    expect(labelKind("More from Global News")).toBe("related");
  });
});

describe("normalizeLabel's Latin way (core/latin.ts)", () => {
  const reference = (text: string) => text.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  /** Non-ASCII punctuation that LATIN_TEXT lets through as no part of a word. */
  const marks = "\u00a0\u00a9\u00ab\u00ae\u00b7\u00bb\u2010\u2011\u2012\u2013\u2014\u2015\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2022\u2026\u2039\u203a";

  it("lets through no letter, digit or combining mark, nor one NFKC turns into one", () => {
    for (const m of marks) {
      expect(/[\p{L}\p{N}\p{M}]/u.test(m)).toBe(false);
      expect(/[\p{L}\p{N}\p{M}]/u.test(m.normalize("NFKC"))).toBe(false);
      for (let c = 0; c < 128; c++) {
        const pair = String.fromCharCode(c) + m;
        expect(normalizeLabel(pair)).toBe(reference(pair));
        expect(normalizeLabel(m + String.fromCharCode(c))).toBe(reference(m + String.fromCharCode(c)));
      }
    }
  });

  it("gives what normalising the Unicode way gives", () => {
    const unit = fc.oneof(fc.constantFrom(..."aZ09 -.,'\"\n\t!?:;_/|".split(""), ...marks, "é", "É", "ß", "Ł", "ő", "Ž", "ǅ", "ŉ", "ª", "İ", "ﬁ", "\u212a", "①", "\u0301", "漢", "½"), fc.string({ unit: "binary-ascii", minLength: 1, maxLength: 1 }));
    fc.assert(fc.property(fc.string({ unit }), (s) => { expect(normalizeLabel(s)).toBe(reference(s)); }), { numRuns: 5000 });
  });
});
