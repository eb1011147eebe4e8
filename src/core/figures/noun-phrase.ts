import type { Token } from "./tokens.ts";
import { CASUALTY_NOUNS, IRREGULAR_SINGULARS, PERSON_NOUNS, WEAPON_NOUNS } from "./nouns.ts";
import { ORDINAL_WORDS, SCALE_WORDS, UNIT_WORDS, VAGUE_WORDS } from "./number-words.ts";

/** What kind of thing a counted noun is. */
export type NounClass = "weapon" | "person" | "casualty";

interface LexEntry {
  words: readonly string[];
  lemma: string;
  cls: NounClass;
}

/** Words that end a noun phrase after a number (function words, auxiliaries, common verbs). */
const STOP = new Set((
  "the a an of in on at to from by for with without and or but nor as than that which who whom whose this " +
  "these those it its their his her our your my we they he she you i me them us him is are was were be been " +
  "being has have had do does did will would could should may might must can not no so if when while where " +
  "after before since during into onto over under across through about around per each every then there here " +
  "said says say according including between among toward towards against near via up down out off ago later " +
  "earlier also just only still yet already now today yesterday tomorrow some any both either neither such " +
  "what how why all most many much few several more less fewer while until unless within beyond behind below " +
  "above inside outside amid despite like unlike whether because though although whereas " +
  // common verbs and predicate adjectives right after a counted noun ("two-thirds of the population need aid")
  "need needs remain remains face faces lack lacks want wants support supports oppose opposes believe believes " +
  "think thinks live came come comes went go goes get gets got make makes made take takes took see sees saw " +
  "hit hits fled flee flees left fell fall falls rose rise rises ready available able unable alive present due " +
  "likely set still"
).split(" "));
// "771 more Ukrainian troops", "42 other people": allowed right after the number.
const AFTER_NUMBER_OK = new Set(["more", "other", "further", "additional", "extra"]);

