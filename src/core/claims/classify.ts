/**
 * Is a passage a battlefield claim? A clause must state a military event (weighted event words)
 * and must not be a forecast, plan, aid, diplomacy or negated report.
 */
import type { Token } from "./tokens.ts";
import {
  BLOCKING_WORDS, CONFLICT_MIN_DISTINCT, CONFLICT_MIN_HITS, CONFLICT_WORDS, EVENT_THRESHOLD, EVENT_WORDS, HEDGE_MODALS, NEGATED_REPORT,
  FIGURATIVE_MODIFIERS, PERFECT_AUXILIARIES, PREDICATE_AUXILIARIES, PRONOUNS, RELATIVE_MARKERS, TAKE_IDIOMS, TAKE_VERBS,
} from "./lexicon.ts";
import { HASH_START, hashStep, keyOf, wordKey } from "../word-hash.ts";

const CLAUSE_BREAKS = new Set([",", ";", ":", "–", "—"]);
const CLAUSE_WORDS = new Set(["but", "while", "though", "although", "whereas"]);

/** "had taken X", "had been taken": a capture, unless an idiom follows ("had taken place"). */
function takeWeight(tokens: Token[], i: number): number {
  if (TAKE_IDIOMS.has(tokens[i + 1]?.lower ?? "")) return 0;
  let k = i - 1;
  if (tokens[k]?.isWord && /ly$/.test(tokens[k]!.lower)) k--;
  return PERFECT_AUXILIARIES.has(tokens[k]?.lower ?? "") ? 2 : 0;
}

/**
 * EVENT_WORDS as a Map: looking a token's fresh string up as an object key costs V8 a string-table
 * search per token, a Map only a hash. Only the table's own words count: a word that names a property
 * every object has ("constructor", "toString") is no event word (on the plain object it used to find
 * a function, and the sentence's score became NaN).
 */
const EVENT_WEIGHTS = new Map(Object.entries(EVENT_WORDS));

function eventWordWeight(word: string): number | undefined {
  return EVENT_WEIGHTS.get(word);
}

function eventWeight(tokens: Token[], i: number): number {
  const t = tokens[i]!;
  if (TAKE_VERBS.has(t.lower)) return takeWeight(tokens, i);
  if (FIGURATIVE_MODIFIERS.has(tokens[i - 1]?.lower ?? "")) return 0;
  const direct = eventWordWeight(t.lower);
  if (direct !== undefined) return direct;
  // "Ukrainian-controlled", "Russian-occupied", "war-damaged"
  if (t.lower.includes("-")) {
    const last = t.lower.slice(t.lower.lastIndexOf("-") + 1);
    const w = eventWordWeight(last);
    if (w !== undefined) return Math.min(w, 1);
  }
  return 0;
}

function isBlocking(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!BLOCKING_WORDS.has(t.lower)) return false;
  // "17 May", "in May": the month, not the modal.
  if (t.text === "May" && i > 0) return false;
  // "the strike may have targeted a commander": a hedged report of a past event, not a forecast.
  if (HEDGE_MODALS.has(t.lower) && tokens[i + 1]?.lower === "have" && /(?:ed|en|t|wn|ck|ung)$/.test(tokens[i + 2]?.lower ?? "") && tokens[i + 2]?.lower !== "to") return false;
  return true;
}

/**
 * Whether a negated report in a clause ("did not identify") is its main statement. Not when it sits
 * in a relative clause after the event ("killed one person in a settlement that he did not identify",
 * "… a village it did not name"): the event before it is still reported.
 */
function negatedReportBlocks(clause: string, eventBefore: (offset: number) => number): boolean {
  const m = NEGATED_REPORT.exec(clause);
  if (!m) return false;
  if (eventBefore(m.index) < EVENT_THRESHOLD) return true;
  const before = clause.slice(0, m.index).trimEnd().split(/\s+/);
  const subject = before[before.length - 1]?.toLowerCase() ?? "";
  const marker = before[before.length - 2]?.toLowerCase() ?? "";
  // "that he did not identify" / "which it did not name" / "a village it did not name"
  if (RELATIVE_MARKERS.has(subject)) return false;
  if (PRONOUNS.has(subject) && (RELATIVE_MARKERS.has(marker) || /^[a-z]+$/.test(marker))) return false;
  return true;
}

/**
 * Whether tokens [from, to) of a sentence state a battlefield event. `skip` marks tokens to ignore
 * (the source's own name: "Defense Ministry" is not an event). `text` is the sentence text at `base`.
 */
