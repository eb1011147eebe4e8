import type { FigureParts } from "./draft.ts";
import { word } from "./draft.ts";
import type { NumberMatch } from "./number-parse.ts";
import { singularize } from "./noun-phrase.ts";
import type { Token } from "./tokens.ts";

/** Nouns an ordinal may count: "24th anniversary", "fifth year", "the third time". */
const ORDINAL_NOUNS = new Set(["anniversary", "year", "month", "time"]);
/** Words naming what an anniversary marks; all of them one war for the restated check. */
export const WAR_WORDS = new Set(["war", "invasion", "conflict", "aggression", "offensive", "operation", "occupation", "annexation"]);

/** "the war’s fourth anniversary", "the invasion’s 24th anniversary": the possessor before an ordinal. */
function possessorBefore(tokens: readonly Token[], first: number): { first: number; noun: string } | null {
  const p = tokens[first - 1];
  if (!p || p.kind !== "word" || !/['’]s$/i.test(p.text)) return null;
  const start = word(tokens[first - 2]) === "the" ? first - 2 : first - 1;
  return { first: start, noun: p.lower };
}

/** "of Russia’s war", "of its Feb. 24 invasion": what an anniversary marks, within seven tokens. */
export function anniversaryObject(tokens: readonly Token[], head: number): { last: number; noun: string } | null {
  if (word(tokens[head + 1]) !== "of") return null;
  for (let j = head + 2; j < tokens.length && j <= head + 8; j++) {
    const t = tokens[j]!;
    if (t.newline || t.text === "," || t.text === ";" || t.text === "(") break;
    if (t.kind === "word" && !/^\p{Lu}/u.test(t.text) && !["the", "its", "a", "full", "scale"].includes(t.lower) && !WAR_WORDS.has(t.lower)) {
      if (t.kind === "word" && j > head + 2 && ![",", "-"].includes(tokens[j - 1]!.text) && !/^\p{Lu}/u.test(tokens[j - 1]!.text)) return { last: j, noun: t.lower };
    }
    if (WAR_WORDS.has(t.lower)) return { last: j, noun: t.lower };
  }
  return null;
}

/** "24th anniversary", "the war’s fourth anniversary", "fifth year", "the third time"; null for other ordinals. */
export function ordinalFigure(tokens: readonly Token[], m: NumberMatch): FigureParts | null {
  const head = tokens[m.last + 1];
  const noun = head ? singularize(head.lower) : "";
  if (!head || head.newline || !ORDINAL_NOUNS.has(noun) || m.value === null) return null;
  if (noun !== "anniversary" && m.value < 2) return null; // "the first time" is a phrase, not a count
  let first = m.first, last = m.last + 1;
  let of: string | null = null;
  const pos = possessorBefore(tokens, m.first);
  if (pos) { first = pos.first; of = pos.noun; }
  else if (word(tokens[m.first - 1]) === "the") first = m.first - 1;
  if (noun === "anniversary") {
    const obj = anniversaryObject(tokens, m.last + 1);
    if (obj) { last = obj.last; of = of ?? obj.noun; }
  }
  return {
    first, last, value: m.value, unit: noun, category: noun === "time" ? "count" : "date", approximate: false,
    dimension: null, factor: null, isAnniversary: noun === "anniversary",
    anniversaryOf: of === null ? null : WAR_WORDS.has(of) ? "war" : of,
  };
}
