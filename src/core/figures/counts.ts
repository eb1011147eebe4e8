import type { FigureCategory } from "../types.ts";
import type { FigureParts } from "./draft.ts";
import { clauseHas, word } from "./draft.ts";
import { isAge } from "./context.ts";
import { parseNumberAt, type NumberMatch } from "./number-parse.ts";
import { CASUALTY_CUES, CASUALTY_VERBS_AFTER } from "./nouns.ts";
import { lexiconNounAt, readNounPhrase, type NounClass } from "./noun-phrase.ts";
import type { Token } from "./tokens.ts";
import { CURRENCY_WORDS } from "./units.ts";

const AUXILIARIES = new Set(["were", "was", "have", "has", "had", "been", "are", "is", "be"]);
const PARTITIVE_DETERMINERS = new Set(["the", "its", "their", "his", "her", "our", "these", "those", "them", "us", "whom"]);
const DEFINITE = new Set(["the", "these", "those"]);
/** Hyphenated words after a number that still count something: "30,000-strong force", "six-member crew". */
const HYPHEN_COUNTS = new Set(["strong", "member", "man", "person", "seat", "vehicle", "car", "truck", "ship", "vessel"]);

/** Does the clause around tokens [first, last] speak of death or injury? */
const hasCasualtyCue = (tokens: readonly Token[], first: number, last: number): boolean => clauseHas(tokens, first, last, CASUALTY_CUES);

/** Weapons and casualty nouns decide alone; people and bare numbers are casualties in a clause of death or injury. */
function categoryOf(cls: NounClass | null, cue: boolean, hasHead: boolean): FigureCategory {
  if (cls === "weapon") return "weapons";
  if (cls === "casualty") return "casualties";
  if (cls === null && hasHead) return "count"; // "shelled more than 15 towns": places are never casualties
  return cue ? "casualties" : "count";
}

/** A count of things or people: "eight Kalibr missiles", "three of its commanders", "21", "15 injured". */
export function countFigure(
  tokens: readonly Token[], m: NumberMatch,
  base: Pick<FigureParts, "first" | "approximate" | "dimension" | "factor" | "anniversaryOf" | "isAnniversary">,
  lineWords: readonly number[],
): FigureParts | null {
  const isOne = !m.isDigits && m.value === 1 && m.kind === "cardinal";
  if (isOne && ["no", "not", "every", "any", "each", "this", "that", "which"].includes(word(tokens[m.first - 1]))) return null; // "no one was hurt"
  let last = m.last;
  let head: string | null = null;
  let cls: NounClass | null = null;
  const k = m.last + 1;
  const n1 = tokens[k];
  const outOf = word(n1) === "of" && m.kind === "cardinal" ? parseNumberAt(tokens, k + 1) : null;
  if (outOf && outOf.kind === "cardinal") {
    // "shot down 12 of 14 drones": the first number counts the second one's noun
    const np = readNounPhrase(tokens, outOf.last + 1);
    if (!np || np.cls === null) return null;
    last = np.last; head = np.head; cls = np.cls;
  } else if (word(n1) === "of" && tokens[k + 1] && PARTITIVE_DETERMINERS.has(word(tokens[k + 1])) && m.kind !== "vague") {
    // "three of its commanders", "one of its soldiers", "two of them"
    const det = word(tokens[k + 1]);
    if (det === "them" || det === "us" || det === "whom") { last = k + 1; }
    else {
      const direct = lexiconNounAt(tokens, k + 2);
      const np = isOne ? (direct ? { last: direct.last, head: direct.lemma, cls: direct.cls } : null) : readNounPhrase(tokens, k + 2);
      if (!np) return null;
      if (isOne && np.cls !== "person" && np.cls !== "weapon") return null;
      last = np.last; head = np.head; cls = np.cls;
    }
  } else if (word(n1) === "of" && m.kind === "vague") {
    // "tens of thousands of reservists", "hundreds of Ukrainian prisoners of war"
    const np = readNounPhrase(tokens, k + 1);
    if (np) { last = np.last; head = np.head; cls = np.cls; }
  } else if (n1 && !n1.newline) {
    // "a two-state solution", "a 10-point plan": a number inside an adjective; "30,000-strong force" counts people
    if (n1.text === "-" && !n1.spaced && !HYPHEN_COUNTS.has(word(tokens[k + 1]))) return null;
    const np = readNounPhrase(tokens, k, false, m.value !== null && m.value > 1);
    // "one" is a pronoun or an article more often than a count: only with a known noun or a qualifier
    if (np && (!isOne || np.cls !== null || base.approximate)) { last = np.last; head = np.head; cls = np.cls; }
  }
  // "15 injured", "four were injured", "three people died"
  let j = last + 1;
  while (AUXILIARIES.has(word(tokens[j])) && j < last + 3) j++;
  const verb = tokens[j];
  const hasVerbAfter = !!verb && !verb.newline && CASUALTY_VERBS_AFTER.has(word(verb)) && (head === null || cls !== "weapon");
  if (hasVerbAfter && (head === null || j === last + 1)) last = j;
  const cue = hasVerbAfter || hasCasualtyCue(tokens, m.first, last);
  const isBare = head === null && !hasVerbAfter && last === m.last;

  // "photo 1 of 12", "the No. 2 official": positions, not quantities
  const p1 = tokens[m.first - 1], p2 = tokens[m.first - 2];
  if (word(p1) === "of" && p2?.kind === "num" && cls === null) return null;
  if (p1?.text === "." && (word(p2) === "no" || word(p2) === "nos")) return null;
  if (isOne && head === null && !hasVerbAfter && word(tokens[m.last + 1]) !== "of") return null;
  if (isOne && cls === "person" && !cue && !base.approximate) return null; // "one aid worker interviewed by"
  if (isOne && word(tokens[m.last + 1]) === "of" && head === null && last === m.last) return null;
  if (m.isDigits && m.kind === "cardinal" && isYear(tokens[m.first]!, m.value) && cls === null) return null;
  if (m.isDigits && isAge(tokens, m.first, m.last, m.value) && head === null) return null;
  if (DEFINITE.has(word(tokens[m.first - 1])) && base.first === m.first && cls !== "weapon" && cls !== "person" && cls !== "casualty") return null;
  if (isBare && !isKeptBare(tokens, m, base.first, lineWords)) return null;

  let first = base.first;
  // "killed 1,200": the verb that makes a bare number a toll
  const prev = tokens[first - 1];
  if (isBare && prev && CASUALTY_CUES.has(prev.lower) && !prev.newline) first--;
  const unit = head === null ? null : CURRENCY_WORDS.get(head) ?? head;
  const category: FigureCategory = head !== null && CURRENCY_WORDS.get(head) ? "money" : categoryOf(cls, cue, head !== null);
  return {
    first, approximate: base.approximate, dimension: base.dimension, factor: base.factor, anniversaryOf: base.anniversaryOf, isAnniversary: base.isAnniversary,
    last, value: m.kind === "vague" || m.kind === "range" ? null : m.value, unit, category,
  };
}

