import type { Token } from "./tokens.ts";
import { ARTICLE_AMOUNTS, FRACTION_WORDS, ORDINAL_WORDS, SCALE_WORDS, UNIT_WORDS, VAGUE_WORDS } from "./number-words.ts";

/** A number found at a token: its value and the tokens it spans. */
export interface NumberMatch {
  first: number;
  last: number;
  value: number | null;
  kind: "cardinal" | "ordinal" | "vague" | "fraction" | "range";
  /** Written in digits (as opposed to words). */
  isDigits: boolean;
  /** A glued abbreviation after the digits ("km" in "60km", "bn" in "$230bn"). */
  glued: string | null;
}

/** Digit groups a reader would accept: "1,200", "27.4", "1200"; not "1,2,3" or "0.5.6". */
const VALID_DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)$/;
/** Largest value reported; beyond it a digit run is an id or junk. */
const MAX_VALUE = 1e15;

const isGlued = (t: Token | undefined): t is Token => t !== undefined && !t.spaced;
const isHyphen = (t: Token | undefined): boolean => t !== undefined && (t.text === "-" || t.text === "–");

function digitValue(text: string): number | null {
  if (text.length > 20 || !VALID_DIGITS.test(text)) return null;
  const v = Number(text.replace(/,/g, ""));
  return Number.isFinite(v) && v <= MAX_VALUE ? v : null;
}

/** Applies scale words after a number ("27.4 billion", "3.6 million", "$230bn"). */
function applyScales(tokens: readonly Token[], m: NumberMatch): NumberMatch {
  let value = m.value ?? 0;
  const g = m.glued?.toLowerCase();
  // "$230bn"; a glued "k" is a thousand only in money ("$40k"), elsewhere a label ("4K TV", "4790k CPU")
  const money = !!tokens[m.first - 1] && /^[$€£₴₽¥₪₹]$/.test(tokens[m.first - 1]!.text);
  if (g && g !== "m" && SCALE_WORDS.get(g) && (g !== "k" || money)) return { ...m, value: value * SCALE_WORDS.get(g)!, glued: null };
  if (g) return m;
  let last = m.last;
  for (let j = m.last + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    const scale = t.kind === "word" && !t.newline && t.lower.length > 1 && t.lower !== "hundred" ? SCALE_WORDS.get(t.lower) : undefined;
    if (!scale) break;
    value *= scale;
    last = j;
  }
  return value > MAX_VALUE ? { ...m, value: null } : { ...m, value, last };
}

function parseDigits(tokens: readonly Token[], i: number): NumberMatch | null {
  const t = tokens[i]!;
  const value = digitValue(t.text);
  // "0800 local time", "007": quantities are not written with a leading zero
  if (value === null || (/^0\d/.test(t.text))) return null;
  const prev = tokens[i - 1];
  // Glued to letters before ("T02", "G7") or a code with a hyphen ("FP-5", "Su-34", "post-2014").
  if (isGlued(t) && prev && prev.kind === "word") return null;
  if (isGlued(t) && prev && isHyphen(prev) && isGlued(prev) && tokens[i - 2]?.kind === "word") return null;
  // the second part of "800-290-4726" or "2026-02-28"
  if (isGlued(t) && prev && isHyphen(prev) && isGlued(prev) && tokens[i - 2]?.kind === "num") return null;
  const next = tokens[i + 1];
  let glued: string | null = null;
  if (isGlued(next) && next.kind === "word") glued = next.text;
  if (glued && ORDINAL_SUFFIX.test(glued.toLowerCase())) {
    return { first: i, last: i + 1, value, kind: "ordinal", isDigits: true, glued: null };
  }
  // Ranges written with a hyphen or en dash: "6-8 km" (value unknown), but not "800-290-4726".
  if (isHyphen(next) && isGlued(next) && isGlued(tokens[i + 2]) && tokens[i + 2]!.kind === "num") {
    const after = tokens[i + 3];
    const upper = digitValue(tokens[i + 2]!.text);
    // "800-290-4726" is a phone number, "14-0" and "2-1" are scores or votes
    if ((isHyphen(after) && isGlued(after)) || upper === null || upper <= value) return null;
    const g = isGlued(after) && after!.kind === "word" ? after!.text : null;
    return { first: i, last: i + 2 + (g ? 1 : 0), value: null, kind: "range", isDigits: true, glued: g };
  }
  const m: NumberMatch = { first: i, last: glued ? i + 1 : i, value, kind: "cardinal", isDigits: true, glued };
  return applyScales(tokens, m);
}

/** Reads a run of number words: "twenty-one", "three hundred and fifty", "a dozen", "one million". */
/** Words that make a following "hundred", "thousand", "dozen" vague: "several thousand troops". */
const VAGUE_QUANTIFIERS = new Set(["several", "few", "many"]);
const VAGUE_SCALES = new Set(["dozen", "hundred", "thousand", "million", "billion"]);

