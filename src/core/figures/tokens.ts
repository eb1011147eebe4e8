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
const TOKEN_RE = /(\d+(?:[.,]\d+)*)|([\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*)|\S/gu;

/** Splits text[from, to) into tokens in one linear pass (offsets stay those of `text`). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let prevEnd = from;
  let nextNewline = text.indexOf("\n", from);
  const re = TOKEN_RE; // shared: tokenize() runs to completion before anyone else uses it
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const t = m[0];
    while (nextNewline !== -1 && nextNewline < prevEnd) nextNewline = text.indexOf("\n", prevEnd);
    let lower = t.toLowerCase();
    if (m[2] !== undefined && lower.length > 2 && lower.endsWith("s") && /['’]s$/.test(lower)) lower = lower.slice(0, -2);
    out.push({
      text: t,
      lower,
      start: m.index,
      end: m.index + t.length,
      kind: m[1] !== undefined ? "num" : m[2] !== undefined ? "word" : "punct",
      spaced: m.index > prevEnd,
      newline: nextNewline !== -1 && nextNewline < m.index,
    });
    prevEnd = m.index + t.length;
  }
  return out;
}