/** A noun that counts people or things follows ("1.5m people", "2m refugees"). */
export function isCountedNounAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== "word" || t.newline || !t.spaced) return false;
  return lexiconNounAt(tokens, k) !== null || (/s$/.test(t.lower) && !STOPLIKE.has(t.lower));
}
const STOPLIKE = new Set(["is", "was", "has", "its", "this", "as", "us", "his", "yes", "thus", "plus", "across", "towards", "afterwards"]);

function isYear(t: Token, value: number | null): boolean {
  return value !== null && /^\d{4}$/.test(t.text) && value >= 1000 && value <= 2100;
}

/** A number with no noun is kept only when it reads as a quantity ("had risen to 21", "killed 1,200"). */
function isKeptBare(tokens: readonly Token[], m: NumberMatch, first: number, lineWords: readonly number[]): boolean {
  const p1 = tokens[m.first - 1], p2 = tokens[m.first - 2], n1 = tokens[m.last + 1], n2 = tokens[m.last + 2];
  if (m.kind === "vague") return true;
  if ((lineWords[m.first] ?? 0) < 5) return false; // "0", "200", "list 1 of 4": page furniture
  if (word(n1) === "of" && n2?.kind === "num") return false;
  // "9,480 tanks (+3)": a change since the last report, not a figure of its own
  if (p1 && (p1.text === "+" || p1.text === "−") && !tokens[m.first]!.spaced) return false;

  // "10 Downing Street", "7 World Trade Center": an address or a name
  if (n1 && n1.kind === "word" && n1.spaced && /^\p{Lu}\p{Ll}/u.test(n1.text)) return false;
  if (word(p1) === "to" && word(p2) === "according") return false;
  if (!m.isDigits) {
    // spelled-out bare numbers are pronouns more often than quantities ("the two have met")
    return first !== m.first || (!!p1 && CASUALTY_CUES.has(p1.lower));
  }
  // "Resolution 2334", "Highway 1", "Apollo 11": a name
  if (p1 && first === m.first && p1.kind === "word" && /^\p{Lu}/u.test(p1.text) && !CASUALTY_CUES.has(p1.lower)) return false;
  if (n1 && (n1.text === "/" || n1.text === "-") && !n1.spaced) return false;
  return true;
}
