/**
 * Source noun phrases around a reporting verb: "Serhiy Haidai, the governor of Luhansk province, said",
 * "said Ukrainian Deputy Defense Minister Hanna Malyar on Wednesday", "according to its mayor X".
 * Token scanning only (no regular expressions over the sentence), so it is linear and cannot backtrack.
 */
import type { Token } from "./tokens.ts";
import { CATENATIVES, DISCOURSE_WORDS, NAME_PARTICLES, NP_WORDS, PRE_VERB_ADVERBS, TIME_WORDS } from "./lexicon.ts";
import { sourceHead } from "../profiles/common.ts";

/** Capitalised words that are ranks or honorifics, written with or without a period. */
export const RANKS = new Set(
  "gov sen rep brig mr mrs ms dr gen lt col capt cpt sgt maj adm rear admiral lieutenant colonel captain major general sergeant brigadier commander mayor president minister prime governor chief".split(" "),
);

/** Platforms after "said on": not part of the source's name. */
const PLATFORMS = new Set("telegram facebook twitter x instagram youtube tiktok vkontakte vk whatsapp".split(" "));

const FUNCTION_WORDS = new Set("what which who whom whose that than then when where while and but not nor also just only even both all any each every how why there this these those said says told".split(" "));
const PLACE_PREPOSITIONS = new Set(["in", "of", "for", "from"]);
const ROLE_VERBS = new Set(["heads", "leads", "runs", "commands", "chairs", "directs", "oversees"]);
const RELATIVES = new Set(["who", "which", "whose", "whom"]);
const DETERMINERS = new Set(["the", "a", "an", "its", "his", "her", "their", "one", "two", "three", "several", "some", "many", "another"]);
const HYPHEN_PARTS = /^(?:pro|anti|self|ex|non)-|-(?:based|run|owned|installed|backed|led|appointed|controlled|affiliated|aligned|linked|held|proclaimed|born)$/;
const SHORT_ABBREV = new Set(["gen", "lt", "col", "capt", "sgt", "maj", "adm", "mr", "mrs", "ms", "dr", "st", "gov", "sen", "rep", "brig", "cmdr", "cpl", "pvt", "prof", "u.s", "u.n", "u.k", "e.u"]);

/** Second words of newspaper names that start with a weekday. */
const NEWSPAPER_WORDS = new Set(["observer", "times", "telegraph", "mirror", "express", "post", "herald", "star", "mail", "independent", "tribune", "leader"]);

/** The most tokens a source phrase (with its appositives) may span. */
const MAX_PHRASE = 48;

/** A span of tokens [from, to) that names a source. */
export interface PhraseSpan {
  from: number;
  to: number;
}

function isTimeToken(t: Token): boolean {
  return TIME_WORDS.has(t.lower) || /^\d{1,2}(?::\d\d)?$/.test(t.text) || t.lower === "am" || t.lower === "pm";
}

/** Word endings of adjectives and participles ("besieged", "Ukrainian", "eastern", "regional", "offensive"). */
const ADJECTIVE_ENDINGS = ["ed", "ing", "ian", "ern", "al", "ive"];
/** Word endings of verbs and adverbs. */
const VERB_ENDINGS = ["ed", "ing", "ly"];

/** Whether `w` ends with one of `endings` (what a RegExp alternation anchored at the end tests, without a RegExp call per token). */
function endsWithAny(w: string, endings: readonly string[]): boolean {
  for (const e of endings) if (w.endsWith(e)) return true;
  return false;
}

