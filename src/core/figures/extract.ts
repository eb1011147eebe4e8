import { isClockTime, isDate, isInCode, isInMarkdownLink, isMarker } from "./context.ts";
import { countFigure, isCountedNounAt } from "./counts.ts";
import type { FigureDraft, FigureParts } from "./draft.ts";
import { clauseHas, word } from "./draft.ts";
import { currencyOf, hyphenUnit, percentObject, unitAfter } from "./measures.ts";
import { DEATH_CUES, REVISION_CUES } from "./nouns.ts";
import { ARTICLE_AMOUNTS, ORDINAL_WORDS, UNIT_WORDS, VAGUE_WORDS } from "./number-words.ts";
import { parseNumberAt, type NumberMatch } from "./number-parse.ts";
import { ordinalFigure } from "./ordinals.ts";
import { qualifierBefore } from "./qualifiers.ts";
import { tokenize, type Token } from "./tokens.ts";

export type { FigureDraft } from "./draft.ts";

/** Reads the figure around a number match; null when it is a date, time, age, code or not a figure. */
export function buildFigure(text: string, tokens: readonly Token[], m: NumberMatch, lineWords: readonly number[]): FigureParts | null {
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
    return countFigure(tokens, { ...m, value: m.value * 1e6, glued: null }, base, lineWords);
  }
  // Measurement units
  const u = unitAfter(tokens, m);
  if (u && u.entry.unit === "day" && !m.isDigits && m.value === 1 && !qual) return null; // "one day" is "some day"
  // "3 hours ago", "6 min read": timestamps and reading times of the page, not the story's figures
  if (u && u.entry.dimension === "time" && ["ago", "read"].includes(word(tokens[u.last + 1]))) return null;
  if (u) {
    const last = u.entry.unit === "%" ? percentObject(tokens, u.last) : u.last;
    return {
      first: base.first, approximate: base.approximate, dimension: u.entry.dimension ?? null, factor: u.entry.factor ?? null, anniversaryOf: null, isAnniversary: false,
      last, value: m.value, unit: u.entry.unit, category: u.entry.category,
    };
  }
  if (m.glued) return null; // "1990s", "7am", "5G": not a quantity
  if (m.kind === "fraction") {
    return { ...base, last: percentObject(tokens, m.last), value: m.value, unit: null, category: "other", first: word(tokens[first - 1]) === "the" ? first - 1 : first };
  }
  return countFigure(tokens, m, base, lineWords);
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
  // tokenising just those lines keeps the engine a small part of analyze(). One scan of the whole text finds
  // them: a match never spans a line break, and `\b` sees the same at a line's ends as at a string's ends
  // (a line break is no word character), so a line holds a match here exactly when its own copy would.
  NUMBER_CANDIDATE.lastIndex = 0;
  for (let m = NUMBER_CANDIDATE.exec(text); m; m = NUMBER_CANDIDATE.exec(text)) {
    const start = text.lastIndexOf("\n", m.index) + 1;
    let end = text.indexOf("\n", m.index);
    if (end < 0) end = text.length;
    extractLine(text, tokenize(text, start, end), sourceAt, out);
    NUMBER_CANDIDATE.lastIndex = end + 1;
  }
  return out;
}

/** A digit or a word that may start a number (global: extractDrafts steps it from line to line). */
const NUMBER_CANDIDATE = new RegExp(
  `\\d|\\b(?:${["several", "few", "many", ...[...UNIT_WORDS.keys()], ...[...ORDINAL_WORDS.keys()], ...VAGUE_WORDS, ...[...ARTICLE_AMOUNTS.keys()]].join("|")})\\b`,
  "gi",
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
    // after a range or "12 of 14 drones", the second number is a figure of its own
    i = ranged || word(tokens[m.last + 1]) === "of" ? m.last + 1 : Math.max(m.last, b.last) + 1;
  }
}

function rangePartner(text: string, tokens: readonly Token[], m: NumberMatch, lineWords: readonly number[]): FigureParts | null {
  const link = word(tokens[m.last + 1]);
  if (link !== "to" && !(link === "and" && word(tokens[m.first - 1]) === "between")) return null;
  const other = parseNumberAt(tokens, m.last + 2);
  if (!other || other.kind !== "cardinal") return null;
  const b = buildFigure(text, tokens, other, lineWords);
  return b && b.unit !== null ? b : null;
}