export function isBattlefield(tokens: Token[], from: number, to: number, skip: (i: number) => boolean, text: string, base: number): boolean {
  let score = 0;
  let blocked = false;
  let clauseStart = from;
  // Event weight of the clause's tokens so far, by token, to ask how much event precedes a negation.
  const running: number[] = [];
  const flush = (end: number): boolean => {
    if (score >= EVENT_THRESHOLD && !blocked && end > clauseStart) {
      const a = tokens[clauseStart]!.start - base;
      const b = tokens[end - 1]!.end - base;
      const eventBefore = (offset: number): number => {
        let w = 0;
        for (let k = clauseStart; k < end && tokens[k]!.start - base < a + offset; k++) w = running[k - clauseStart] ?? w;
        return w;
      };
      if (!negatedReportBlocks(text.slice(a, b), eventBefore)) return true;
    }
    running.length = 0;
    score = 0;
    blocked = false;
    return false;
  };
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (!t.isWord) {
      if (CLAUSE_BREAKS.has(t.text)) {
        if (flush(i)) return true;
        clauseStart = i + 1;
      }
      continue;
    }
    // "the vessel had been hit and was at risk of sinking": an event stated before a second predicate
    // stands on its own, whatever the second predicate says.
    const secondPredicate = t.lower === "and" && score >= EVENT_THRESHOLD && PREDICATE_AUXILIARIES.has(tokens[i + 1]?.lower ?? "");
    if ((CLAUSE_WORDS.has(t.lower) || secondPredicate) && i > clauseStart) {
      if (flush(i)) return true;
      clauseStart = i;
    }
    if (!skip(i)) {
      if (isBlocking(tokens, i)) blocked = true;
      score += eventWeight(tokens, i);
    }
    running[i - clauseStart] = score;
  }
  return flush(to);
}

/**
 * The ASCII letter a character lower-cases to (its char code), or 0. `toLowerCase` gives one to A–Z and
 * a–z, to U+212A KELVIN SIGN ("k") and to U+0130 İ ("i" and a combining dot, which ends the word: see
 * `isConflictArticle`), and to no other character (test/core/hand-scans.test.ts).
 */
function lowerAsciiLetter(c: number): number {
  if (c >= 97 && c <= 122) return c;
  if (c >= 65 && c <= 90) return c + 32;
  return c === 0x212a ? 107 : c === 0x130 ? 105 : 0;
}

const HYPHEN = 45;

/** CONFLICT_WORDS by key (core/word-hash.ts): a word read from the text is only compared with those of its key. */
const CONFLICT_BY_KEY = new Map<number, string[]>();
for (const w of CONFLICT_WORDS) {
  const key = keyOf(w);
  const list = CONFLICT_BY_KEY.get(key);
  if (list) list.push(w);
  else CONFLICT_BY_KEY.set(key, [w]);
}

/** The conflict word `text.slice(start, end)` reads as once lower-cased, or null. */
function conflictWordAt(text: string, start: number, end: number, key: number): string | null {
  const candidates = CONFLICT_BY_KEY.get(key);
  if (!candidates) return null;
  for (const w of candidates) {
    if (w.length !== end - start) continue;
    let i = 0;
    while (i < w.length && (text.charCodeAt(start + i) === HYPHEN ? HYPHEN : lowerAsciiLetter(text.charCodeAt(start + i))) === w.charCodeAt(i)) i++;
    if (i === w.length) return w;
  }
  return null;
}

/**
 * Whether an article is about armed conflict at all (enough conflict words, of enough kinds).
 * The words are those of the lower-cased text (what /[a-z]+(?:-[a-z]+)?/g matches in
 * `text.toLowerCase()`), read in one pass without copying the text or building a word: each is hashed as
 * it is read and compared with the conflict words of its key only. The check stops at the word that
 * decides it.
 *
 * Lower case works character by character here: the one rule that looks at neighbours (Greek final
 * sigma) gives no ASCII letter either way. İ lower-cases to "i" and a combining dot, so it is the last
 * letter of its word.
 */
export function isConflictArticle(text: string): boolean {
  let hits = 0;
  const kinds = new Set<string>();
  const n = text.length;
  for (let i = 0; i < n; ) {
    let c = lowerAsciiLetter(text.charCodeAt(i));
    if (!c) {
      i++;
      continue;
    }
    // A word: letters, then perhaps one hyphen and more letters.
    const start = i;
    let h = HASH_START;
    let hyphened = false;
    for (;;) {
      h = hashStep(h, c);
      const wasDotted = text.charCodeAt(i) === 0x130;
      i++;
      if (wasDotted) break;
      c = lowerAsciiLetter(text.charCodeAt(i));
      if (c) continue;
      if (!hyphened && i + 1 < n && text.charCodeAt(i) === HYPHEN && lowerAsciiLetter(text.charCodeAt(i + 1))) {
        hyphened = true;
        h = hashStep(h, HYPHEN);
        i++;
        c = lowerAsciiLetter(text.charCodeAt(i));
        continue;
      }
      break;
    }
    const w = conflictWordAt(text, start, i, wordKey(h));
    if (!w) continue;
    hits++;
    kinds.add(w);
    if (hits >= CONFLICT_MIN_HITS && kinds.size >= CONFLICT_MIN_DISTINCT) return true;
  }
  return false;
}
