import type { Claim, Source } from "../types.ts";
import type { Sentence } from "../sentences.ts";

export interface ClaimsResult {
  claims: Claim[];
  sources: Source[];
  /** Canonical source name the sentence at this index is attributed to, if any. */
  sourceOfSentence: (sentenceIndex: number) => string | null;
  /** Conflict profile ids chosen from the text, e.g. ["russia-ukraine"]. */
  profiles: string[];
}

/** Finds battlefield claims, their sources and sides. Placeholder until the claim engine lands. */
export function analyzeClaims(_text: string, _sentences: Sentence[]): ClaimsResult {
  return { claims: [], sources: [], sourceOfSentence: () => null, profiles: [] };
}
