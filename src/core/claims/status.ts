/**
 * Status of claims: `disclaimed` when the article says it could not verify them or no evidence was
 * given, `confirmed` when the outlet or an independent party confirms, else `unverified`; and the
 * plain-language reasons shown in the tooltip.
 */
import type { Sentence } from "../sentences.ts";
import type { Status } from "../types.ts";
import { ANCHORED_DISCLAIMER, ARTICLE_DISCLAIMER, CONFIRMATIONS, DISCLAIMERS, INCIDENT_DISCLAIMER } from "./lexicon.ts";

/** A disclaimer sentence and how far it reaches. */
export interface Disclaimer {
  sentence: number;
  /** The words of the disclaimer, quoted in reasons. */
  quote: string;
  /** Who says it ("Reuters"), when the sentence names the outlet. */
  by: string | null;
  /** "this and other battlefield reports": covers the claims that follow too. */
  wide: boolean;
  /** The sentence attributes nothing itself ("The claim could not be verified"): it covers the claims before it. */
  standalone: boolean;
  /** "could not verify battlefield accounts from either side": covers every claim in the article. */
  article: boolean;
  /** "unable to verify details of the incident": covers the run of claim paragraphs before it. */
  incident: boolean;
}

/** How many paragraphs back an incident disclaimer reaches (through paragraphs that hold claims). */
const INCIDENT_REACH = 5;

const OUTLET_SUBJECT = /\b(Reuters|The Associated Press|AP|AFP|the BBC|CNN|The Guardian|Al Jazeera|[A-Z][\w.]+(?: [A-Z][\w.]+)?)\s+(?:(?:was|were|is|are|could|has|have)\s+(?:not\s+)?(?:unable|able|been unable)|could not|couldn['’]t|cannot|can['’]t|had no way|(?:has|have|had) not been able)\b/;

/**
 * Every DISCLAIMERS pattern needs one of these words, in any case. Without the `u` flag, `i` only pairs
 * ASCII letters with their other case (as lower-casing the sentence did for these words: no other
 * character lower-cases to their letters, but for "İ", whose "i" a combining dot follows).
 */
const DISCLAIMER_WORD = /verif|confirm|evidence|proof|detail/gi;

/**
 * Which sentences may hold a disclaimer: one scan of the text the sentences come from. Sentences end at
 * white space and the words hold none, so a sentence holds one of the words exactly when a match lies within
 * its span. One pass over the text is far cheaper than a lower-cased copy of each sentence and five
 * substring searches in it (the eight case-insensitive patterns themselves are slower still).
 */
function mayDisclaim(text: string, sentences: Sentence[]): boolean[] {
  const out = new Array<boolean>(sentences.length).fill(false);
  let i = 0;
  DISCLAIMER_WORD.lastIndex = 0;
  for (let m = DISCLAIMER_WORD.exec(text); m && i < sentences.length; m = DISCLAIMER_WORD.exec(text)) {
    const end = m.index + m[0].length;
    while (i < sentences.length && sentences[i]!.end < end) i++;
    if (i < sentences.length && sentences[i]!.start <= m.index) out[i] = true;
  }
  return out;
}