/** Singular form of a lower-case noun ("missiles" → "missile", "people" → "person", "cities" → "city"). */
export function singularize(word: string): string {
  const irregular = IRREGULAR_SINGULARS.get(word);
  if (irregular) return irregular;
  // Every rule below takes off a final "s" (most words met have none).
  if (!word.endsWith("s")) return word;
  if (word.length > 4 && word.endsWith("ies")) return word.slice(0, -3) + "y";
  if (/(?:sses|shes|ches|xes|zes)$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith("s") && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

function buildLexicon(): Map<string, LexEntry[]> {
  const byFirst = new Map<string, LexEntry[]>();
  const add = (phrase: string, cls: NounClass): void => {
    const words = phrase.toLowerCase().split(" ").map(singularize);
    const list = byFirst.get(words[0]!) ?? [];
    list.push({ words, lemma: words.join(" "), cls });
    list.sort((a, b) => b.words.length - a.words.length);
    byFirst.set(words[0]!, list);
  };
  for (const w of WEAPON_NOUNS) add(w, "weapon");
  for (const w of PERSON_NOUNS) add(w, "person");
  for (const w of CASUALTY_NOUNS) add(w, "casualty");
  return byFirst;
}
const LEXICON = buildLexicon();

/** Plural nationality nouns ("Palestinians", "Israelis", "Afghans"): people. */
const DEMONYM_PLURAL = /^[A-Z][a-z]+(?:ans|is)$/;

/** The lexicon noun (one or more words) starting at token `k`, with the index of its last token. */
export function lexiconNounAt(tokens: readonly Token[], k: number): { lemma: string; cls: NounClass; last: number } | null {
  const t = tokens[k];
  if (!t || t.kind !== "word") return null;
  if (DEMONYM_PLURAL.test(t.text)) return { lemma: singularize(t.lower), cls: "person", last: k };
  const list = LEXICON.get(singularize(t.lower));
  if (!list) return null;
  for (const e of list) {
    let ok = true;
    let j = k;
    for (let w = 0; w < e.words.length; w++) {
      // hyphenated heads ("air-defence system") skip the hyphen tokens
      while (tokens[j]?.text === "-" && w > 0) j++;
      const tok = tokens[j];
      if (!tok || tok.kind !== "word" || singularize(tok.lower) !== e.words[w] || (w > 0 && tok.newline)) { ok = false; break; }
      j++;
    }
    if (ok) return { lemma: e.lemma, cls: e.cls, last: j - 1 };
  }
  return null;
}

/** The noun phrase a number counts: its last token, head noun and class (null when unknown). */
export interface NounPhrase {
  last: number;
  head: string | null;
  cls: NounClass | null;
}

function isNumberWord(w: string): boolean {
  return UNIT_WORDS.get(w) !== undefined || SCALE_WORDS.get(w) !== undefined || VAGUE_WORDS.has(w) || (ORDINAL_WORDS.get(w) !== undefined && w !== "second");
}

function isModifier(t: Token | undefined, first: boolean, prev?: Token, next?: Token): boolean {
  if (!t || t.newline) return false;
  // model codes and calibres: "F-16 fighter jets", "S-300 systems", "M1 Abrams tanks", "155mm shells"
  if (t.kind === "num") return (!t.spaced && (prev?.text === "-" || prev?.kind === "word")) || (next?.lower === "mm" && !next.spaced);
  if (t.kind === "word") {
    // another number starts another figure ("75% of the two eastern regions")
    if (isNumberWord(t.lower)) return false;
    // "US troops": an acronym, not the pronoun
    if (/^\p{Lu}{2,}$/u.test(t.text)) return true;
    return !STOP.has(t.lower) || (first && AFTER_NUMBER_OK.has(t.lower));
  }
  return t.text === "-" && !t.spaced;
}

/** Plural nouns that do not end in "s". */
const PLURALS_WITHOUT_S = new Set(["people", "men", "women", "children", "personnel", "police", "aircraft", "cattle", "staff", "crew", "troops"]);

/**
 * Reads the noun phrase after a number, starting at token `k`: up to six words ending at a known noun
 * ("90 air, sea and ground-launched missiles"), else up to four plain words ("four primary axes"), which
 * for a plural number must end on a plural ("three windows open" → "three windows").
 * `plain` reads only plain words (after "15-minute": "gun battle").
 */
export function readNounPhrase(tokens: readonly Token[], k: number, plain = false, plural = false): NounPhrase | null {
  // Pass 1: a lexicon head within six words, crossing only modifiers, commas and "and"/"or".
  let words = 0;
  let crossed = false;
  for (let j = k; j < tokens.length && words < 7 && !plain; j++) {
    const t = tokens[j]!;
    if (t.newline && j > k) break;
    const hit = lexiconNounAt(tokens, j);
    // Across "and"/"," only people and weapons: "killed 12 and wounded 30" is two figures.
    // "anti-ship ballistic missiles": a hyphenated modifier's last part is not the head
    const inCompound = !!hit && tokens[j - 1]?.text === "-" && !t.spaced && isModifier(tokens[hit.last + 1], false, t);
    if (hit && !inCompound && !(crossed && hit.cls === "casualty")) {
      // "42 other people", "rocket launchers": a second head right after the first one wins.
      // "Shahed-136 drones": a model code between two heads
      let after = hit.last + 1;
      while (tokens[after] && !tokens[after]!.spaced && (tokens[after]!.text === "-" || tokens[after]!.kind === "num")) after++;
      const next = lexiconNounAt(tokens, after);
      const end = next && !tokens[after]!.newline ? next : hit;
      // "350,000 soldiers killed": the participle joins the phrase, the soldiers stay the unit
      if (end !== hit && end.cls === "casualty" && hit.cls === "person") return { last: end.last, head: hit.lemma, cls: "casualty" };
      return { last: end.last, head: end.lemma, cls: end.cls };
    }
    const coord = (t.text === "," || t.lower === "and" || t.lower === "or") && j > k;
    if (coord) crossed = true;
    else if (!isModifier(t, j === k, tokens[j - 1], tokens[j + 1])) break;
    if (t.kind === "word") words++;
  }
  // Pass 2: up to four lower-case words (capitalised ones start a new name).
  let last = -1;
  words = 0;
  if (tokens[k]?.text === "-") plural = false; // "30,000-strong force": the number is inside the adjective
  for (let j = k; j < tokens.length && words < 4; j++) {
    const t = tokens[j]!;
    if (!isModifier(t, j === k, tokens[j - 1], tokens[j + 1])) break;
    if (t.kind === "word") {
      if (/^\p{Lu}/u.test(t.text) && !/^\p{Lu}+$/u.test(t.text)) break;
      if (/['’]/.test(t.text)) break; // "that'll", "don't": a clause starts
      if (t.lower.endsWith("ly")) break; // adverbs start the predicate
      words++;
      // participles and verbs ("moved", "passed", "remaining") modify a noun after them, never end the phrase
      const isPlural = t.lower.endsWith("s") || PLURALS_WITHOUT_S.has(t.lower);
      if (plain || (!t.lower.endsWith("ed") && !t.lower.endsWith("ing") && (!plural || isPlural))) last = j;
    }
  }
  if (last < 0) return null;
  return { last, head: singularize(tokens[last]!.lower), cls: null };
}