function parseWords(tokens: readonly Token[], i: number): NumberMatch | null {
  const t = tokens[i]!;
  // "several thousand", "a few hundred", "many thousands"
  const q = t.lower === "a" && tokens[i + 1]?.lower === "few" ? i + 1 : i;
  if (VAGUE_QUANTIFIERS.has(tokens[q]!.lower)) {
    const n = tokens[q + 1];
    if (!n || n.newline || !(VAGUE_SCALES.has(n.lower) || VAGUE_WORDS.has(n.lower))) return null;
    return { first: i, last: q + 1, value: null, kind: "vague", isDigits: false, glued: null };
  }
  if (t.lower === "a" || t.lower === "an") {
    const n = tokens[i + 1];
    const amount = n && !n.newline ? ARTICLE_AMOUNTS.get(n.lower) : undefined;
    if (!amount) return null;
    return applyScales(tokens, { first: i, last: i + 1, value: amount, kind: "cardinal", isDigits: false, glued: null });
  }
  if (VAGUE_WORDS.has(t.lower)) {
    let last = i;
    // "tens of thousands", "hundreds of millions"
    const of = tokens[i + 1], big = tokens[i + 2];
    if (of?.lower === "of" && big && VAGUE_WORDS.has(big.lower) && big.lower !== "tens" && big.lower !== "dozens") last = i + 2;
    if (t.lower === "scores" && tokens[i + 1]?.lower !== "of") return null;
    return { first: i, last, value: null, kind: "vague", isDigits: false, glued: null };
  }
  if (ORDINAL_WORDS.get(t.lower) !== undefined) {
    return { first: i, last: i, value: ORDINAL_WORDS.get(t.lower)!, kind: "ordinal", isDigits: false, glued: null };
  }
  if (UNIT_WORDS.get(t.lower) === undefined) return null;
  let total = 0, current = 0, last = i - 1;
  for (let j = i; j < tokens.length && j < i + 12; j++) {
    const w = tokens[j]!;
    if (j > i && w.newline) break;
    if (isHyphen(w) && isGlued(w) && isGlued(tokens[j + 1])) {
      const n = tokens[j + 1]!;
      // "twenty-fourth" (ordinal) and "four-fifths" (fraction) end the run here.
      if (ORDINAL_WORDS.get(n.lower) !== undefined && current % 10 === 0 && current >= 20) {
        return { first: i, last: j + 1, value: total + current + ORDINAL_WORDS.get(n.lower)!, kind: "ordinal", isDigits: false, glued: null };
      }
      if (FRACTION_WORDS.get(n.lower) !== undefined && last === j - 1 && current < 10) {
        return { first: i, last: j + 1, value: current / FRACTION_WORDS.get(n.lower)!, kind: "fraction", isDigits: false, glued: null };
      }
      if (UNIT_WORDS.get(n.lower) !== undefined && current >= 20) continue;
      break;
    }
    const unit = UNIT_WORDS.get(w.lower);
    const canAdd = current === 0 || (current % 100 === 0 && (unit ?? 100) < 100) || (current >= 20 && current % 10 === 0 && (unit ?? 10) < 10);
    if (unit !== undefined && canAdd) {
      current += unit;
      last = j;
      continue;
    }
    if (w.lower === "hundred" && current > 0) { current *= 100; last = j; continue; }
    if (w.lower === "dozen") { current = (current || 1) * 12; last = j; continue; }
    const scale = SCALE_WORDS.get(w.lower);
    if (scale && scale >= 1e3 && w.lower.length > 2) { total += (current || 1) * scale; current = 0; last = j; continue; }
    if (w.lower === "and" && current >= 100 && UNIT_WORDS.get(tokens[j + 1]?.lower ?? "") !== undefined) continue;
    break;
  }
  if (last < i) return null;
  // "two thirds of": a fraction written with a space.
  const after = tokens[last + 1];
  if (after && last === i && FRACTION_WORDS.get(after.lower) !== undefined && /s$/.test(after.lower) && current < 10) {
    return { first: i, last: last + 1, value: current / FRACTION_WORDS.get(after.lower)!, kind: "fraction", isDigits: false, glued: null };
  }
  return { first: i, last, value: total + current, kind: "cardinal", isDigits: false, glued: null };
}

const WORD_STARTS = new Set([
  "a", "an", "several", "few", "many", ...[...UNIT_WORDS.keys()], ...[...ORDINAL_WORDS.keys()], ...VAGUE_WORDS,
]);

/** Parses the number that starts at token `i`, or returns null when there is none. */
export function parseNumberAt(tokens: readonly Token[], i: number): NumberMatch | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === "num") return parseDigits(tokens, i);
  if (t.kind === "word" && WORD_STARTS.has(t.lower)) return parseWords(tokens, i);
  return null;
}
