import type { Figure, FigureCategory } from "../types.ts";
import { isClauseEnd } from "./context.ts";
import type { Token } from "./tokens.ts";
import type { UnitEntry } from "./units.ts";

/** A figure with what the cross-checks need to know about it. */
export interface FigureDraft {
  figure: Figure;
  /** Measured quantity, for conversion checks ("3 km" → length 3000). */
  dimension: UnitEntry["dimension"] | null;
  factor: number | null;
  /** For "Nth anniversary" figures: what the anniversary is of ("war"), or null when unsaid. */
  anniversaryOf: string | null;
  isAnniversary: boolean;
  /** A count of the dead ("killed three people", "the death toll rose to 21"). */
  isDeathToll: boolean;
  /** Its clause says the number changed ("rose to", "revised"): a new toll, not a contradiction. */
  isRevision: boolean;
  /** The words around the figure (its clause, up to eight tokens either side). */
  context: string;
}

/** The parts of a figure read around a number, before it becomes a Figure. */
export interface FigureParts {
  first: number;
  last: number;
  value: number | null;
  unit: string | null;
  category: FigureCategory;
  approximate: boolean;
  dimension: UnitEntry["dimension"] | null;
  factor: number | null;
  anniversaryOf: string | null;
  isAnniversary: boolean;
}

/** The lower-case word of a token, or "" for digits and punctuation. */
export const word = (t: Token | undefined): string => (t && t.kind === "word" ? t.lower : "");
/** No whitespace before the token. */
export const glued = (t: Token | undefined): boolean => t !== undefined && !t.spaced;

/** Does the clause around tokens [first, last] (eight tokens either side) hold one of `words`? */
export function clauseHas(tokens: readonly Token[], first: number, last: number, words: ReadonlySet<string>): boolean {
  for (let j = first - 1; j >= 0 && j >= first - 8; j--) {
    const t = tokens[j]!;
    if (isClauseEnd(t)) break;
    if (words.has(t.lower)) return true;
  }
  for (let j = last + 1; j < tokens.length && j <= last + 8; j++) {
    const t = tokens[j]!;
    if (isClauseEnd(t)) break;
    if (words.has(t.lower)) return true;
  }
  return false;
}