/** Whether a token may be part of a source phrase. */
export function isNpToken(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.inQuote) return false;
  if (t.isWord && !t.isCap && !NP_WORDS.has(t.lower) && sourceHead(t.lower) === undefined && endsWithAny(t.lower, ADJECTIVE_ENDINGS)) {
    // An adjective between a determiner and the rest of a name: "the besieged Ukrainian city".
    const prev = tokens[i - 1]?.lower;
    const next = tokens[i + 1];
    if ((prev === "the" || prev === "a" || prev === "an") && !!next && next.isWord && (next.isCap || NP_WORDS.has(next.lower))) return true;
    // … or between a preposition and a place name: "officials in neighbouring Kharkiv region".
    return PLACE_PREPOSITIONS.has(prev ?? "") && !!next && next.isWord && next.isCap && !next.inQuote && !TIME_WORDS.has(next.lower) && !t.lower.endsWith("ly");
  }
  // A modifier between a preposition and a place name: "officials in adjacent Dnipropetrovsk region",
  // "authorities in neighbouring Kherson province".
  if (t.isWord && !t.isCap && PLACE_PREPOSITIONS.has(tokens[i - 1]?.lower ?? "") && tokens[i + 1]?.isCap && !tokens[i + 1]!.inQuote && !FUNCTION_WORDS.has(t.lower) && !t.lower.endsWith("ly") && !NP_WORDS.has(t.lower) && sourceHead(t.lower) === undefined) {
    return !TIME_WORDS.has(tokens[i + 1]!.lower);
  }
  if (!t.isWord) {
    if (t.text === "(" || t.text === ")") return true;
    if (t.text === "’" || t.text === "'") return /s$/i.test(tokens[i - 1]?.text ?? "");
    if (t.text === ".") return SHORT_ABBREV.has(tokens[i - 1]?.lower ?? "") && (tokens[i - 1]?.end ?? -1) === t.start;
    return false;
  }
  if (t.isCap) {
    // "The state-run Sunday Observer": a weekday inside a newspaper's name.
    if (TIME_WORDS.has(t.lower)) return NEWSPAPER_WORDS.has(tokens[i + 1]?.lower ?? "");
    if (DISCOURSE_WORDS.has(t.lower)) return false;
    return true;
  }
  if (NAME_PARTICLES.has(t.lower) && (tokens[i + 1]?.isCap || NAME_PARTICLES.has(tokens[i + 1]?.lower ?? "")) && (tokens[i - 1]?.isCap || NAME_PARTICLES.has(tokens[i - 1]?.lower ?? ""))) return true;
  if (NP_WORDS.has(t.lower) || sourceHead(t.lower) !== undefined) return true;
  if (/^\d+(?:st|nd|rd|th)$/.test(t.lower)) return true; // "the 47th Brigade"
  // One modifier the lists do not know, right before a source noun: "resistance group", "junta spokesman".
  const next = tokens[i + 1];
  if (next && !next.inQuote && next.isWord && !next.isCap && sourceHead(next.lower) !== undefined && !endsWithAny(t.lower, VERB_ENDINGS) && t.lower.length > 2 && !FUNCTION_WORDS.has(t.lower)) return true;
  if (t.lower.endsWith("'s") || t.lower.endsWith("’s")) return true;
  if (HYPHEN_PARTS.test(t.lower)) return true;
  return false;
}

function isQuoteMark(t: Token | undefined): boolean {
  return !!t && !t.isWord && /["“”«»]/.test(t.text);
}

function isComma(t: Token | undefined): boolean {
  return t?.text === ",";
}

/** Trims determiners-only edges and dangling prepositions from a phrase span. */
function trimSpan(tokens: Token[], span: PhraseSpan): PhraseSpan | null {
  let { from, to } = span;
  while (to > from && ["of", "for", "in", "at", "and", "(", ",", "on"].includes(tokens[to - 1]?.lower ?? "")) to--;
  while (from < to && ["and", ",", ")", "in", "on", "at", "of", "for", "by", "to", "from", "with"].includes(tokens[from]?.lower ?? "")) from++;
  if (to <= from) return null;
  const words = tokens.slice(from, to).filter((t) => t.isWord && !DETERMINERS.has(t.lower));
  if (!words.length) return null;
  return { from, to };
}

/** The tokens of a comma-separated segment ending before `end` (exclusive), if it is all phrase tokens. */
function segmentBefore(tokens: Token[], end: number, floor: number): PhraseSpan | null {
  let i = end - 1;
  while (i >= floor && !isComma(tokens[i]) && !isQuoteMark(tokens[i])) i--;
  const from = i + 1;
  if (from >= end) return null;
  // A relative clause inside the segment ends the phrase: "a Kyiv resident who witnessed the attack".
  let to = end;
  for (let k = from; k < end; k++) {
    if (RELATIVES.has(tokens[k]?.lower ?? "")) {
      to = k;
      break;
    }
  }
  if (to - from === 1 && /^\d{1,3}$/.test(tokens[from]?.text ?? "")) return { from, to }; // an age: "Yevhen Zosin, 74,"
  for (let k = from; k < to; k++) if (!isNpToken(tokens, k)) return null;
  return to > from ? { from, to } : null;
}

function isAge(tokens: Token[], span: PhraseSpan): boolean {
  return span.to - span.from === 1 && /^\d{1,3}$/.test(tokens[span.from]?.text ?? "");
}

function startsWithDeterminer(tokens: Token[], span: PhraseSpan): boolean {
  return DETERMINERS.has(tokens[span.from]?.lower ?? "");
}

/** Whether the span is a bare proper name (every word capitalised). */
export function isNameSpan(tokens: Token[], span: PhraseSpan): boolean {
  for (let k = span.from; k < span.to; k++) {
    const t = tokens[k];
    if (t?.isWord && !t.isCap && !NAME_PARTICLES.has(t.lower)) return false;
  }
  return true;
}

/** Start of the comma- or quote-delimited segment that ends at `end` (exclusive). */
function segmentStart(tokens: Token[], end: number, floor: number): number {
  let i = end - 1;
  while (i >= floor && !isComma(tokens[i]) && !isQuoteMark(tokens[i])) i--;
  return i + 1;
}

/** A segment between the source and its verb that is not part of the source: ", however,", ", two days later,", ", 58,". */
function isSkippable(tokens: Token[], from: number, to: number): boolean {
  if (to <= from) return false;
  if (RELATIVES.has(tokens[from]?.lower ?? "")) return true;
  // ", speaking on condition of anonymity,", ", citing security rules,": a participle aside.
  const first = tokens[from]!;
  if (first.isWord && !first.isCap && /ing$/.test(first.lower) && to - from <= 12 && !tokens.slice(from, to).some((t) => isQuoteMark(t))) return true;
  if (to - from > 5) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (!t.isWord) return false;
    if (/^\d+$/.test(t.text)) continue;
    if (t.isCap && !TIME_WORDS.has(t.lower) && !DISCOURSE_WORDS.has(t.lower)) return false;
    if (NP_WORDS.has(t.lower) && !["for", "its", "his", "her", "their", "in", "at", "on", "two", "three", "four", "several", "some", "one", "a", "an", "the"].includes(t.lower)) return false;
  }
  return true;
}

