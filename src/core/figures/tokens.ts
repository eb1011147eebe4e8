/** One token of article text: a digit run, a word, or a single other character. */
export interface Token {
  text: string;
  /** Lower-cased text with a trailing possessive ("’s") removed. */
  lower: string;
  start: number;
  end: number;
  kind: "num" | "word" | "punct";
  /** Whitespace separates this token from the previous one. */
  spaced: boolean;
  /** A line break separates this token from the previous one. */
  newline: boolean;
}

// Digit runs keep inner separators ("1,200", "27.4", and bad ones like "1,2,3" to be rejected later).
const TOKEN_RE = /\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|\S/gu;

/** Splits text into tokens in one linear pass. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const t = m[0];
    const c = t.charCodeAt(0);
    const kind = c >= 48 && c <= 57 ? "num" : /^[\p{L}\p{M}]/u.test(t) ? "word" : "punct";
    const gap = text.slice(prevEnd, m.index);
    out.push({
      text: t,
      lower: t.toLowerCase().replace(/['’]s$/, ""),
      start: m.index,
      end: m.index + t.length,
      kind,
      spaced: gap.length > 0,
      newline: gap.includes("\n"),
    });
    prevEnd = m.index + t.length;
  }
  return out;
}
