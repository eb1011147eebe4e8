/**
 * Claim units: a sentence, or its clauses when one sentence joins statements by different sources
 * ("Russia has said …, while the ICRC said …"; "…, where authorities said …, and in Kramatorsk …,
 * according to its mayor").
 */
import type { Token } from "./tokens.ts";

/** Token range [from, to) of a sentence with the attribution (index into the sentence's list) it carries. */
export interface Unit {
  from: number;
  to: number;
  attribution: number;
}

const JOINERS = new Set(["and", "while", "whereas", "but"]);

/** The token index where a clause joined to the previous one starts, searching (lo, hi); -1 if none. */
function boundaryBetween(tokens: Token[], lo: number, hi: number): number {
  for (let k = hi - 1; k > lo; k--) {
    const t = tokens[k]!;
    if (t.inQuote) continue;
    if (t.text === ";") return k + 1;
    if (JOINERS.has(t.lower) && (tokens[k - 1]?.text === "," || t.lower === "while" || t.lower === "whereas")) return k;
  }
  return -1;
}

/**
 * Splits a sentence's tokens into units, one per attribution to a different entity when a clause
 * boundary separates them; otherwise one unit carried by the first attribution.
 * `cues[i]` is the token index of attribution i, `speakerStarts[i]` the first token of its source,
 * `entities[i]` its entity.
 */
export function splitUnits(tokens: Token[], cues: number[], speakerStarts: number[], entities: number[]): Unit[] {
  if (!cues.length) return [];
  const units: Unit[] = [{ from: 0, to: tokens.length, attribution: 0 }];
  for (let i = 1; i < cues.length; i++) {
    const prev = units[units.length - 1]!;
    const prevAttr = prev.attribution;
    if (entities[i] === entities[prevAttr]) continue;
    const lo = Math.max(cues[prevAttr]!, speakerStarts[prevAttr]!);
    const hi = Math.min(cues[i]!, speakerStarts[i]!);
    if (hi <= lo) continue;
    const k = boundaryBetween(tokens, lo, hi);
    if (k < 0) continue;
    prev.to = k;
    units.push({ from: k, to: tokens.length, attribution: i });
  }
  return units;
}
