import type { Span } from "./types.ts";

export interface Sentence extends Span {
  text: string;
  /** Index of the paragraph (blank-line separated block) the sentence is in. */
  paragraph: number;
}

/**
 * Splits article text into sentences. Placeholder: to be replaced by the news-prose aware segmenter
 * (abbreviations, multi-sentence quotes, headlines without final punctuation).
 */
export function segmentSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^\n]+/g;
  let paragraph = 0;
  let lastEnd = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (/\n\s*\n/.test(text.slice(lastEnd, m.index))) paragraph++;
    lastEnd = m.index + m[0].length;
    const sre = /[^.!?]+(?:[.!?]+["”’)]*|$)/g;
    for (let s = sre.exec(m[0]); s && s[0]; s = sre.exec(m[0])) {
      const raw = s[0];
      const lead = raw.length - raw.trimStart().length;
      const t = raw.trim();
      if (!t) continue;
      const start = m.index + s.index + lead;
      out.push({ text: t, start, end: start + t.length, paragraph });
    }
  }
  return out;
}
