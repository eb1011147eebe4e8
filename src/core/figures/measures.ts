import type { FigureParts } from "./draft.ts";
import { glued, word } from "./draft.ts";
import type { NumberMatch } from "./number-parse.ts";
import { readNounPhrase } from "./noun-phrase.ts";
import { anniversaryObject, WAR_WORDS } from "./ordinals.ts";
import type { Token } from "./tokens.ts";
import { CURRENCY_SIGNS, CURRENCY_WORDS, DOLLAR_PREFIXES, PHRASE_UNITS, UNITS, type UnitEntry } from "./units.ts";

type PhraseUnit = (typeof PHRASE_UNITS)[number];
/** PHRASE_UNITS by first word, in their order: a number's next word picks the few that can follow. */
const PHRASE_UNITS_BY_FIRST = new Map<string, PhraseUnit[]>();
for (const phrase of PHRASE_UNITS) {
  const list = PHRASE_UNITS_BY_FIRST.get(phrase[0][0]!);
  if (list) list.push(phrase);
  else PHRASE_UNITS_BY_FIRST.set(phrase[0][0]!, [phrase]);
}
const NO_PHRASES: readonly PhraseUnit[] = [];

/** A unit written after the number, glued ("60km") or as words ("square kilometres"). */
export function unitAfter(tokens: readonly Token[], m: NumberMatch): { entry: UnitEntry; last: number } | null {
  let k = m.last + 1;
  let g = m.glued?.toLowerCase() ?? null;
  if (g === "sq") { g = null; k = m.last; } // "400sq km": read "sq km" as words
  if (g) {
    const e = UNITS.get(g);
    return e && g.length <= 3 ? { entry: e, last: m.last } : null;
  }
  const t = tokens[k];
  if (!t || t.newline) return null;
  if (t.text === "%" && glued(t)) return { entry: { unit: "%", category: "other" }, last: k };
  for (const [words, entry] of PHRASE_UNITS_BY_FIRST.get(word(t)) ?? NO_PHRASES) {
    let n = 1;
    while (n < words.length && word(tokens[k + n]) === words[n] && !tokens[k + n]!.newline) n++;
    if (n === words.length) return { entry, last: k + words.length - 1 };
  }
  const e = t.kind === "word" ? UNITS.get(t.lower) : undefined;
  if (e && tokens[k + 1]?.text === "-" && word(tokens[k + 2]) === "old") return null; // "four century-old schooners"
  // one-letter abbreviations only when glued ("500m"), never as words ("3 m" is too often something else)
  if (e && (t.lower.length > 1 || glued(t)) && t.lower !== "mi") return { entry: e, last: k };
  return null;
}

/** A currency written around the number: "$27.4 billion", "US$5m", "195 billion euros". */
export function currencyOf(tokens: readonly Token[], m: NumberMatch): { code: string; first: number; last: number } | null {
  const p1 = tokens[m.first - 1], p2 = tokens[m.first - 2];
  const first = tokens[m.first]!;
  if (p1 && CURRENCY_SIGNS.get(p1.text) && !first.spaced) {
    let code = CURRENCY_SIGNS.get(p1.text)!;
    let start = m.first - 1;
    if (p1.text === "$" && p2 && !p1.spaced && DOLLAR_PREFIXES.get(p2.lower)) { code = DOLLAR_PREFIXES.get(p2.lower)!; start--; }
    return { code, first: start, last: m.last };
  }
  // "USD 5 million", "UAH 1.5bn": an ISO code before the number
  // The code's look-up first: most words before a number are no currency, and then the capitals need no test.
  const before = p1 && p1.kind === "word" && CURRENCY_WORDS.has(p1.lower) && /^\p{Lu}{3}$/u.test(p1.text) ? CURRENCY_WORDS.get(p1.lower) : undefined;
  if (before) return { code: before, first: m.first - 1, last: m.last };
  const n1 = tokens[m.last + 1];
  const code = n1 && !n1.newline ? CURRENCY_WORDS.get(n1.lower) : undefined;
  if (code) return { code, first: m.first, last: m.last + 1 };
  if (word(n1) === "pounds" && word(tokens[m.last + 2]) === "sterling") return { code: "GBP", first: m.first, last: m.last + 2 };
  return null;
}

/** "15-minute gun battle", "four-year anniversary", "one-metre": a unit joined to the number by a hyphen. */
export function hyphenUnit(tokens: readonly Token[], m: NumberMatch): FigureParts | null | "age" {
  const h = tokens[m.last + 1], w = tokens[m.last + 2];
  if (!h || h.text !== "-" || !glued(h) || !w || !glued(w) || w.kind !== "word") return null;
  // "10-year-old child", "century-old schooners": an age
  if (tokens[m.last + 3]?.text === "-" && word(tokens[m.last + 4]) === "old") return "age";
  const entry = UNITS.get(w.lower);
  if (!entry || m.value === null) return null;
  let last = m.last + 2;
  const np = readNounPhrase(tokens, last + 1, true);
  if (np && !tokens[last + 1]!.newline) last = np.last;
  const isAnniversary = np?.head === "anniversary";
  let anniversaryOf: string | null = null;
  if (isAnniversary) {
    const obj = anniversaryObject(tokens, last);
    if (obj) { last = obj.last; anniversaryOf = WAR_WORDS.has(obj.noun) ? "war" : obj.noun; }
  }
  return {
    first: m.first, last, value: m.value, unit: entry.unit, category: isAnniversary ? "date" : entry.category,
    approximate: false, dimension: entry.dimension ?? null, factor: entry.factor ?? null, isAnniversary,
    anniversaryOf,
  };
}

/** "90 percent of the drones", "four-fifths of Ukraine": the "of" phrase a share is of. */
export function percentObject(tokens: readonly Token[], last: number): number {
  if (word(tokens[last + 1]) !== "of") return last;
  let k = last + 2;
  if (["the", "its", "their"].includes(word(tokens[k])) || /['’]s$/.test(tokens[k]?.text ?? "")) k++;
  const np = readNounPhrase(tokens, k);
  if (np && np.last - last <= 6) return np.last;
  const t = tokens[last + 2];
  return t && t.kind === "word" && /^\p{Lu}/u.test(t.text) ? last + 2 : last;
}
