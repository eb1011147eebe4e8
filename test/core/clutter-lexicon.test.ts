import { describe, expect, it } from "vitest";
import { AD_LABEL, collapseSpaces, isPlainText, labelKind, matchesLabel, startsWithPromoLabel } from "../../src/core/clutter-lexicon.ts";

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
