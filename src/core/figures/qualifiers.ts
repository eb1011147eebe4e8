import type { Token } from "./tokens.ts";

/** A phrase written before a number that changes how exact it is ("more than", "up to"). */
export interface Qualifier {
  words: readonly string[];
  approximate: boolean;
}

const q = (phrase: string, approximate = true): Qualifier => ({ words: phrase.split(" "), approximate });

/** Qualifiers before a number, as data. Longer phrases win over their tails ("just more than"). */
export const QUALIFIERS: readonly Qualifier[] = [
  q("more than"), q("over"), q("at least"), q("up to"), q("about"), q("nearly"), q("some"), q("almost"),
  q("around"), q("roughly"), q("approximately"), q("an estimated"), q("estimated"), q("as many as"),
  q("as much as"), q("as few as"), q("close to"), q("upwards of"), q("in excess of"), q("fewer than"),
  q("less than"), q("under"), q("at most"), q("no more than"), q("not more than"), q("no fewer than"),
  q("just over"), q("just under"), q("just more than"), q("just shy of"), q("well over"), q("well above"),
  q("between"),
  q("an average of", false), q("average of", false), q("a further", false), q("another", false),
  q("all but", false), q("a total of", false), q("all", false), q("only", false), q("just", false),
  q("at least another"), q("more than another"), q("a maximum of"), q("a minimum of"), q("an additional", false), q("approx"), q("circa"),
];

const BY_LENGTH = [...QUALIFIERS].sort((a, b) => b.words.length - a.words.length);

/**
 * BY_LENGTH by each phrase's last word (in BY_LENGTH's order): a phrase ending right before a number ends
 * with the word before it, so only the phrases ending with that word are tried.
 */
const BY_LAST_WORD = new Map<string, Qualifier[]>();
for (const qual of BY_LENGTH) {
  const last = qual.words[qual.words.length - 1]!;
  BY_LAST_WORD.set(last, [...(BY_LAST_WORD.get(last) ?? []), qual]);
}

/** What a qualifier ending just before token `i` looks like, with the index of its first token. */
export interface QualifierMatch {
  qualifier: Qualifier;
  first: number;
}

/** Finds the longest qualifier phrase that ends right before token `i` (same line), or null. */
export function qualifierBefore(tokens: readonly Token[], i: number): QualifierMatch | null {
  const before = tokens[i - 1];
  const candidates = before && before.kind === "word" ? BY_LAST_WORD.get(before.lower) : undefined;
  if (!candidates) return null;
  for (const qual of candidates) {
    const n = qual.words.length;
    if (i - n < 0) continue;
    let ok = true;
    for (let k = 0; k < n; k++) {
      const t = tokens[i - n + k]!;
      if (t.kind !== "word" || t.lower !== qual.words[k] || (k > 0 && t.newline)) { ok = false; break; }
    }
    if (ok && !tokens[i]!.newline) return { qualifier: qual, first: i - n };
  }
  return null;
}
