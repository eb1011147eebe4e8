/** A small analysis of a seed-like article, with offsets computed from its text so spans stay honest. */
import type { Analysis, Claim, Figure } from "../../src/core/types.ts";
import type { PageState } from "../../src/shared/messages.ts";

const TEXT = [
  "Russia launches new missile attacks as NATO increases backing for Ukraine",
  "Officials in Ukraine said air defenses in the south shot down eight Kalibr missiles launched from a ship in the Black Sea.",
  "Earlier on Wednesday, the Russian Defense Ministry said Ukrainian forces had retreated in the Luhansk region, though it provided no details, and Reuters was unable to verify this and other battlefield reports.",
  "“The Ukrainian troops randomly retreated to a distance of up to 3 km (2 miles) from the previously occupied lines,” the ministry said on Telegram.",
  "Six Russian balloons were shot down over Kyiv, according to the capital’s military administration.",
  "Witnesses said at least 20 people were wounded.",
  "The United States has pledged $27.4 billion in aid, the Pentagon said.",
  "Later the ministry said the troops had withdrawn 5 km (2 miles).",
].join("\n\n");

function span(text: string) {
  const start = TEXT.indexOf(text);
  if (start < 0) throw new Error(`not in fixture text: ${text}`);
  return { text, start, end: start + text.length };
}

function claim(text: string, rest: Omit<Claim, "text" | "start" | "end">): Claim {
  return { ...span(text), ...rest };
}

function figure(text: string, rest: Omit<Figure, "text" | "start" | "end">): Figure {
  return { ...span(text), ...rest };
}

const km3 = figure("up to 3 km (2 miles)", { value: 3, unit: "km", approximate: true, category: "distance", source: "Russian Defense Ministry" });
const km5 = figure("5 km (2 miles)", { value: 5, unit: "km", approximate: false, category: "distance", source: "Russian Defense Ministry" });

export function makeAnalysis(): Analysis {
  return {
    schema: "fogwatch.analysis/1",
    article: {
      title: "Russia launches new missile attacks as NATO increases backing for Ukraine",
      site: "Reuters",
      byline: "Staff and agencies",
      published: "2023-02-16",
      language: "en",
      words: 120,
      text: TEXT,
    },
    claims: [
      claim("Officials in Ukraine said air defenses in the south shot down eight Kalibr missiles launched from a ship in the Black Sea.", {
        source: "Ukrainian officials",
        side: "ukraine",
        status: "unverified",
        reasons: ["Attributed to Ukrainian officials; no independent confirmation in the article."],
      }),
      claim("Earlier on Wednesday, the Russian Defense Ministry said Ukrainian forces had retreated in the Luhansk region, though it provided no details, and Reuters was unable to verify this and other battlefield reports.", {
        source: "Russian Defense Ministry",
        side: "russia",
        status: "disclaimed",
        reasons: ["The article says: “Reuters was unable to verify this and other battlefield reports.”"],
      }),
      claim("“The Ukrainian troops randomly retreated to a distance of up to 3 km (2 miles) from the previously occupied lines,” the ministry said on Telegram.", {
        source: "the ministry",
        side: "russia",
        status: "disclaimed",
        reasons: [],
      }),
      claim("Six Russian balloons were shot down over Kyiv, according to the capital’s military administration.", {
        source: "Kyiv military administration",
        side: "ukraine",
        status: "unverified",
        reasons: [],
      }),
      claim("Witnesses said at least 20 people were wounded.", { source: null, side: "unknown", status: "unverified", reasons: [] }),
    ],
    sources: [
      { name: "Russian Defense Ministry", aliases: ["the ministry", "Russia's Defence Ministry"], kind: "military", side: "russia", mentions: 3, claims: 2 },
      { name: "Ukrainian officials", aliases: ["Officials in Ukraine"], kind: "official", side: "ukraine", mentions: 1, claims: 1 },
      { name: "Kyiv military administration", aliases: ["the capital’s military administration"], kind: "military", side: "ukraine", mentions: 1, claims: 1 },
      { name: "Reuters", aliases: [], kind: "media", side: "independent", mentions: 1, claims: 0 },
      { name: "Pentagon", aliases: [], kind: "military", side: "international", mentions: 1, claims: 0 },
    ],
    figures: [
      figure("eight Kalibr missiles", { value: 8, unit: "missile", approximate: false, category: "weapons", source: "Ukrainian officials" }),
      km3,
      figure("Six Russian balloons", { value: 6, unit: "balloon", approximate: false, category: "weapons", source: "Kyiv military administration" }),
      figure("at least 20 people", { value: 20, unit: "person", approximate: true, category: "casualties", source: "witnesses" }),
      figure("$27.4 billion", { value: 27_400_000_000, unit: "USD", approximate: false, category: "money", source: null }),
      km5,
    ],
    clutter: [
      { text: "Advertisement", kind: "ad" },
      { text: "Advertisement", kind: "ad" },
      { text: "Also read: What we know about the balloons", kind: "related" },
    ],
    profiles: ["russia-ukraine"],
    figureConflicts: [{ kind: "restated", message: "3 km and 5 km are both given as 2 miles.", figures: [km3, km5] }],
  };
}

export function makePageState(overrides: Partial<PageState> = {}): PageState {
  return {
    status: "article",
    host: "www.reuters.com",
    analysis: makeAnalysis(),
    shown: { claims: 5, sources: 5, figures: 6, clutter: 3 },
    ...overrides,
  };
}
