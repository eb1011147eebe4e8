import type { Figure, FigureCategory } from "../types.ts";
import { isAge, isClauseEnd, isClockTime, isDate, isInCode, isInMarkdownLink, isMarker } from "./context.ts";
import { parseNumberAt, type NumberMatch } from "./number-parse.ts";
import { CASUALTY_CUES, CASUALTY_VERBS_AFTER, DEATH_CUES, REVISION_CUES } from "./nouns.ts";
import { lexiconNounAt, readNounPhrase, singularize, type NounClass } from "./noun-phrase.ts";
import { qualifierBefore } from "./qualifiers.ts";
import { ARTICLE_AMOUNTS, ORDINAL_WORDS, UNIT_WORDS, VAGUE_WORDS } from "./number-words.ts";
import { tokenize, type Token } from "./tokens.ts";
import { CURRENCY_SIGNS, CURRENCY_WORDS, DOLLAR_PREFIXES, PHRASE_UNITS, UNITS, type UnitEntry } from "./units.ts";

/** A figure with what the cross-checks need to know about it. */
export interface FigureDraft {
  figure: Figure;
  /** Measured quantity, for conversion checks ("3 km" → length 3000). */
  dimension: UnitEntry["dimension"] | null;
  factor: number | null;
  /** For "Nth anniversary" figures: what the anniversary is of ("war"), or null when unsaid. */
  anniversaryOf: string | null;
  isAnniversary: boolean;
  /** A count of the dead ("killed three people", "the death toll rose to 21"). */
  isDeathToll: boolean;
  /** Its clause says the number changed ("rose to", "revised"): a new toll, not a contradiction. */
  isRevision: boolean;
  /** The words around the figure (its clause, up to eight tokens either side). */
  context: string;
}

/** Nouns an ordinal may count: "24th anniversary", "fifth year", "the third time". */
const ORDINAL_NOUNS = new Set(["anniversary", "year", "time"]);
/** Words naming what an anniversary marks; all of them one war for the restated check. */
const WAR_WORDS = new Set(["war", "invasion", "conflict", "aggression", "offensive", "operation", "occupation", "annexation"]);
const AUXILIARIES = new Set(["were", "was", "have", "has", "had", "been", "are", "is", "be"]);
const PARTITIVE_DETERMINERS = new Set(["the", "its", "their", "his", "her", "our", "these", "those", "them", "us", "whom"]);
const DEFINITE = new Set(["the", "these", "those"]);

interface Built {
  first: number;
  last: number;
  value: number | null;
  unit: string | null;
  category: FigureCategory;
  approximate: boolean;
  dimension: UnitEntry["dimension"] | null;
  factor: number | null;
  anniversaryOf: string | null;
  isAnniversary: boolean;
}

const word = (t: Token | undefined): string => (t && t.kind === "word" ? t.lower : "");
const glued = (t: Token | undefined): boolean => t !== undefined && !t.spaced;

/** Does the clause around tokens [first, last] (eight tokens either side) hold one of `words`? */
function clauseHas(tokens: readonly Token[], first: number, last: number, words: ReadonlySet<string>): boolean {
  for (let j = first - 1; j >= 0 && j >= first - 8; j--) {
    const t = tokens[j]!;
    if (isClauseEnd(t)) break;
    if (words.has(t.lower)) return true;
  }
  for (let j = last + 1; j < tokens.length && j <= last + 8; j++) {
    const t = tokens[j]!;
    if (isClauseEnd(t)) break;
    if (words.has(t.lower)) return true;
  }
  return false;
}

/** Does the clause around tokens [first, last] speak of death or injury? */
const hasCasualtyCue = (tokens: readonly Token[], first: number, last: number): boolean => clauseHas(tokens, first, last, CASUALTY_CUES);

function categoryOf(cls: NounClass | null, cue: boolean): FigureCategory {
  if (cls === "weapon") return "weapons";
  if (cls === "casualty") return "casualties";
  return cue ? "casualties" : "count";
}

