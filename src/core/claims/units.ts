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
export function boundaryBetween(tokens: Token[], lo: number, hi: number): number {
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
    const lo = Math.max(cues[i - 1]!, speakerStarts[i - 1]!, prev.from);
    const hi = Math.min(cues[i]!, speakerStarts[i]!);
    if (hi <= lo) continue;
    const k = boundaryBetween(tokens, lo, hi);
    if (k < 0) continue;
    prev.to = k;
    units.push({ from: k, to: tokens.length, attribution: i });
  }
  return units;
}

/**
 * The part of a unit an attribution speaks for: after the verb for "in what analysts say is …";
 * the clause from the speaker on when a leading attribution follows a joined clause ("Trump has been
 * eager to withdraw, but General Milley told US media that …").
 */
export function attributedRegion(tokens: Token[], unit: { from: number; to: number }, speakerFrom: number, cue: number): { from: number; to: number } {
  if (tokens[speakerFrom - 1]?.lower === "what") return { from: cue + 1, to: unit.to };
  // "Both sides have suffered losses in the battle for X, which is in the region Russia says it …": an
  // attribution inside a relative clause speaks for that clause only, not for the narration before it.
  const relative = relativeBefore(tokens, unit.from, speakerFrom);
  if (relative >= 0) return { from: relative, to: speakerFrom > cue ? unit.to : clauseEndAfter(tokens, cue, unit.to) };
  if (speakerFrom > cue) return unit;
  let after = 0;
  for (let k = cue + 1; k < unit.to; k++) if (tokens[k]!.isWord) after++;
  if (after < 3) return unit;
  const k = speakerFrom > unit.from ? boundaryBetween(tokens, unit.from, speakerFrom) : -1;
  return { from: k >= 0 ? k : unit.from, to: clauseEndAfter(tokens, cue, unit.to) };
}

/**
 * Where the content of a leading attribution ends: at a dash or semicolon that starts another
 * statement ("… say they will retaliate — and after Hamas named …"). Commas do not end it: a claim
 * often goes on after ", but other missiles hit …".
 */
function clauseEndAfter(tokens: Token[], cue: number, to: number): number {
  for (let k = cue + 1; k < to; k++) {
    const t = tokens[k]!;
    if (t.inQuote) continue;
    if (t.text === ";" || t.text === "—" || t.text === "–") return k;
  }
  return to;
}

const RELATIVES = new Set(["which", "where", "who", "whom", "whose"]);

/**
 * The relative pronoun opening the comma-delimited clause the speaker at `speakerFrom` sits in
 * (", which is in the region Russia says …"), or -1. Only after a comma, and not when the speaker
 * follows the pronoun directly (", which Moscow blamed on Kyiv": that speaks of the antecedent).
 */
function relativeBefore(tokens: Token[], from: number, speakerFrom: number): number {
  for (let k = speakerFrom - 1; k > from; k--) {
    const t = tokens[k]!;
    if (!t.isWord) {
      if (t.text === "," || t.text === ";" || t.text === "—" || t.text === "–") return -1;
      continue;
    }
    // ", which Moscow blamed on Kyiv": the speaker right after the pronoun speaks of its antecedent.
    if (RELATIVES.has(t.lower) && tokens[k - 1]?.text === ",") return k === speakerFrom - 1 ? -1 : k;
  }
  return -1;
}
