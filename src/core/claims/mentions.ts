/**
 * A mention of a source in the text, parsed into a person's name, a description ("Ukrainian Deputy
 * Defense Minister"), a bare name ("Haidai", "NATO"), a definite description to resolve
 * ("the ministry") or a pronoun.
 */
import type { Token } from "./tokens.ts";
import type { PhraseSpan } from "./noun-phrase.ts";
import { RANKS } from "./noun-phrase.ts";
import { NAME_PARTICLES, NP_WORDS, PRONOUNS } from "./lexicon.ts";
import { sourceHead } from "../profiles/common.ts";
import { isKnownOrgName, isKnownPlace } from "./gazetteer.ts";

export interface Mention {
  id: number;
  /** Index of the sentence it is in. */
  sentence: number;
  /** Index of the paragraph it is in (set by the caller; 0 by default). */
  paragraph: number;
  start: number;
  end: number;
  /** The phrase as written. */
  text: string;
  /** The phrase without leading determiners and trailing report words: a display name. */
  name: string;
  /** Person's name when the phrase names one ("Hanna Malyar"). */
  person: string | null;
  /** Everything else in the phrase: titles, organisations, places. */
  descriptor: string;
  pronoun: string | null;
  /** Head noun of a definite description to resolve ("ministry" for "the ministry"). */
  definiteHead: string | null;
  /** Main head noun ("governor", "ministry"), if any. */
  head: string | null;
  /** Whether the mention names a single capitalised word with no description ("Haidai", "NATO"). */
  isBare: boolean;
  /** False for mentions kept only to resolve pronouns (a sentence's subject). */
  isAttribution: boolean;
  /** Entity id once resolved, -1 before. */
  entity: number;
}

const LEADING_DROP = new Set(["the", "a", "an", "one", "two", "three", "four", "several", "some", "many", "its", "his", "her", "their", "another", "other"]);
const TRAILING_DROP = new Set(["report", "reports", "statement", "count", "update", "post", "evening", "daily", "latest", "morning", "video", "address", "briefing", "data"]);
/** Capitalised words that make a name an organisation's: "International Studies", "Deep South Watch". */
const ORG_NAME_WORDS = new Set("studies institute center centre council university group agency committee ministry foundation organization organisation fund bank party army force forces front brigade watch observatory network news times post press service services command guard corps police radio tv television association union league coalition alliance movement hospital clinic".split(" "));
const PREPOSITIONS = new Set(["of", "for", "at", "in", "on", "with"]);

