import type { Span } from "./types.ts";
import { LETTER, NUMBER, SPACE, UPPER, classOf } from "./char-class.ts";

export interface Sentence extends Span {
  text: string;
  /** Index of the paragraph (blank-line separated block) the sentence is in. */
  paragraph: number;
}

/**
 * Words that end with a period without ending the sentence when a capital or digit follows
 * ("Feb. 24", "Gen. Zafaruddin", "Lt. Col. Smith", "Mr. Putin"). Lower-case, without the period.
 */
const ABBREVIATIONS = new Set([
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm",
  "cmdr", "brig", "gov", "sen", "rep", "rev", "st", "mt", "ft", "no", "nos", "vol", "art", "jr", "sr",
  "vs", "v", "inc", "ltd", "co", "corp", "dept", "univ", "approx", "est", "fig", "pres", "sec", "mme",
]);

/** Characters that may follow a sentence-final mark and still belong to the sentence. */
const CLOSERS = new Set(['"', "”", "’", "'", ")", "]", "»"]);
/** Characters that may open the next sentence before its first letter. */
const OPENERS = new Set(['"', "“", "‘", "'", "(", "[", "«"]);

// The checks below read one UTF-16 code unit at a time (a lone surrogate is neither a capital nor a
// space), as the one-character RegExp tests they replace did.

function isUpperOrDigit(c: number): boolean {
  return c === c && (classOf(c) & (UPPER | NUMBER)) !== 0;
}

function isSpace(c: number): boolean {
  return c === c && (classOf(c) & SPACE) !== 0;
}

/** The word (letters and inner periods) that ends right before `end`. */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && (text.charCodeAt(i - 1) === 46 || classOf(text.charCodeAt(i - 1)) & LETTER)) i--;
  return text.slice(i, end);
}

/** Whether the period at `dot` belongs to an abbreviation or an initial rather than ending a sentence. */
function isAbbreviation(text: string, dot: number, next: string): boolean {
  const word = wordBefore(text, dot);
  if (!word) return false;
  const bare = word.charCodeAt(0) === 46 ? word.replace(/^\.+/, "") : word;
  const lower = bare.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return true;
  // A word of three or more characters without a period is no initial and no dotted acronym (most words
  // before a sentence's end): the two patterns below cannot match it.
  if (bare.length > 2 && !bare.includes(".")) return false;
  // Initials and dotted acronyms: "U.S.", "U.N.", "J. Smith" (not "Plan B." before a sentence, rarely seen).
  if (/^\p{Lu}$/u.test(bare)) return true;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(bare)) return !/\p{Lu}/u.test(next) || bare.length <= 3;
  return false;
}

/**
 * Finds sentence ends inside one line: offsets (exclusive) relative to the line.
 * Linear: one pass over the characters, constant look-around.
 */
function lineBreaks(line: string): number[] {
  const ends: number[] = [];
  const n = line.length;
  for (let i = 0; i < n; i++) {
    const ch = line.charCodeAt(i);
    if (ch !== DOT && ch !== BANG && ch !== QUESTION) continue;
    // Ellipses ("...", "…") never end a sentence here: news quotes use them mid-sentence.
    if (ch === DOT && (line.charCodeAt(i + 1) === DOT || line.charCodeAt(i - 1) === DOT)) continue;
    let j = i + 1;
    while (j < n && (line.charCodeAt(j) === BANG || line.charCodeAt(j) === QUESTION)) j++;
    while (j < n && CLOSERS.has(line[j]!)) j++;
    // Footnote markers right after the period: "operation.[1] Putin".
    while (j < n && line.charCodeAt(j) === 91) {
      let k = j + 1;
      while (k < n && isAsciiDigit(line.charCodeAt(k))) k++;
      if (k > j + 1 && line.charCodeAt(k) === 93) j = k + 1;
      else break;
    }
    if (j >= n) continue; // end of line: the line break ends it anyway
    if (!isSpace(line.charCodeAt(j))) continue; // "3.5", "U.S.-led", "x.com"
    let k = j;
    while (k < n && isSpace(line.charCodeAt(k))) k++;
    while (k < n && OPENERS.has(line[k]!)) k++;
    if (!isUpperOrDigit(line.charCodeAt(k))) continue;
    if (ch === DOT && isAbbreviation(line, i, line[k]!)) continue;
    ends.push(j);
    i = j - 1;
  }
  return ends;
}

const DOT = 46;
const BANG = 33;
const QUESTION = 63;

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Splits article text into sentences: every line break ends a sentence (headlines, standfirsts and
 * list items have no final punctuation), blank lines start a new paragraph, and inside a line a
 * sentence ends at `.`, `!` or `?` (with closing quotes or brackets) before a capital or digit,
 * except after abbreviations ("Feb.", "Gen.", "U.S.") and at ellipses. Linear in the text length.
 */
export function segmentSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  if (typeof text !== "string" || !text) return out;
  let paragraph = 0;
  let pos = 0;
  let seenText = false;
  let blank = false;
  while (pos <= text.length) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl);
    if (!line.trim()) {
      blank = true;
    } else {
      if (blank && seenText) paragraph++;
      blank = false;
      seenText = true;
      let from = 0;
      for (const end of lineBreaks(line)) {
        pushTrimmed(out, line, from, end, pos, paragraph);
        from = end;
      }
      pushTrimmed(out, line, from, line.length, pos, paragraph);
    }
    pos = nl + 1;
  }
  return out;
}

function pushTrimmed(out: Sentence[], line: string, from: number, to: number, base: number, paragraph: number): void {
  let a = from;
  let b = to;
  while (a < b && isSpace(line.charCodeAt(a))) a++;
  while (b > a && isSpace(line.charCodeAt(b - 1))) b--;
  if (a >= b) return;
  out.push({ text: line.slice(a, b), start: base + a, end: base + b, paragraph });
}
