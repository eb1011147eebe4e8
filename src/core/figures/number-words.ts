import { dict } from "./dict.ts";
/** Number words and their values, as data. */
export const UNIT_WORDS: ReadonlyMap<string, number> = dict({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
});

/** Multipliers written as words or abbreviations after a number ("27.4 billion", "$230bn"). */
export const SCALE_WORDS: ReadonlyMap<string, number> = dict({
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  k: 1e3, mn: 1e6, mln: 1e6, bn: 1e9, tn: 1e12, trn: 1e12,
});

/** Ordinal words ("first anniversary", "the third time"). */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = dict({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40,
  fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100,
});

/** Denominators of spelled fractions ("four-fifths", "two thirds"). */
export const FRACTION_WORDS: ReadonlyMap<string, number> = dict({
  halves: 2, thirds: 3, third: 3, quarters: 4, quarter: 4, fifths: 5, fifth: 5, sixths: 6,
  sevenths: 7, eighths: 8, ninths: 9, tenths: 10,
});

/** Plural words that stand for a vague amount ("tens of thousands", "dozens of"): value null. */
export const VAGUE_WORDS: ReadonlySet<string> = new Set([
  "tens", "dozens", "scores", "hundreds", "thousands", "millions", "billions",
]);

/** Exact amounts written with an article: "a dozen", "a million". */
export const ARTICLE_AMOUNTS: ReadonlyMap<string, number> = dict({
  dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
});