function isTitleWord(t: Token): boolean {
  return RANKS.has(t.lower) || NP_WORDS.has(t.lower) || /['’]s$/.test(t.lower) || t.lower.includes("-");
}

/** The trailing run of capitalised non-title words in tokens [from, to): a person's or org's name. */
function trailingName(tokens: Token[], from: number, to: number): PhraseSpan | null {
  let k = to;
  while (k > from) {
    const t = tokens[k - 1]!;
    if (t.isWord && NAME_PARTICLES.has(t.lower) && k < to && (tokens[k - 2]?.isCap || NAME_PARTICLES.has(tokens[k - 2]?.lower ?? ""))) {
      k--;
      continue;
    }
    if (!t.isWord || !t.isCap || isTitleWord(t) || /^\d/.test(t.text)) break;
    k--;
  }
  return k < to ? { from: k, to } : null;
}

function textOf(source: string, base: number, tokens: Token[], from: number, to: number): string {
  if (to <= from) return "";
  return source.slice(tokens[from]!.start - base, tokens[to - 1]!.end - base);
}

/** Head noun of a description: the last source head before its first preposition, else the last one. */
export function headOf(words: string[]): string | null {
  let last: string | null = null;
  for (const w of words) {
    if (PREPOSITIONS.has(w) && last) return last;
    if (sourceHead(w)) last = w;
  }
  return last;
}

/**
 * Parses the tokens [span.from, span.to) of a sentence (text `source` at offset `base`) into a mention.
 */
export function parseMention(
  source: string, base: number, tokens: Token[], span: PhraseSpan, sentence: number, isAttribution: boolean,
): Omit<Mention, "id" | "entity"> {
  const text = textOf(source, base, tokens, span.from, span.to);
  const start = tokens[span.from]!.start;
  const end = tokens[span.to - 1]!.end;
  const wordTokens = tokens.slice(span.from, span.to).filter((t) => t.isWord);
  const lowers = wordTokens.map((t) => t.lower);
  // Object literals written out rather than spread from a common part: a spread is a slow copy, and mentions are many.
  if (wordTokens.length === 1 && PRONOUNS.has(lowers[0]!)) {
    return {
      sentence, paragraph: 0, start, end, text, isAttribution,
      name: text, person: null, descriptor: "", pronoun: lowers[0]!, definiteHead: null, head: null, isBare: false,
    };
  }
  // Segments split by commas: "Serhiy Haidai" / "the governor of Luhansk province".
  const segments: PhraseSpan[] = [];
  let from = span.from;
  for (let k = span.from; k <= span.to; k++) {
    if (k === span.to || tokens[k]?.text === ",") {
      if (k > from) segments.push({ from, to: k });
      from = k + 1;
    }
  }
  let person: string | null = null;
  const descriptorParts: string[] = [];
  // "The Emergency Lawyers, a rights group …", "DeepState, a Ukrainian blog": an appositive whose head is
  // a body, not a person's role, says the name is an organisation's.
  const bodyAppositive = segments.length > 1 && segments.slice(1).some((seg) => {
    // The appositive's own head comes first: "a commander with the rebel alliance" is a role.
    const h = tokens.slice(seg.from, seg.to).find((t) => t.isWord && (sourceHead(t.lower) || RANKS.has(t.lower)))?.lower;
    const info = h ? sourceHead(h) : undefined;
    return !!info && !info.isRole && !RANKS.has(h!) && ["organization", "media", "government", "expert"].includes(info.kind);
  });
  for (const seg of segments) {
    const name: PhraseSpan | null = person ? null : trailingName(tokens, seg.from, seg.to);
    const nameText: string = name ? textOf(source, base, tokens, name.from, name.to) : "";
    const descTo = name ? name.from : seg.to;
    const hasDescription = descTo > seg.from && tokens.slice(seg.from, descTo).some((t) => t.isWord && !LEADING_DROP.has(t.lower));
    const words = name ? name.to - name.from : 0;
    const descHeads = tokens.slice(seg.from, descTo).filter((t) => sourceHead(t.lower) || RANKS.has(t.lower));
    const roleOk = !descHeads.length || descHeads.some((t) => sourceHead(t.lower)?.isRole || RANKS.has(t.lower));
    const afterPreposition = !!name && (PREPOSITIONS.has(tokens[name.from - 1]?.lower ?? "") || ["and", "&"].includes(tokens[name.from - 1]?.lower ?? ""));
    const orgWord = !!name && tokens.slice(name.from, name.to).some((t) => ORG_NAME_WORDS.has(t.lower));
    // An all-capitals single word is an acronym ("Sudan's RSF"), not a person's name.
    const acronym = words === 1 && /^[\p{Lu}\d]{2,6}$/u.test(nameText);
    const looksPerson = name && !afterPreposition && !orgWord && !acronym && !bodyAppositive && !isKnownOrgName(nameText) && !isKnownPlace(nameText) && (words >= 2 || hasDescription) && roleOk;
    if (looksPerson && name) {
      person = nameText.replace(/^(?:Mr|Mrs|Ms|Dr)\.?\s+/, "");
      if (hasDescription) descriptorParts.push(textOf(source, base, tokens, seg.from, descTo));
    } else {
      descriptorParts.push(textOf(source, base, tokens, seg.from, seg.to));
    }
  }
  const descriptor = descriptorParts.join(", ");
  const head = headOf(lowers);
  const capitalised = wordTokens.filter((t, i) => t.isCap && !(i === 0 && LEADING_DROP.has(t.lower)) && !/-(?:based|run|owned)$/.test(t.lower));
  const definite = !person && !capitalised.length && LEADING_DROP.has(lowers[0] ?? "") && !["one", "two", "three", "four", "several", "some", "many", "a", "an", "other", "another"].includes(lowers[0] ?? "");
  const isBare = !person && wordTokens.length === 1 && wordTokens[0]!.isCap;
  return {
    sentence, paragraph: 0, start, end, text, isAttribution,
    name: displayName(person ?? descriptor),
    person,
    descriptor,
    pronoun: null,
    definiteHead: definite ? head : null,
    head,
    isBare,
  };
}

/**
 * displayName's results for one article (the claims engine calls forgetDisplayNames() before each): a source is
 * named the same way again and again, and a name takes six RegExp passes.
 */
const displayNames = new Map<string, string>();

export function forgetDisplayNames(): void {
  displayNames.clear();
}

/** Strips leading determiners and trailing report words: "the Ukrainian General Staff’s evening report" → "Ukrainian General Staff". */
export function displayName(s: string): string {
  let name = displayNames.get(s);
  if (name === undefined) {
    // Bounded even if no engine run clears it (displayName is also called on its own).
    if (displayNames.size >= 2000) displayNames.clear();
    displayNames.set(s, (name = readDisplayName(s)));
  }
  return name;
}

function readDisplayName(s: string): string {
  // The brackets' RegExp tries every position of the name; most names have no bracket.
  const parts = (s.includes("(") ? s.replace(/\s*\([^)]*\)?/g, "") : s).split(/,\s*/)[0]!.split(/\s+/).filter(Boolean);
  while (parts.length > 1 && LEADING_DROP.has(parts[0]!.toLowerCase())) parts.shift();
  while (parts.length > 1 && TRAILING_DROP.has(parts[parts.length - 1]!.toLowerCase())) parts.pop();
  if (parts.length) {
    const last = parts.length - 1;
    parts[last] = parts[last]!.replace(/['’]s$/, "").replace(/['’]$/, "");
  }
  return parts.join(" ").replace(/^\(|\)$/g, "").trim() || s.trim();
}
