/**
 * Finds who a sentence attributes its content to: reporting verbs ("X said", "…,” said X"),
 * introducers ("according to X", "citing X"), "by X estimates", "X quoted Y as saying",
 * and headline forms ("Russia says …", "…, says Ukraine", "…: army").
 */
import type { Token } from "./tokens.ts";
import { DOCUMENT_NOUNS, NOUN_LIKE_VERBS, OPINION_VERBS, PRE_VERB_ADVERBS, PRONOUNS, REPORTING_VERBS } from "./lexicon.ts";
import { type PhraseSpan, phraseAfter, phraseBefore } from "./noun-phrase.ts";
import { sourceHead } from "../profiles/common.ts";

/** One attribution cue in a sentence and the phrase(s) naming its source. */
export interface Attribution {
  /** Source phrases as token spans (several for "Hamas and Iran said"). */
  speakers: PhraseSpan[];
  /** Token index of the cue (verb or introducer). */
  cue: number;
  verb: string;
  /** "did not say", "has not commented". */
  negated: boolean;
  /** An opinion or forecast verb ("predicted", "described"). */
  opinion: boolean;
  /** Sources named along the way that are not the speaker ("the newspaper quoted X as saying"). */
  carriers: PhraseSpan[];
}

const TELL = new Set(["tell", "tells", "told", "telling"]);
const NOUN_MARKERS = new Set(["the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "such", "any", "no", "our", "your", "my", "whose", "initial", "latest", "new", "unconfirmed", "earlier"]);
const NOUN_FOLLOWERS = new Set(["of", "by", "about", "from", "on", "that", "which", "were", "was", "is", "are", "could", "have", "has"]);
const NEGATORS = new Set(["not", "never", "n't", "didn't", "hasn't", "haven't", "doesn't", "wasn't", "cannot"]);
const BE = new Set(["was", "were", "is", "are", "been", "be", "being"]);
const PASSIVE_BRIDGE = new Set(["dead", "missing", "killed", "wounded", "injured", "captured", "or", "and", "as", "earlier", "previously"]);
const ESTIMATE_HEADS = new Set(["estimates", "estimate", "figures", "tallies", "tally", "count", "counts", "data", "statistics"]);

function words(tokens: Token[], span: PhraseSpan): Token[] {
  return tokens.slice(span.from, span.to).filter((t) => t.isWord);
}

/** A phrase can name a source: it has a capitalised word or a source head noun, or is a pronoun. */
export function isSourcePhrase(tokens: Token[], span: PhraseSpan): boolean {
  const ws = words(tokens, span);
  if (!ws.length) return false;
  if (ws.length === 1 && PRONOUNS.has(ws[0]!.lower)) return true;
  return ws.some((t) => (t.isCap && !/^\d/.test(t.text)) || sourceHead(t.lower) !== undefined);
}

/** Splits "Hamas and Iran" / "Several Russian media outlets and pro-Kremlin telegram channels". */
function splitConjunction(tokens: Token[], span: PhraseSpan): PhraseSpan[] {
  // "the Center for Strategic and International Studies": one name.
  for (let k = span.from; k < span.to; k++) {
    if (tokens[k]?.lower === "and") break;
    if (["of", "for"].includes(tokens[k]?.lower ?? "")) return [span];
  }
  const parts: PhraseSpan[] = [];
  let from = span.from;
  for (let k = span.from; k < span.to; k++) {
    if (tokens[k]?.lower === "and" && k > from) {
      parts.push({ from, to: k });
      from = k + 1;
    }
  }
  parts.push({ from, to: span.to });
  const valid = parts.filter((p) => p.to > p.from && isSourcePhrase(tokens, p));
  return valid.length === parts.length ? valid : [span];
}

function pronounAt(tokens: Token[], verb: number): PhraseSpan | null {
  let i = verb - 1;
  while (i >= 0 && tokens[i]?.isWord && !tokens[i]!.isCap && PRE_VERB_ADVERBS.has(tokens[i]!.lower)) i--;
  const t = tokens[i];
  return t && PRONOUNS.has(t.lower) && !t.inQuote ? { from: i, to: i + 1 } : null;
}

function isNegated(tokens: Token[], verb: number): boolean {
  for (let k = verb - 1; k >= Math.max(0, verb - 3); k--) {
    const t = tokens[k];
    if (!t) break;
    if (NEGATORS.has(t.lower)) return true;
  }
  return false;
}

function isNounUse(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!NOUN_LIKE_VERBS.has(t.lower)) return false;
  const prev = tokens[i - 1];
  if (!prev) return true;
  if (NOUN_MARKERS.has(prev.lower) || /['’]s$/.test(prev.lower) || prev.text === "’" || prev.text === "'") return true;
  // "by Ukrainian estimates", "according to US reports", "in a Telegram post"
  if (["by", "to", "of", "from", "with", "on", "in"].includes(tokens[i - 2]?.lower ?? "")) return true;
  const next = tokens[i + 1];
  return !!next && NOUN_FOLLOWERS.has(next.lower) && next.lower !== "that";
}

function isAsSaying(tokens: Token[], k: number): boolean {
  return tokens[k]?.lower === "as" && ["saying", "telling"].includes(tokens[k + 1]?.lower ?? "");
}

/** The subject of a passive reporting verb at `verb` ("X was quoted …"): the phrase before its auxiliary. */
function passiveSubject(tokens: Token[], verb: number): PhraseSpan | null {
  const aux = verb - 1;
  const span = pronounAt(tokens, aux) ?? phraseBefore(tokens, aux);
  return span && isSourcePhrase(tokens, span) ? span : null;
}

/** "X quoted Y as saying", "reported Y as saying": the quoted phrase (`span`, read after the verb), if any. */
function asSaying(tokens: Token[], span: PhraseSpan | null): PhraseSpan | null {
  if (!span) return null;
  const a = tokens[span.to];
  const b = tokens[span.to + 1];
  return a?.lower === "as" && (b?.lower === "saying" || b?.lower === "telling") ? span : null;
}

/** Whether the token at `k` ends an inverted speaker phrase ("…,” said X on Telegram." but not "said Izyum was"). */
function endsClause(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return true;
  if (!t.isWord) return t.text !== "’" && t.text !== "'";
  return ["on", "in", "at", "late", "early", "earlier", "last", "this", "after", "before", "during", "when", "while", "who", "which", "and", "as", "from", "to", "via"].includes(t.lower) || t.isCap;
}

function fromVerb(tokens: Token[], i: number): Attribution | null {
  const t = tokens[i]!;
  const base: Omit<Attribution, "speakers"> = {
    cue: i, verb: t.lower, negated: isNegated(tokens, i), opinion: false, carriers: [],
  };
  const prev = tokens[i - 1];
  // Passive with an agent: "troops reported dead or missing by the military", "was reported by TASS".
  let k = i + 1;
  while (k < tokens.length && k <= i + 4 && PASSIVE_BRIDGE.has(tokens[k]!.lower)) k++;
  if (tokens[k]?.lower === "by" && (k > i + 1 || BE.has(prev?.lower ?? ""))) {
    const agent = phraseAfter(tokens, k + 1);
    if (!agent || !isSourcePhrase(tokens, agent)) return null;
    // "X was quoted by TASS as saying …": X speaks, the agency carries it.
    if (k === i + 1 && isAsSaying(tokens, agent.to)) {
      const subject = passiveSubject(tokens, i);
      return subject ? { ...base, speakers: [subject], carriers: [agent] } : null;
    }
    return { ...base, speakers: [agent] };
  }
  if (BE.has(prev?.lower ?? "") && !/ing$/.test(t.lower)) {
    // "X was quoted as saying …"
    if (!isAsSaying(tokens, i + 1)) return null;
    const subject = passiveSubject(tokens, i);
    return subject ? { ...base, speakers: [subject] } : null;
  }
  // The phrase after the verb, read once: the quoted speaker of "X quoted Y as saying" or an inverted speaker.
  const after = phraseAfter(tokens, i + 1);
  const quoted = asSaying(tokens, after);
  // Inverted: "…,” said X" / "…, said Zhdanov," / "…, says Ukraine" (not "told X": X is the listener).
  if (!TELL.has(t.lower) && prev && (prev.text === "," || prev.text === "”" || prev.text === '"' || i === 0)) {
    if (after && isSourcePhrase(tokens, after) && !PRONOUNS.has(tokens[after.from]!.lower) && endsClause(tokens, after.to)) return { ...base, speakers: splitConjunction(tokens, after) };
  }
  const pronoun = pronounAt(tokens, i);
  let before = pronoun ?? phraseBefore(tokens, i);
  // "The EU's chief executive, Ursula von der Leyen, expressed sympathy …, but said …": the sentence's subject.
  if (!before && ["but", "and"].includes(prev?.lower ?? "")) before = phraseAfter(tokens, 0);
  if (!before || !isSourcePhrase(tokens, before)) return null;
  if (quoted) return { ...base, speakers: [quoted], carriers: [before] };
  return { ...base, speakers: splitConjunction(tokens, before) };
}

/** "according to X", "citing X", "by Ukrainian estimates". */
function fromIntroducer(tokens: Token[], i: number): Attribution | null {
  const t = tokens[i]!;
  let start = -1;
  if (t.lower === "according" && tokens[i + 1]?.lower === "to") start = i + 2;
  else if (t.lower === "citing") start = i + 1;
  if (start >= 0) {
    const span = phraseAfter(tokens, start);
    if (!span || !isSourcePhrase(tokens, span)) return null;
    return { speakers: splitConjunction(tokens, span), cue: i, verb: t.lower, negated: false, opinion: false, carriers: [] };
  }
  if (t.lower === "by") {
    const span = phraseAfter(tokens, i + 1);
    if (!span) return null;
    const last = tokens[span.to - 1];
    if (!last || !ESTIMATE_HEADS.has(last.lower)) return null;
    return { speakers: [span], cue: i, verb: "by", negated: false, opinion: false, carriers: [] };
  }
  return null;
}

/** Headline "Eight Thai soldiers killed in rebel ambush: army". */
function fromHeadlineColon(tokens: Token[]): Attribution | null {
  let colon = -1;
  for (let k = tokens.length - 1; k >= Math.max(0, tokens.length - 6); k--) {
    if (tokens[k]?.text === ":") {
      colon = k;
      break;
    }
  }
  // "Eight Thai soldiers killed in rebel ambush: army" — not "Live: …" or "Analysis: War in Gaza".
  if (colon < 4 || tokens.slice(0, colon).filter((t) => t.isWord).length < 4) return null;
  let end = tokens.length;
  while (end > colon + 1 && !tokens[end - 1]!.isWord) end--;
  const span = { from: colon + 1, to: end };
  if (span.to - span.from < 1 || span.to - span.from > 4 || !isSourcePhrase(tokens, span)) return null;
  return { speakers: [span], cue: colon, verb: ":", negated: false, opinion: false, carriers: [] };
}

/**
 * The words that can be a cue: reporting and opinion verbs, "according", "citing", "by", "ruled".
 * Any other word is passed over with one look-up (most words of a sentence).
 */
const CUE_WORDS = new Set([...REPORTING_VERBS, ...OPINION_VERBS, "according", "citing", "by", "ruled"]);

/**
 * Every attribution in one sentence, in text order. `isHeadline` enables the headline-only colon form.
 * Cues inside direct quotations are ignored (the speaker's own words, not the outlet's attribution).
 */
export function findAttributions(tokens: Token[], isHeadline: boolean): Attribution[] {
  const out: Attribution[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.isWord || t.inQuote || (t.isCap && i > 0) || !CUE_WORDS.has(t.lower)) continue;
    // ", saying …", ", adding …", ", described as …": a participle whose subject is the main clause's.
    if (tokens[i - 1]?.text === "," && ((t.lower.endsWith("ing") && REPORTING_VERBS.has(t.lower)) || (OPINION_VERBS.has(t.lower) && ["as", "by"].includes(tokens[i + 1]?.lower ?? "")))) continue;
    // "a statement posted on Telegram", "a video released by": a document, not its author.
    if (t.lower.endsWith("ed") && DOCUMENT_NOUNS.has(tokens[i - 1]?.lower ?? "")) continue;
    // "ruled out": a denial.
    if (t.lower === "ruled" && tokens[i + 1]?.lower === "out") {
      const a = fromVerb(tokens, i);
      if (a) out.push(a);
      continue;
    }
    let a: Attribution | null = null;
    if (REPORTING_VERBS.has(t.lower) && !isNounUse(tokens, i)) a = fromVerb(tokens, i);
    else if (OPINION_VERBS.has(t.lower)) {
      a = fromVerb(tokens, i);
      if (a) a.opinion = true;
    } else if (t.lower === "according" || t.lower === "citing" || t.lower === "by") a = fromIntroducer(tokens, i);
    if (a) out.push(a);
  }
  if (isHeadline && !out.length) {
    const a = fromHeadlineColon(tokens);
    if (a) out.push(a);
  }
  return out;
}
