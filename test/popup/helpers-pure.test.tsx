import { describe, expect, it } from "vitest";
import { formatDate, slug } from "../../src/popup/format.ts";
import { countClutter, countFlagged, groupBySide, groupFigures, passageAround } from "../../src/popup/group.ts";
import { escapeMarkdown, summaryMarkdown } from "../../src/popup/markdown.ts";
import { isRestrictedUrl } from "../../src/popup/restricted.ts";
import { isSiteOff, withClutterMode, withPaused, withSiteOff, withToggle } from "../../src/popup/settings-actions.ts";
import { compareSides, sideLook } from "../../src/popup/sides.ts";
import { DEFAULT_SETTINGS } from "../../src/shared/settings.ts";
import { makeAnalysis } from "./fixtures.ts";
import { tr } from "./helpers.tsx";

describe("group", () => {
  it("matches claims to sources by name or alias, case-insensitively", () => {
    const groups = groupBySide(makeAnalysis());
    const russia = groups.find((g) => g.side === "russia");
    expect(russia?.entries.map((e) => [e.name, e.claims.map((c) => c.index)])).toEqual([["Russian Defense Ministry", [1, 2]]]);
    expect(russia?.flagged).toBe(2);
  });

  it("orders sides: parties, outsiders, unknown last; unknown profile ids before 'unknown'", () => {
    expect(["unknown", "independent", "south-sudan", "international", "ukraine", "russia"].sort(compareSides)).toEqual([
      "russia",
      "ukraine",
      "international",
      "independent",
      "south-sudan",
      "unknown",
    ]);
    expect(sideLook("south-sudan").label).toBeNull();
  });

  it("gathers unmatched claims per side and source name", () => {
    const a = makeAnalysis();
    a.claims.push({ ...a.claims[0]!, source: "a military spokesman", side: "ukraine" });
    const ukraine = groupBySide(a).find((g) => g.side === "ukraine");
    const orphan = ukraine?.entries.find((e) => e.source === null);
    expect(orphan?.name).toBe("a military spokesman");
    expect(orphan?.claims.map((c) => c.index)).toEqual([5]);
  });

  it("sorts sources by claims, then mentions, then name", () => {
    const ukraine = groupBySide(makeAnalysis()).find((g) => g.side === "ukraine");
    expect(ukraine?.entries.map((e) => e.name)).toEqual(["Kyiv military administration", "Ukrainian officials"]);
  });

  it("counts flagged claims, figures by category and clutter by kind", () => {
    const a = makeAnalysis();
    a.claims[0]!.status = "confirmed";
    expect(countFlagged(a)).toBe(4);
    expect(groupFigures(a).map((g) => [g.category, g.figures.map((f) => f.index)])).toEqual([
      ["casualties", [3]],
      ["weapons", [0, 2]],
      ["distance", [1, 5]],
      ["money", [4]],
    ]);
    expect(countClutter(a)).toEqual([
      { kind: "ad", count: 2 },
      { kind: "related", count: 1 },
    ]);
  });

  it("cuts a passage to the sentence around a span, and trims long sentences with ellipses", () => {
    const text = "First sentence. Second one has 5 km in it. Third.";
    const at = text.indexOf("5 km");
    expect(passageAround(text, at, at + 4)).toEqual({ before: "Second one has ", match: "5 km", after: " in it." });
    const long = `${"word ".repeat(100)}the 5 km mark ${"word ".repeat(100)}.`;
    const i = long.indexOf("5 km");
    const p = passageAround(long, i, i + 4, 60);
    expect(p.match).toBe("5 km");
    expect(p.before.startsWith("…")).toBe(true);
    expect(p.after.endsWith("…")).toBe(true);
    expect((p.before + p.match + p.after).length).toBeLessThanOrEqual(64);
  });
});

describe("markdown", () => {
  const md = summaryMarkdown(makeAnalysis(), tr);

  it("has the headline, counts, sources by side with claim statuses, figures, conflicts and clutter", () => {
    expect(md.split("\n").slice(0, 5)).toEqual([
      "# Fogwatch summary: Russia launches new missile attacks as NATO increases backing for Ukraine",
      "",
      "Reuters · Feb 16, 2023 · By Staff and agencies",
      "",
      "5 unverified claims · 5 sources · 6 figures · 3 clutter items",
    ]);
    expect(md).toContain("## Sources by side");
    expect(md).toContain("### Russia");
    expect(md).toContain("- **Russian Defense Ministry** (Military, 3 mentions, 2 claims)");
    expect(md).toContain("  - *Disclaimed:* “Earlier on Wednesday, the Russian Defense Ministry said");
    expect(md).toContain("    - The article says: “Reuters was unable to verify this and other battlefield reports.”");
    expect(md).toContain("- **Unattributed** (1 claim)");
    expect(md).toContain("- **Casualties:** at least 20 people (approx.) — stated by witnesses");
    expect(md).toContain("- **Money:** $27.4 billion — not attributed");
    expect(md).toContain("## Figures that disagree");
    expect(md).toContain("- Ads: 2");
    expect(md.trimEnd().endsWith("not whether it is true.*")).toBe(true);
  });

  it("escapes Markdown in article text and is empty for a non-article", () => {
    expect(escapeMarkdown("*Breaking* [live]\n# now")).toBe("\\*Breaking\\* \\[live\\] \\# now");
    expect(summaryMarkdown({ ...makeAnalysis(), article: null }, tr)).toBe("");
  });
});

describe("settings actions", () => {
  it("change one thing and leave the input alone", () => {
    const s = structuredClone(DEFAULT_SETTINGS);
    expect(withToggle(s, "claims", false).toggles).toEqual({ ...s.toggles, claims: false });
    expect(withPaused(s, true).paused).toBe(true);
    expect(withClutterMode(s, "show").clutterMode).toBe("show");
    const off = withSiteOff(s, "a.example", true);
    expect(isSiteOff(off, "a.example")).toBe(true);
    expect(withSiteOff(off, "a.example", false).sites).toEqual({});
    expect(s).toEqual(DEFAULT_SETTINGS);
  });

  it("keep a site's other overrides when turning it back on", () => {
    const s = { ...DEFAULT_SETTINGS, sites: { "a.example": { off: true, toggles: { figures: false } } } };
    expect(withSiteOff(s, "a.example", false).sites).toEqual({ "a.example": { toggles: { figures: false } } });
  });
});

describe("restricted pages", () => {
  it("knows browser pages and extension stores", () => {
    for (const url of ["chrome://newtab/", "about:addons", "edge://settings", "view-source:https://a.example", "file:///tmp/a.html", "https://chromewebstore.google.com/detail/x", "https://chrome.google.com/webstore/category", "https://addons.mozilla.org/en-US/firefox/"]) {
      expect(isRestrictedUrl(url), url).toBe(true);
    }
    for (const url of [undefined, "", "https://www.reuters.com/world/", "http://127.0.0.1:8080/a.html", "https://chrome.google.com/other"]) {
      expect(isRestrictedUrl(url), String(url)).toBe(false);
    }
  });
});

describe("format", () => {
  it("formats ISO dates, keeping date-only values on their day", () => {
    expect(formatDate("2023-02-16", "en")).toBe("Feb 16, 2023");
    expect(formatDate("not a date", "en")).toBeNull();
    expect(formatDate(null, "en")).toBeNull();
  });

  it("makes file-safe slugs", () => {
    expect(slug("Kyiv: “Balloons” shot down — 6 of them!")).toBe("kyiv-balloons-shot-down-6-of-them");
    expect(slug("")).toBe("article");
    expect(slug("a".repeat(80)).length).toBe(60);
  });
});
