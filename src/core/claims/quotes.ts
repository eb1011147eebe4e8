/**
 * Direct quotations that run over several sentences (and paragraphs): every sentence of a quotation
 * belongs to the speaker named anywhere in it ("“… . … ,” Haidai said. “… .”"), and a paragraph that
 * is only a quotation continues the previous paragraph's speaker.
 */
import type { Sentence } from "../sentences.ts";

/** What the quote pass needs to know about each sentence. */
export interface QuoteInfo {
  /** The sentence begins with an opening quotation mark. */
  startsWithQuote: boolean;
  openAtStart: boolean;
  openAtEnd: boolean;
  /** Contains a double quotation mark. */
  hasQuote: boolean;
  /** Attribution to an entity found in the sentence itself (-1 when none). */
  entity: number;
}

/**
 * For each sentence, the entity of the quotation it belongs to (-1 when none). A run starts at a
 * sentence that opens a quotation and continues while the quotation stays open.
 */
export function quoteSpeakers(sentences: Sentence[], info: QuoteInfo[]): number[] {
  const out = new Array<number>(sentences.length).fill(-1);
  let i = 0;
  let lastQuoteSpeaker = -1;
  let lastQuoteParagraph = -1;
  while (i < sentences.length) {
    const s = info[i]!;
    if (!s.hasQuote && !s.openAtStart) {
      i++;
      continue;
    }
    // Collect the run: this sentence and the next ones while the quotation stays open.
    let j = i;
    while (j + 1 < sentences.length && info[j]!.openAtEnd && sentences[j + 1]!.paragraph === sentences[i]!.paragraph) j++;
    let speaker = -1;
    for (let k = i; k <= j; k++) if (info[k]!.entity >= 0) speaker = info[k]!.entity;
    const paragraph = sentences[i]!.paragraph;
    const startsParagraph = i === 0 || sentences[i - 1]!.paragraph !== paragraph;
    // A quotation-only paragraph right after a quoted speaker continues that speaker.
    if (speaker < 0 && lastQuoteSpeaker >= 0 && info[i]!.startsWithQuote) {
      // The same paragraph ("…,” X said. “…”), or a quotation-only paragraph right after.
      if (lastQuoteParagraph === paragraph || (startsParagraph && paragraph - lastQuoteParagraph === 1)) speaker = lastQuoteSpeaker;
    }
    if (speaker >= 0) {
      for (let k = i; k <= j; k++) out[k] = speaker;
      lastQuoteSpeaker = speaker;
      lastQuoteParagraph = paragraph;
    }
    i = j + 1;
  }
  return out;
}
