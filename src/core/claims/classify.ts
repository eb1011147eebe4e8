/**
 * Is a passage a battlefield claim? A clause must state a military event (weighted event words)
 * and must not be a forecast, plan, aid, diplomacy or negated report.
 */
import type { Token } from "./tokens.ts";
import { BLOCKING_WORDS, CONFLICT_MIN_DISTINCT, CONFLICT_MIN_HITS, CONFLICT_WORDS, EVENT_THRESHOLD, EVENT_WORDS, NEGATED_REPORT } from "./lexicon.ts";

const CLAUSE_BREAKS = new Set([",", ";", ":", "–", "—"]);
const CLAUSE_WORDS = new Set(["but", "while", "though", "although", "whereas"]);

function eventWeight(t: Token): number {
  const direct = EVENT_WORDS[t.lower];
  if (direct !== undefined) return direct;
  // "Ukrainian-controlled", "Russian-occupied", "war-damaged"
  if (t.lower.includes("-")) {
    const last = t.lower.slice(t.lower.lastIndexOf("-") + 1);
    const w = EVENT_WORDS[last];
    if (w !== undefined) return Math.min(w, 1);
  }
  return 0;
}

function isBlocking(t: Token, first: boolean): boolean {
  if (!BLOCKING_WORDS.has(t.lower)) return false;
  // "17 May", "in May": the month, not the modal.
  if (t.text === "May" && !first) return false;
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
  const flush = (end: number): boolean => {
    if (score >= EVENT_THRESHOLD && !blocked && end > clauseStart) {
      const a = tokens[clauseStart]!.start - base;
      const b = tokens[end - 1]!.end - base;
      if (!NEGATED_REPORT.test(text.slice(a, b))) return true;
    }
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
    if (CLAUSE_WORDS.has(t.lower) && i > clauseStart) {
      if (flush(i)) return true;
      clauseStart = i;
    }
    if (skip(i)) continue;
    if (isBlocking(t, i === 0)) blocked = true;
    score += eventWeight(t);
  }
  return flush(to);
}

/** Whether an article is about armed conflict at all (enough conflict words, of enough kinds). */
export function isConflictArticle(text: string): boolean {
  let hits = 0;
  const kinds = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[a-z]+(?:-[a-z]+)?/g)) {
    if (!CONFLICT_WORDS.has(m[0])) continue;
    hits++;
    kinds.add(m[0]);
    if (hits >= CONFLICT_MIN_HITS && kinds.size >= CONFLICT_MIN_DISTINCT) return true;
  }
  return false;
}
