import type { Token } from "./tokens.ts";

/** Month names and abbreviations: a number beside one is a calendar date. */
const MONTHS = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);
/** Words after a number that make it a clock time. */
const TIME_WORDS = new Set(["am", "pm", "gmt", "utc", "bst", "eet", "eest", "est", "edt", "cet", "cest", "pst", "pdt", "msk", "hrs"]);
/** Characters that make a run of text a URL, a code, a file name or a ratio. */
const CODE_CHUNK = /:\/\/|www\.|[/=_@#\\]|\w:\w|\.[a-z]{2,}\b|%[0-9A-F]{2}/i;

const word = (t: Token | undefined): string => (t && t.kind === "word" ? t.lower : "");

function isMonth(t: Token | undefined): boolean {
  if (!t || t.kind !== "word" || !MONTHS.has(t.lower)) return false;
  // "may" and "march" are verbs in lower case
  return !(t.lower === "may" || t.lower === "march") || /^[A-Z]/.test(t.text);
}

/** A calendar date: "Feb. 24", "24 February", "1 April", "September 11, 2001", "24th of February". */
export function isDate(tokens: readonly Token[], first: number, last: number): boolean {
  const p1 = tokens[first - 1], p2 = tokens[first - 2];
  if (isMonth(p1) || (p1?.text === "." && isMonth(p2))) return true;
  const n1 = tokens[last + 1], n2 = tokens[last + 2];
  if (isMonth(n1) && !n1!.newline) return true;
  return word(n1) === "of" && isMonth(n2);
}

/** A clock time: "9:30 pm", "7am", "0240 GMT", "2:24 PM UTC". */
export function isClockTime(tokens: readonly Token[], first: number, last: number): boolean {
  const n1 = tokens[last + 1], n2 = tokens[last + 2], n3 = tokens[last + 3];
  if (n1?.text === ":" && !n1.spaced && n2?.kind === "num" && !n2.spaced) return true;
  const p1 = tokens[first - 1], p2 = tokens[first - 2];
  if (p1?.text === ":" && !p1.spaced && !tokens[first]!.spaced && p2?.kind === "num") return true;
  if (n1 && TIME_WORDS.has(word(n1))) return true;
  if (word(n1) === "local" && word(n2) === "time") return true;
  // "7 a.m."
  return (word(n1) === "a" || word(n1) === "p") && n2?.text === "." && word(n3) === "m";
}

/** An age after a name ("Sinwar, 61, has led") or "aged 55". */
export function isAge(tokens: readonly Token[], first: number, last: number, value: number | null): boolean {
  if (value === null || value > 120 || !Number.isInteger(value)) return false;
  const p1 = tokens[first - 1], p2 = tokens[first - 2], n1 = tokens[last + 1];
  if (word(p1) === "aged" || word(p1) === "age") return true;
  const afterOk = !n1 || n1.newline || [",", ".", ")", ";"].includes(n1.text) || word(n1) === "who" || word(n1) === "and";
  return p1?.text === "," && p2?.kind === "word" && /^\p{Lu}/u.test(p2.text) && afterOk;
}

/** A footnote marker ("[1]") or a list marker at the start of a line ("1) Belarus axis", "2. Kharkiv"). */
export function isMarker(tokens: readonly Token[], first: number, last: number): boolean {
  const p1 = tokens[first - 1], n1 = tokens[last + 1], n2 = tokens[last + 2];
  if (p1?.text === "[" && !tokens[first]!.spaced && n1?.text === "]" && !n1.spaced) return true;
  const lineStart = first === 0 || tokens[first]!.newline || (p1?.text === "(" && (first === 1 || p1.newline));
  return lineStart && (n1?.text === ")" || (n1?.text === "." && !!n2?.spaced)) && !n1!.spaced;
}

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 0x2009 || c === 0x202f;

/** The number sits in a URL, file name, code or ratio ("24/7", "share2", "2026-02-28T02:34"). */
export function isInCode(text: string, start: number, end: number): boolean {
  let a = start, b = end;
  while (a > 0 && !isSpace(text.charCodeAt(a - 1)) && start - a < 300) a--;
  while (b < text.length && !isSpace(text.charCodeAt(b)) && b - end < 300) b++;
  return b - a > end - start + 1 && CODE_CHUNK.test(text.slice(a, b));
}

/** Ends a clause for context windows. */
export function isClauseEnd(t: Token): boolean {
  return t.newline || t.text === "." || t.text === "!" || t.text === "?" || t.text === ";";
}

/** The number is the anchor text of a Markdown link ("- [Ukraine marks 4 years of war](https://…)"): a teaser. */
export function isInMarkdownLink(text: string, start: number, end: number): boolean {
  // bounded scans keep the whole pass linear
  let open = -1;
  for (let i = start - 1; i >= 0 && i >= start - 300; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 93 /* ] */) return false;
    if (c === 91 /* [ */) { open = i; break; }
  }
  if (open < 0) return false;
  for (let i = end; i < text.length && i < end + 300; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 91) return false;
    if (c === 93) return text.charCodeAt(i + 1) === 40 /* ( */;
  }
  return false;
}