/** A unit written after the number, glued ("60km") or as words ("square kilometres"). */
function unitAfter(tokens: readonly Token[], m: NumberMatch): { entry: UnitEntry; last: number } | null {
  let k = m.last + 1;
  let g = m.glued?.toLowerCase() ?? null;
  if (g === "sq") { g = null; k = m.last; } // "400sq km": read "sq km" as words
  if (g) {
    const e = UNITS[g];
    return e && g.length <= 3 ? { entry: e, last: m.last } : null;
  }
  const t = tokens[k];
  if (!t || t.newline) return null;
  if (t.text === "%" && glued(t)) return { entry: { unit: "%", category: "other" }, last: k };
  for (const [words, entry] of PHRASE_UNITS) {
    if (words.every((w, n) => word(tokens[k + n]) === w && !tokens[k + n]!.newline)) return { entry, last: k + words.length - 1 };
  }
  const e = t.kind === "word" ? UNITS[t.lower] : undefined;
  // one-letter abbreviations only when glued ("500m"), never as words ("3 m" is too often something else)
  if (e && (t.lower.length > 1 || glued(t)) && t.lower !== "mi") return { entry: e, last: k };
  return null;
}

/** A currency written around the number: "$27.4 billion", "US$5m", "195 billion euros". */
function currencyOf(tokens: readonly Token[], m: NumberMatch): { code: string; first: number; last: number } | null {
  const p1 = tokens[m.first - 1], p2 = tokens[m.first - 2];
  const first = tokens[m.first]!;
  if (p1 && CURRENCY_SIGNS[p1.text] && !first.spaced) {
    let code = CURRENCY_SIGNS[p1.text]!;
    let start = m.first - 1;
    if (p1.text === "$" && p2 && !p1.spaced && DOLLAR_PREFIXES[p2.lower]) { code = DOLLAR_PREFIXES[p2.lower]!; start--; }
    return { code, first: start, last: m.last };
  }
  // "USD 5 million", "UAH 1.5bn": an ISO code before the number
  const before = p1 && p1.kind === "word" && /^\p{Lu}{3}$/u.test(p1.text) ? CURRENCY_WORDS[p1.lower] : undefined;
  if (before) return { code: before, first: m.first - 1, last: m.last };
  const n1 = tokens[m.last + 1];
  const code = n1 && !n1.newline ? CURRENCY_WORDS[n1.lower] : undefined;
  if (code) return { code, first: m.first, last: m.last + 1 };
  if (word(n1) === "pounds" && word(tokens[m.last + 2]) === "sterling") return { code: "GBP", first: m.first, last: m.last + 2 };
  return null;
}