function capitalisedWords(tokens: Token[], span: PhraseSpan): number {
  let n = 0;
  for (let k = span.from; k < span.to; k++) if (tokens[k]?.isWord && tokens[k]!.isCap) n++;
  return n;
}

/**
 * The source phrase that ends right before token `verb`: skips adverbs, time words and asides
 * (", however,", ", 58,", ", which …,") between it and the verb, then takes phrase tokens backwards
 * across appositive commas ("Andrei Marochko, a representative for pro-Russian separatists, said").
 */
export function phraseBefore(tokens: Token[], verb: number, minFloor = 0): PhraseSpan | null {
  // Source phrases are short: looking further back than this only costs time on run-on text.
  const floor = Math.max(minFloor, verb - MAX_PHRASE);
  let i = verb - 1;
  while (i >= floor) {
    const t = tokens[i];
    if (!t) break;
    if (t.lower === "to" && CATENATIVES.has(tokens[i - 1]?.lower ?? "")) i -= 2;
    else if (t.isWord && !t.isCap && PRE_VERB_ADVERBS.has(t.lower)) i--;
    else if (t.isWord && isTimeToken(t)) i--;
    else break;
  }
  // "Mansoor Dadullah—who a spokesman for the militants said had been kicked out—said": skip the aside.
  if (tokens[i] && (tokens[i]!.text === "—" || tokens[i]!.text === "–")) {
    let k = i - 1;
    while (k > floor && tokens[k]!.text !== "—" && tokens[k]!.text !== "–") k--;
    if (k > floor) i = k - 1;
  }
  let end = i + 1;
  for (let skipped = 0; skipped < 2 && isComma(tokens[end - 1]); skipped++) {
    const from = segmentStart(tokens, end - 1, floor);
    if (from <= floor || !isComma(tokens[from - 1]) || !isSkippable(tokens, from, end - 1)) break;
    end = from;
  }
  const afterComma = isComma(tokens[end - 1]);
  if (afterComma) end--;
  const segFrom = segmentStart(tokens, end, floor);
  // "a Kyiv resident who witnessed the attack, said": the phrase ends at the relative pronoun.
  for (let k = segFrom; afterComma && k < end; k++) {
    // "DeepState, a Ukrainian blog that tracks the front line using open sources, had reported": "that"
    // opens a relative clause in an appositive that starts with a determiner.
    // So does a participle: "Skywatch, a monitoring group tracking air strikes across the country, said".
    const inAppositive = DETERMINERS.has(tokens[segFrom]?.lower ?? "") && k > segFrom + 1;
    const participle = !!tokens[k]?.isWord && !tokens[k]!.isCap && /ing$/.test(tokens[k]!.lower) && !NP_WORDS.has(tokens[k]!.lower) && sourceHead(tokens[k]!.lower) === undefined;
    const relative = RELATIVES.has(tokens[k]?.lower ?? "") || (inAppositive && (tokens[k]?.lower === "that" || participle));
    if (relative && k > segFrom) {
      end = k;
      break;
    }
  }
  let from = end;
  while (from - 1 >= floor && isNpToken(tokens, from - 1)) from--;
  // An appositive the word lists do not cover, after a full name: "Lina Khatib, an expert on the conflict at …, told".
  if (from > segFrom && ["a", "an", "the", "one"].includes(tokens[segFrom]?.lower ?? "") && isComma(tokens[segFrom - 1])) {
    const nameFrom = segmentStart(tokens, segFrom - 1, floor);
    const name = { from: nameFrom, to: segFrom - 1 };
    if (name.to - name.from >= 2 && isNameSpan(tokens, name) && capitalisedWords(tokens, name) >= 2) from = segFrom;
  }
  if (from === end) return null;
  let commas = 0;
  let adjacent: PhraseSpan = { from, to: end };
  while (commas < 3 && isComma(tokens[from - 1])) {
    const seg = segmentBefore(tokens, from - 1, floor);
    if (!seg || seg.to !== from - 1) break;
    const appositive =
      isAge(tokens, seg) || isAge(tokens, adjacent) ||
      isNameSpan(tokens, seg) !== isNameSpan(tokens, adjacent) ||
      startsWithDeterminer(tokens, adjacent) || startsWithDeterminer(tokens, seg);
    if (!appositive) break;
    from = seg.from;
    adjacent = seg;
    commas++;
  }
  // "… integrated into the national guard and the regiment now denies": only "the regiment".
  for (let k = end - 2; k > from; k--) {
    if (tokens[k]?.lower === "and" && tokens[k + 1]?.lower === "the") {
      from = k + 1;
      break;
    }
  }
  return trimSpan(tokens, { from, to: end });
}

