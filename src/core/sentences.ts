import type { Span } from "./types.ts";

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

function isUpperOrDigit(ch: string | undefined): boolean {
  if (!ch) return false;
  return /[\p{Lu}\p{N}]/u.test(ch);
}

/** The word (letters and inner periods) that ends right before `end`. */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1] ?? "")) i--;
  return text.slice(i, end);
}

/** Whether the period at `dot` belongs to an abbreviation or an initial rather than ending a sentence. */
function isAbbreviation(text: string, dot: number, next: string | undefined): boolean {
  const word = wordBefore(text, dot);
  if (!word) return false;
  const bare = word.replace(/^\.+/, "");
  const lower = bare.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return true;
  // Initials and dotted acronyms: "U.S.", "U.N.", "J. Smith" (not "Plan B." before a sentence, rarely seen).
  if (/^\p{Lu}$/u.test(bare)) return true;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(bare)) return !/\p{Lu}/u.test(next ?? "") || bare.length <= 3;
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
    const ch = line[i];
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    // Ellipses ("...", "…") never end a sentence here: news quotes use them mid-sentence.
    if (ch === "." && (line[i + 1] === "." || line[i - 1] === ".")) continue;
    let j = i + 1;
    while (j < n && (line[j] === "!" || line[j] === "?")) j++;
    while (j < n && CLOSERS.has(line[j] ?? "")) j++;
    // Footnote markers right after the period: "operation.[1] Putin".
    while (j < n && line[j] === "[") {
      let k = j + 1;
      while (k < n && /\d/.test(line[k] ?? "")) k++;
      if (k > j + 1 && line[k] === "]") j = k + 1;
      else break;
    }
    if (j >= n) continue; // end of line: the line break ends it anyway
    if (!/\s/.test(line[j] ?? "")) continue; // "3.5", "U.S.-led", "x.com"
    let k = j;
    while (k < n && /\s/.test(line[k] ?? "")) k++;
    while (k < n && OPENERS.has(line[k] ?? "")) k++;
    const next = line[k];
    if (!isUpperOrDigit(next)) continue;
    if (ch === "." && isAbbreviation(line, i, next)) continue;
    ends.push(j);
    i = j - 1;
  }
  return ends;
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
      for (const end of [...lineBreaks(line), line.length]) {
        pushTrimmed(out, line, from, end, pos, paragraph);
        from = end;
      }
    }
    pos = nl + 1;
  }
  return out;
}

function pushTrimmed(out: Sentence[], line: string, from: number, to: number, base: number, paragraph: number): void {
  let a = from;
  let b = to;
  while (a < b && /\s/.test(line[a] ?? "")) a++;
  while (b > a && /\s/.test(line[b - 1] ?? "")) b--;
  if (a >= b) return;
  out.push({ text: line.slice(a, b), start: base + a, end: base + b, paragraph });
}
