/** Word and punctuation tokens of one sentence, with absolute offsets and quotation state. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  isWord: boolean;
  /** Starts with a capital letter or digit-led acronym ("Kyiv", "ICRC", "U.S"). */
  isCap: boolean;
  /** Inside a direct quotation (opened before this token and not yet closed). */
  inQuote: boolean;
}

// Dotted acronyms first ("U.N.'s", "U.S."), then words with inner apostrophes, hyphens and dots, then any other character.
// Digits grouped by commas ("1,000-km") are one token, so the comma is not taken for a clause break.
const TOKEN_RE = /(?:\p{Lu}\.){2,}(?:['’]s(?![\p{L}]))?|\p{N}{1,3}(?:,\p{N}{3})+(?![\p{N}])(?:['’\-.&][\p{L}\p{N}]+)*|[\p{L}\p{N}]+(?:['’\-.&][\p{L}\p{N}]+)*|\S/gu;

/** Whether the character opens (true) or closes (false) a quotation, or is no double quote (null). */
export function quoteRole(text: string, i: number): boolean | null {
  const ch = text[i];
  if (ch === "“" || ch === "«" || ch === "„") return true;
  if (ch === "”" || ch === "»") return false;
  if (ch === '"') {
    const prev = text[i - 1];
    return prev === undefined || /[\s([{\u2014\u2013-]/.test(prev);
  }
  return null;
}

/**
 * Tokenises `text` (a sentence at absolute offset `base`). `openAtStart` says whether a quotation
 * opened in an earlier sentence is still open. Returns the tokens and whether a quotation is open
 * at the end.
 */
export function tokenize(text: string, base: number, openAtStart: boolean): { tokens: Token[]; openAtEnd: boolean } {
  const tokens: Token[] = [];
  let open = openAtStart;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const t = m[0];
    const role = t.length === 1 ? quoteRole(text, m.index) : null;
    const isWord = /[\p{L}\p{N}]/u.test(t);
    tokens.push({
      text: t,
      lower: t.toLowerCase(),
      start: base + m.index,
      end: base + m.index + t.length,
      isWord,
      isCap: isWord && /^[\p{Lu}]/u.test(t),
      inQuote: open && role === null,
    });
    if (role === true) open = true;
    else if (role === false) open = false;
  }
  return { tokens, openAtEnd: open };
}