/** "the war’s fourth anniversary", "the invasion’s 24th anniversary": the possessor before an ordinal. */
function possessorBefore(tokens: readonly Token[], first: number): { first: number; noun: string } | null {
  const p = tokens[first - 1];
  if (!p || p.kind !== "word" || !/['’]s$/i.test(p.text)) return null;
  const start = word(tokens[first - 2]) === "the" ? first - 2 : first - 1;
  return { first: start, noun: p.lower };
}

/** "of Russia’s war", "of its Feb. 24 invasion": what an anniversary marks, within seven tokens. */
function anniversaryObject(tokens: readonly Token[], head: number): { last: number; noun: string } | null {
  if (word(tokens[head + 1]) !== "of") return null;
  for (let j = head + 2; j < tokens.length && j <= head + 8; j++) {
    const t = tokens[j]!;
    if (t.newline || t.text === "," || t.text === ";" || t.text === "(") break;
    if (t.kind === "word" && !/^\p{Lu}/u.test(t.text) && !["the", "its", "a", "full", "scale"].includes(t.lower) && !WAR_WORDS.has(t.lower)) {
      if (t.kind === "word" && j > head + 2 && ![",", "-"].includes(tokens[j - 1]!.text) && !/^\p{Lu}/u.test(tokens[j - 1]!.text)) return { last: j, noun: t.lower };
    }
    if (WAR_WORDS.has(t.lower)) return { last: j, noun: t.lower };
  }
  return null;
}

function ordinalFigure(tokens: readonly Token[], m: NumberMatch): Built | null {
  const head = tokens[m.last + 1];
  const noun = head ? singularize(head.lower) : "";
  if (!head || head.newline || !ORDINAL_NOUNS.has(noun) || m.value === null) return null;
  if (noun !== "anniversary" && m.value < 2) return null; // "the first time" is a phrase, not a count
  let first = m.first, last = m.last + 1;
  let of: string | null = null;
  const pos = possessorBefore(tokens, m.first);
  if (pos) { first = pos.first; of = pos.noun; }
  else if (word(tokens[m.first - 1]) === "the") first = m.first - 1;
  if (noun === "anniversary") {
    const obj = anniversaryObject(tokens, m.last + 1);
    if (obj) { last = obj.last; of = of ?? obj.noun; }
  }
  return {
    first, last, value: m.value, unit: noun, category: noun === "time" ? "count" : "date", approximate: false,
    dimension: null, factor: null, isAnniversary: noun === "anniversary",
    anniversaryOf: of === null ? null : WAR_WORDS.has(of) ? "war" : of,
  };
}

/** "15-minute gun battle", "four-year anniversary", "one-metre": a unit joined to the number by a hyphen. */
function hyphenUnit(tokens: readonly Token[], m: NumberMatch): Built | null | "age" {
  const h = tokens[m.last + 1], w = tokens[m.last + 2];
  if (!h || h.text !== "-" || !glued(h) || !w || !glued(w) || w.kind !== "word") return null;
  // "10-year-old child", "century-old schooners": an age
  if (tokens[m.last + 3]?.text === "-" && word(tokens[m.last + 4]) === "old") return "age";
  const entry = UNITS[w.lower];
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

/** Reads the figure around a number match; null when it is a date, time, age, code or not a figure. */
export function buildFigure(text: string, tokens: readonly Token[], m: NumberMatch, lineWords: readonly number[]): Built | null {
  const t0 = tokens[m.first]!;
  if (isInCode(text, t0.start, tokens[m.last]!.end) || isInMarkdownLink(text, t0.start, tokens[m.last]!.end)) return null;
  if (m.isDigits && (isMarker(tokens, m.first, m.last) || isClockTime(tokens, m.first, m.last) || isDate(tokens, m.first, m.last))) return null;
  if (!m.isDigits && m.kind === "cardinal" && isDate(tokens, m.first, m.last)) return null;
  if (m.kind === "ordinal") return ordinalFigure(tokens, m);

  const hy = hyphenUnit(tokens, m);
  if (hy === "age") return null;
  const qual = qualifierBefore(tokens, m.first);
  const approxQ = qual?.qualifier.approximate ?? false;
  const first = qual ? qual.first : m.first;
  if (hy) return { ...hy, first: hy.isAnniversary && word(tokens[m.first - 1]) === "the" ? m.first - 1 : first, approximate: approxQ };

  const base = { first, approximate: approxQ || m.kind === "vague" || m.kind === "range", dimension: null, factor: null, anniversaryOf: null, isAnniversary: false } as const;
  // Money
  const cur = currencyOf(tokens, m);
  if (cur) {
    let value = m.value;
    if (m.glued?.toLowerCase() === "m" && value !== null) value *= 1e6;
    else if (m.glued && value !== null) return null;
    const q = cur.first < m.first ? qualifierBefore(tokens, cur.first) : qual;
    const start = q ? Math.min(q.first, cur.first) : cur.first;
    return { ...base, first: start, approximate: q?.qualifier.approximate ?? false, last: cur.last, value, unit: cur.code, category: "money" };
  }
  // "1.5m people": a million when a noun follows, metres otherwise ("a 10m wall" reads as metres too rarely to matter)
  if (m.glued?.toLowerCase() === "m" && m.value !== null && isCountedNounAt(tokens, m.last + 1)) {
    return countFigure(text, tokens, { ...m, value: m.value * 1e6, glued: null }, base, lineWords);
  }
  // Measurement units
  const u = unitAfter(tokens, m);
  if (u && u.entry.unit === "day" && !m.isDigits && m.value === 1 && !qual) return null; // "one day" is "some day"
  // "3 hours ago", "6 min read": timestamps and reading times of the page, not the story's figures
  if (u && u.entry.dimension === "time" && ["ago", "read"].includes(word(tokens[u.last + 1]))) return null;
  if (u) {
    const last = u.entry.unit === "%" ? percentObject(tokens, u.last) : u.last;
    return { ...base, last, value: m.value, unit: u.entry.unit, category: u.entry.category, dimension: u.entry.dimension ?? null, factor: u.entry.factor ?? null };
  }
  if (m.glued) return null; // "1990s", "7am", "5G": not a quantity
  if (m.kind === "fraction") {
    return { ...base, last: percentObject(tokens, m.last), value: m.value, unit: null, category: "other", first: word(tokens[first - 1]) === "the" ? first - 1 : first };
  }
  return countFigure(text, tokens, m, base, lineWords);
}

/** "90 percent of the drones", "four-fifths of Ukraine": the "of" phrase a share is of. */
function percentObject(tokens: readonly Token[], last: number): number {
  if (word(tokens[last + 1]) !== "of") return last;
  let k = last + 2;
  if (["the", "its", "their"].includes(word(tokens[k])) || /['’]s$/.test(tokens[k]?.text ?? "")) k++;
  const np = readNounPhrase(tokens, k);
  if (np && np.last - last <= 6) return np.last;
  const t = tokens[last + 2];
  return t && t.kind === "word" && /^\p{Lu}/u.test(t.text) ? last + 2 : last;
}

/** A count of things or people: "eight Kalibr missiles", "three of its commanders", "21", "15 injured". */
function countFigure(
  text: string, tokens: readonly Token[], m: NumberMatch,
  base: Pick<Built, "first" | "approximate" | "dimension" | "factor" | "anniversaryOf" | "isAnniversary">,
  lineWords: readonly number[],
): Built | null {
  const isOne = !m.isDigits && m.value === 1 && m.kind === "cardinal";
  let last = m.last;
  let head: string | null = null;
  let cls: NounClass | null = null;
  let k = m.last + 1;
  const n1 = tokens[k];
  if (word(n1) === "of" && tokens[k + 1] && PARTITIVE_DETERMINERS.has(word(tokens[k + 1])) && m.kind !== "vague") {
    // "three of its commanders", "one of its soldiers", "two of them"
    const det = word(tokens[k + 1]);
    if (det === "them" || det === "us" || det === "whom") { last = k + 1; }
    else {
      const direct = lexiconNounAt(tokens, k + 2);
      const np = isOne ? (direct ? { last: direct.last, head: direct.lemma, cls: direct.cls } : null) : readNounPhrase(tokens, k + 2);
      if (!np) return null;
      if (isOne && np.cls !== "person" && np.cls !== "weapon") return null;
      last = np.last; head = np.head; cls = np.cls;
    }
  } else if (word(n1) === "of" && m.kind === "vague") {
    // "tens of thousands of reservists", "hundreds of Ukrainian prisoners of war"
    const np = readNounPhrase(tokens, k + 1);
    if (np) { last = np.last; head = np.head; cls = np.cls; }
  } else if (n1 && !n1.newline) {
    const np = readNounPhrase(tokens, k);
    // "one" is a pronoun or an article more often than a count: only with a known noun or a qualifier
    if (np && (!isOne || np.cls !== null || base.approximate)) { last = np.last; head = np.head; cls = np.cls; }
  }
  // "15 injured", "four were injured", "three people died"
  let j = last + 1;
  while (AUXILIARIES.has(word(tokens[j])) && j < last + 3) j++;
  const verb = tokens[j];
  const hasVerbAfter = !!verb && !verb.newline && CASUALTY_VERBS_AFTER.has(word(verb)) && (head === null || cls !== "weapon");
  if (hasVerbAfter && (head === null || j === last + 1)) last = j;
  const cue = hasVerbAfter || hasCasualtyCue(tokens, m.first, last);
  const isBare = head === null && !hasVerbAfter && last === m.last;

  if (isOne && head === null && !hasVerbAfter && word(tokens[m.last + 1]) !== "of") return null;
  if (isOne && cls === "person" && !cue && !base.approximate) return null; // "one aid worker interviewed by"
  if (isOne && word(tokens[m.last + 1]) === "of" && head === null && last === m.last) return null;
  if (m.isDigits && m.kind === "cardinal" && isYear(tokens[m.first]!, m.value) && cls === null) return null;
  if (m.isDigits && isAge(tokens, m.first, m.last, m.value) && head === null) return null;
  if (DEFINITE.has(word(tokens[m.first - 1])) && base.first === m.first && cls !== "weapon" && cls !== "person" && cls !== "casualty") return null;
  if (isBare && !isKeptBare(text, tokens, m, base.first, lineWords)) return null;

  let first = base.first;
  // "killed 1,200": the verb that makes a bare number a toll
  const prev = tokens[first - 1];
  if (isBare && prev && CASUALTY_CUES.has(prev.lower) && !prev.newline) first--;
  const unit = head === null ? null : CURRENCY_WORDS[head] ?? head;
  const category: FigureCategory = head !== null && CURRENCY_WORDS[head] ? "money" : categoryOf(cls, cue);
  return { ...base, first, last, value: m.kind === "vague" || m.kind === "range" ? null : m.value, unit, category };
}

/** A noun that counts people or things follows ("1.5m people", "2m refugees"). */
function isCountedNounAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== "word" || t.newline || !t.spaced) return false;
  return lexiconNounAt(tokens, k) !== null || (/s$/.test(t.lower) && !STOPLIKE.has(t.lower));
}
const STOPLIKE = new Set(["is", "was", "has", "its", "this", "as", "us", "his", "yes", "thus", "plus", "across", "towards", "afterwards"]);

function isYear(t: Token, value: number | null): boolean {
  return value !== null && /^\d{4}$/.test(t.text) && value >= 1000 && value <= 2100;
}

/** A number with no noun is kept only when it reads as a quantity ("had risen to 21", "killed 1,200"). */
function isKeptBare(text: string, tokens: readonly Token[], m: NumberMatch, first: number, lineWords: readonly number[]): boolean {
  const p1 = tokens[m.first - 1], p2 = tokens[m.first - 2], n1 = tokens[m.last + 1], n2 = tokens[m.last + 2];
  if (m.kind === "vague") return true;
  if ((lineWords[m.first] ?? 0) < 5) return false; // "0", "200", "list 1 of 4": page furniture
  if (word(n1) === "of" && n2?.kind === "num") return false;
  // "10 Downing Street", "7 World Trade Center": an address or a name
  if (n1 && n1.kind === "word" && n1.spaced && /^\p{Lu}\p{Ll}/u.test(n1.text)) return false;
  if (word(p1) === "to" && word(p2) === "according") return false;
  if (!m.isDigits) {
    // spelled-out bare numbers are pronouns more often than quantities ("the two have met")
    return first !== m.first || (!!p1 && CASUALTY_CUES.has(p1.lower));
  }
  // "Resolution 2334", "Highway 1", "Apollo 11": a name
  if (p1 && first === m.first && p1.kind === "word" && /^\p{Lu}/u.test(p1.text) && !CASUALTY_CUES.has(p1.lower)) return false;
  if (n1 && (n1.text === "/" || n1.text === "-") && !n1.spaced) return false;
  void text;
  return true;
}

/** Index of the line each token is on, mapped to that line's number of word tokens. */
function lineWordCounts(tokens: readonly Token[]): number[] {
  const counts: number[] = new Array<number>(tokens.length);
  let start = 0;
  let words = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    if (i === tokens.length || (t!.newline && i > 0)) {
      for (let j = start; j < i; j++) counts[j] = words;
      start = i;
      words = 0;
    }
    if (t && t.kind === "word") words++;
  }
  return counts;
}

/**
 * Finds every figure in `text` in one pass over its tokens. Never throws; linear in the text length.
 * `sourceAt(offset)` names who stated the sentence at that offset.
 */
export function extractDrafts(text: string, sourceAt: (offset: number) => string | null): FigureDraft[] {
  const out: FigureDraft[] = [];
  // Only lines that hold a digit or a number word can hold a figure, and no rule looks across a line break:
  // tokenising just those lines keeps the engine a small part of analyze().
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    if (NUMBER_CANDIDATE.test(text.slice(start, end))) extractLine(text, tokenize(text, start, end), sourceAt, out);
    start = end + 1;
  }
  return out;
}

/** A digit or a word that may start a number. */
const NUMBER_CANDIDATE = new RegExp(
  `\\d|\\b(?:${[...Object.keys(UNIT_WORDS), ...Object.keys(ORDINAL_WORDS), ...VAGUE_WORDS, ...Object.keys(ARTICLE_AMOUNTS)].join("|")})\\b`,
  "i",
);

function extractLine(text: string, tokens: Token[], sourceAt: (offset: number) => string | null, out: FigureDraft[]): void {
  const lineWords = lineWordCounts(tokens);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.kind === "punct") { i++; continue; }
    const m = parseNumberAt(tokens, i);
    if (!m) { i++; continue; }
    const b = buildFigure(text, tokens, m, lineWords);
    if (!b) { i = m.last + 1; continue; }
    // "10 to 15 Russian artillery pieces", "between 100 and 200 soldiers": the first number counts the same thing
    const ranged = b.unit === null && b.last === m.last ? rangePartner(text, tokens, m, lineWords) : null;
    const start = tokens[b.first]!.start;
    const end = tokens[b.last]!.end;
    out.push({
      figure: {
        text: text.slice(start, end), start, end, value: b.value, unit: ranged?.unit ?? b.unit,
        approximate: b.approximate || ranged !== null, category: ranged?.category ?? b.category, source: sourceAt(start),
      },
      dimension: b.dimension, factor: b.factor, anniversaryOf: b.anniversaryOf, isAnniversary: b.isAnniversary,
      isDeathToll: b.category === "casualties" && clauseHas(tokens, b.first, b.last, DEATH_CUES),
      isRevision: clauseHas(tokens, b.first, b.last, REVISION_CUES),
      context: text.slice(tokens[Math.max(0, b.first - 8)]!.start, tokens[Math.min(tokens.length - 1, b.last + 8)]!.end),
    });
    i = Math.max(m.last, b.last) + 1;
    if (ranged) i = m.last + 1;
  }
}

function rangePartner(text: string, tokens: readonly Token[], m: NumberMatch, lineWords: readonly number[]): Built | null {
  const link = word(tokens[m.last + 1]);
  if (link !== "to" && !(link === "and" && word(tokens[m.first - 1]) === "between")) return null;
  const other = parseNumberAt(tokens, m.last + 2);
  if (!other || other.kind !== "cardinal") return null;
  const b = buildFigure(text, tokens, other, lineWords);
  return b && b.unit !== null ? b : null;
}