/**
 * The source phrase that starts at token `start` (after "according to", or after an inverted
 * "said"): phrase tokens forward, stopping before time adverbials, platforms ("on Telegram") and
 * relative clauses, with at most one appositive ("Serhiy Haidai, the governor of the Luhansk region").
 */
export function phraseAfter(tokens: Token[], start: number): PhraseSpan | null {
  const limit = Math.min(tokens.length, start + MAX_PHRASE);
  let to = start;
  const stopHere = (k: number): boolean => {
    const t = tokens[k];
    if (!t) return true;
    if (t.isWord && isTimeToken(t)) return true;
    if (["on", "in", "at", "late", "early", "last", "this", "earlier"].includes(t.lower)) {
      const next = tokens[k + 1];
      if (!next || isTimeToken(next) || PLATFORMS.has(next.lower) || next.lower === "a" || next.lower === "an" || next.lower === "its" || next.lower === "his" || next.lower === "her") return true;
      if (t.lower !== "of" && !next.isCap && next.lower !== "the") return true;
    }
    return !isNpToken(tokens, k);
  };
  while (to < limit && !stopHere(to)) to++;
  if (to === start) return null;
  // ", who heads the regional administration": the office describes the person.
  if (isComma(tokens[to]) && tokens[to + 1]?.lower === "who" && ROLE_VERBS.has(tokens[to + 2]?.lower ?? "")) {
    let k = to + 3;
    while (k < limit && isNpToken(tokens, k) && !isComma(tokens[k])) k++;
    if (k > to + 3) return trimSpan(tokens, { from: start, to: k });
  }
  // Appositive after a comma, up to the next comma or the end of the sentence.
  if (isComma(tokens[to])) {
    let k = to + 1;
    while (k < limit && isNpToken(tokens, k) && !isComma(tokens[k])) k++;
    const seg = { from: to + 1, to: k };
    const end = tokens[k];
    const closes = !end || isComma(end) || end.text === "." || RELATIVES.has(end.lower) || (!end.isWord && end.text !== "(");
    if (k > to + 1 && closes && (startsWithDeterminer(tokens, seg) || isNameSpan(tokens, { from: start, to }) !== isNameSpan(tokens, seg))) {
      to = k;
    }
  }
  return trimSpan(tokens, { from: start, to });
}