/** Finds the disclaimers in the article; `sentences` are those of `text` (segmentSentences). */
export function findDisclaimers(text: string, sentences: Sentence[], hasAttribution: (i: number) => boolean = () => false): Disclaimer[] {
  const out: Disclaimer[] = [];
  const candidates = mayDisclaim(text, sentences);
  sentences.forEach((s, i) => {
    if (!candidates[i]) return;
    for (const d of DISCLAIMERS) {
      const m = d.re.exec(s.text);
      if (!m) continue;
      const by = OUTLET_SUBJECT.exec(s.text)?.[1]?.replace(/^the\s+/i, "") ?? null;
      const clauseStart = by ? m.index : Math.max(0, s.text.lastIndexOf(",", m.index) + 1);
      let clauseEnd = s.text.indexOf(",", m.index + m[0].length);
      if (clauseEnd < 0) clauseEnd = s.text.length;
      const quote = s.text.slice(clauseStart, clauseEnd).replace(/^\s*(?:and|but|though|although)\s+/i, "").replace(by ? /^(?:was|were|is|are)\s+/i : /^$/, "").replace(/[.”"]+$/, "").trim();
      const general = !!by || !hasAttribution(i);
      const article = general && ARTICLE_DISCLAIMER.test(s.text) && !ANCHORED_DISCLAIMER.test(s.text);
      const incident = general && INCIDENT_DISCLAIMER.test(s.text);
      out.push({ sentence: i, quote, by, wide: d.wide, standalone: !hasAttribution(i), article, incident });
      return;
    }
  });
  return out;
}

/** Whether the sentence itself says the claim was independently confirmed. */
export function isConfirmed(text: string): boolean {
  if (/\b(?:not|never|unable|could not|cannot)\b[^.]{0,30}\b(?:verif|confirm)/i.test(text)) return false;
  return CONFIRMATIONS.test(text);
}

/** A claim's position, for status decisions. */
export interface ClaimPlace {
  sentence: number;
  paragraph: number;
  entity: number;
  side: string;
}

/**
 * The disclaimer covering a claim, if any: one in the claim's own sentence; a narrow one
 * ("The claim could not be independently verified") right after claims of the same source or side
 * (within the next two sentences, stopping at another source's claim); a wide one ("this and other
 * battlefield reports") covers claims from it to the end of the article.
 */
export function disclaimerFor(claim: ClaimPlace, claims: ClaimPlace[], disclaimers: Disclaimer[], sentences: Sentence[]): Disclaimer | null {
  for (const d of disclaimers) {
    if (d.sentence === claim.sentence) return d;
  }
  for (const d of disclaimers) {
    if (d.article) return d;
    // "The BBC is unable to verify details of the incident": the claims about it in the paragraphs before,
    // as long as each paragraph in between holds a claim (the story of the incident runs on).
    if (d.incident && d.sentence > claim.sentence) {
      const para = sentences[d.sentence]?.paragraph ?? 0;
      if (para - claim.paragraph > INCIDENT_REACH) continue;
      let gap = false;
      for (let p = claim.paragraph + 1; p < para && !gap; p++) gap = !claims.some((c) => c.paragraph === p);
      if (!gap) return d;
    }
  }
  for (const d of disclaimers) {
    if (d.wide && d.sentence < claim.sentence && (sentences[claim.sentence]?.paragraph ?? 0) - (sentences[d.sentence]?.paragraph ?? 0) <= 8) return d;
    // Only a disclaimer that stands alone ("The claim could not be verified.") reaches back to earlier claims.
    if (!d.standalone) continue;
    if (d.sentence <= claim.sentence || d.sentence - claim.sentence > 3) continue;
    // The claims between this one and the disclaimer must be by the same side.
    const between = claims.filter((c) => c.sentence > claim.sentence && c.sentence < d.sentence);
    if (between.some((c) => c.side !== claim.side)) continue;
    const para = sentences[d.sentence]?.paragraph ?? -1;
    if (para - claim.paragraph > 1) continue;
    return d;
  }
  return null;
}

/** The status for a claim given its disclaimer and confirmation. */
export function statusOf(disclaimer: Disclaimer | null, confirmed: boolean): Status {
  if (confirmed) return "confirmed";
  return disclaimer ? "disclaimed" : "unverified";
}

/** Tooltip lines: who claims it and for which side, then the article's own disclaimer, quoted. */
export function reasonsFor(source: string | null, sideLabel: string, disclaimer: Disclaimer | null, confirmed: boolean): string[] {
  const who = source ? `Claim by ${source}` : "Claim by an unnamed source";
  const out = [`${who} (${sideLabel}).`];
  if (confirmed) out.push("The article reports independent confirmation.");
  else if (disclaimer) out.push(`${disclaimer.by ? disclaimer.by + ": " : "The article says: "}“${disclaimer.quote}”.`);
  else out.push("Not independently confirmed in the article.");
  return out;
}
