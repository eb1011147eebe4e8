/**
 * The claims engine: attribution → sources (coreference) → sides → battlefield claims → status.
 *
 *   sentences ─▶ tokens + attributions ─▶ mentions ─▶ entities (one per real-world source)
 *        │                                              │
 *        └─▶ units (sentence or clause) ─▶ battlefield? ─┴─▶ claims with source, side, status, reasons
 */
import type { Claim, Source } from "../types.ts";
import type { Sentence } from "../sentences.ts";
import { selectProfiles } from "../profiles/index.ts";
import { tokenize, type Token } from "./tokens.ts";
import { findAttributions, type Attribution } from "./attribution.ts";
import { phraseAfter } from "./noun-phrase.ts";
import { forgetDisplayNames, parseMention, type Mention } from "./mentions.ts";
import { isGenericEntity, resolveEntities, type Entity } from "./entities.ts";
import { findBelligerentCountries, kindOf, placeSideOf, sideOf, type SideContext } from "./sides.ts";
import { isBattlefield, isConflictArticle } from "./classify.ts";
import { quoteSpeakers } from "./quotes.ts";
import { attributedRegion, splitUnits } from "./units.ts";
import { disclaimerFor, findDisclaimers, isConfirmed, reasonsFor, statusOf, type ClaimPlace } from "./status.ts";
import { buildSources, sideLabel } from "./sources.ts";
import { BLOCKING_WORDS } from "./lexicon.ts";

export interface ClaimsResult {
  claims: Claim[];
  sources: Source[];
  /** Canonical source name the sentence at this index is attributed to, if any. */
  sourceOfSentence: (sentenceIndex: number) => string | null;
  /** Conflict profile ids chosen from the text, e.g. ["russia-ukraine"]. */
  profiles: string[];
}

/** Per-sentence working data. */
interface SentenceWork {
  sentence: Sentence;
  tokens: Token[];
  openAtStart: boolean;
  openAtEnd: boolean;
  attributions: Attribution[];
  /** Mentions of each attribution's first speaker (same order as attributions). */
  speakerMentions: Mention[][];
}

const EMPTY: ClaimsResult = { claims: [], sources: [], sourceOfSentence: () => null, profiles: [] };

function isHeadline(s: Sentence): boolean {
  return s.paragraph <= 1 && !/[.!?”"]$/.test(s.text);
}

function readSentences(sentences: Sentence[]): SentenceWork[] {
  const out: SentenceWork[] = [];
  let open = false;
  let paragraph = -1;
  for (const s of sentences) {
    if (s.paragraph !== paragraph) open = false;
    paragraph = s.paragraph;
    const { tokens, openAtEnd } = tokenize(s.text, s.start, open);
    const attributions = findAttributions(tokens, isHeadline(s));
    out.push({ sentence: s, tokens, openAtStart: open, openAtEnd, attributions, speakerMentions: [] });
    open = openAtEnd;
  }
  return out;
}

function collectMentions(work: SentenceWork[]): Mention[] {
  forgetDisplayNames();
  const mentions: Mention[] = [];
  const push = (m: Omit<Mention, "id" | "entity">): Mention => {
    const full: Mention = {
      sentence: m.sentence, paragraph: work[m.sentence]?.sentence.paragraph ?? 0, start: m.start, end: m.end, text: m.text, isAttribution: m.isAttribution,
      name: m.name, person: m.person, descriptor: m.descriptor, pronoun: m.pronoun, definiteHead: m.definiteHead, head: m.head, isBare: m.isBare,
      id: mentions.length, entity: -1,
    };
    mentions.push(full);
    return full;
  };
  work.forEach((w, si) => {
    const { sentence, tokens } = w;
    // The sentence's own subject, for "he claimed" / "in which he said" inside it.
    if (w.attributions.some((a) => a.speakers.some((sp) => sp.to - sp.from === 1 && ["he", "she"].includes(tokens[sp.from]!.lower)))) {
      const subject = phraseAfter(tokens, 0);
      if (subject) {
        const m = parseMention(sentence.text, sentence.start, tokens, subject, si, false);
        if (m.person) push(m);
      }
    }
    for (const a of w.attributions) {
      const list: Mention[] = [];
      for (const sp of a.carriers) push(parseMention(sentence.text, sentence.start, tokens, sp, si, true));
      for (const sp of a.speakers) list.push(push(parseMention(sentence.text, sentence.start, tokens, sp, si, true)));
      w.speakerMentions.push(list);
    }
  });
  mentions.sort((a, b) => a.start - b.start);
  mentions.forEach((m, i) => (m.id = i));
  return mentions;
}

/** A claim found in a sentence: the token range of its unit and the entity that states it. */
type ClaimPlaceOf = ClaimPlace & { from: number; to: number; entityId: number };

/** What the engine may know about the page besides its text. */
export interface ClaimsOptions {
  /** The outlet publishing the page (og:site_name …): never listed as a source of its own article. */
  site?: string | null;
  /** Conflict profile ids already known to apply (a live blog's new posts, read apart from the story). */
  profiles?: readonly string[];
  /** The rest of the story is known to be about armed conflict (its new posts are, whatever their length). */
  conflict?: boolean;
}

/** Finds battlefield claims, their sources and sides. Never throws; linear in practice. */
export function analyzeClaims(text: string, sentences: Sentence[], options: ClaimsOptions = {}): ClaimsResult {
  if (typeof text !== "string" || !text.trim() || !sentences.length) return EMPTY;
  const profiles = selectProfiles(text, options.profiles);
  const work = readSentences(sentences);
  const mentions = collectMentions(work);
  const entities = resolveEntities(mentions, kindOf, text);
  let belligerent: Set<string> | null = null;
  const ctx: SideContext = {
    text,
    profiles,
    belligerentCountries: () => (belligerent ??= profiles.length ? new Set() : findBelligerentCountries(text)),
  };
  const sides = new Map<number, string>();
  for (const e of entities) sides.set(e.id, sideOf(e, ctx, () => contextOf(e, sentences)));
  const byId = new Map<number, Entity>(entities.map((e) => [e.id, e]));
  // Unqualified generic sources ("local authorities said") take the side of the places in the claim itself.
  const sideOfClaim = (entity: number, sentence: Sentence): string => {
    const e = byId.get(entity);
    const side = sides.get(entity) ?? "unknown";
    if (!e || !profiles.length || !isGenericEntity(e) || side === "independent" || side === "international") return side;
    return placeSideOf(sentence.text, profiles)?.id ?? side;
  };
  const { places, sentenceSource } = findClaimPlaces(work, sentences, sideOfClaim, options.conflict === true || isConflictArticle(text), text);
  const disclaimers = findDisclaimers(text, sentences, (i) => (work[i]?.attributions.length ?? 0) > 0);
  const names = buildSources(entities, sides, kindOf, places, disclaimers, profiles, options.site ?? null);
  const claims: Claim[] = places.map((p) => {
    const w = work[p.sentence]!;
    const span = unitSpan(w, p.from, p.to);
    const confirmed = isConfirmed(w.sentence.text);
    const d = disclaimerFor(p, places, disclaimers, sentences);
    const source = names.nameOf.get(p.entityId) ?? null;
    return {
      text: text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      source,
      side: p.side,
      status: statusOf(d, confirmed),
      reasons: reasonsFor(source, sideLabel(p.side, profiles), d, confirmed),
    };
  });
  return {
    claims,
    sources: names.sources,
    sourceOfSentence: (i) => names.nameOf.get(sentenceSource[i] ?? -1) ?? null,
    profiles: profiles.map((p) => p.id),
  };
}

/** The entity a sentence's own first usable (not negated) attribution names, per sentence. */
function ownEntities(work: SentenceWork[]): number[] {
  return work.map((w) => {
    const i = w.attributions.findIndex((a) => !a.negated);
    return i >= 0 ? (w.speakerMentions[i]?.[0]?.entity ?? -1) : -1;
  });
}

/**
 * Walks the sentences and finds the claim units: attributed clauses that state a battlefield event,
 * and unattributed sentences that belong to a speaker (a quotation's sentences, a line before a
 * lone "according to X", a sentence continuing a claim). `conflict` is false for articles that are
 * not about armed conflict: they get no claims.
 */
function findClaimPlaces(
  work: SentenceWork[], sentences: Sentence[], sideOfClaim: (entity: number, sentence: Sentence) => string, conflict: boolean, text: string,
): { places: ClaimPlaceOf[]; sentenceSource: number[] } {
  const own = ownEntities(work);
  const quoted = quoteSpeakers(sentences, work.map((w, i) => ({
    openAtStart: w.openAtStart,
    openAtEnd: w.openAtEnd,
    hasQuote: /["“”]/.test(w.sentence.text),
    startsWithQuote: /^["“«]/.test(w.sentence.text),
    entity: own[i]!,
  })));
  const trailing = trailingAttributions(work);
  const places: ClaimPlaceOf[] = [];
  const sentenceSource = new Array<number>(sentences.length).fill(-1);
  const add = (si: number, entity: number, from: number, to: number): void => {
    const sentence = work[si]!.sentence;
    places.push({ sentence: si, paragraph: sentence.paragraph, entity, entityId: entity, side: sideOfClaim(entity, sentence), from, to });
  };
  let prevClaimEntity = -1;
  work.forEach((w, si) => {
    const { tokens, sentence } = w;
    const usable = w.attributions.map((a, i) => ({ a, m: w.speakerMentions[i]?.[0] })).filter((x) => x.m && x.m.entity >= 0);
    let found = false;
    if (usable.length) {
      const units = splitUnits(tokens, usable.map((x) => x.a.cue), usable.map((x) => x.a.speakers[0]!.from), usable.map((x) => x.m!.entity));
      units.forEach((u, ui) => {
        const next = units[ui + 1];
        const inUnit = usable.slice(u.attribution, next ? next.attribution : usable.length);
        const pick = inUnit.find((x) => !x.a.negated && !x.a.opinion);
        if (sentenceSource[si]! < 0) sentenceSource[si] = (pick ?? inUnit[0])?.m?.entity ?? -1;
        if (!pick) return;
        const region = attributedRegion(tokens, u, pick.a.speakers[0]!.from, pick.a.cue);
        if (!conflict || !isBattlefield(tokens, region.from, region.to, speakerSkip(pick.a), sentence.text, sentence.start)) return;
        add(si, pick.m!.entity, u.from, u.to);
        found = true;
        prevClaimEntity = pick.m!.entity;
      });
    } else {
      const inherited = quoted[si]! >= 0 ? quoted[si]! : trailing[si]! >= 0 ? trailing[si]! : continuation(work, si, prevClaimEntity, places, text);
      if (inherited >= 0) {
        sentenceSource[si] = inherited;
        if (conflict && isBattlefield(tokens, 0, tokens.length, () => false, sentence.text, sentence.start)) {
          add(si, inherited, 0, tokens.length);
          found = true;
          prevClaimEntity = inherited;
        }
      }
    }
    if (!found && !w.attributions.length && quoted[si]! < 0) prevClaimEntity = -1;
  });
  return { places, sentenceSource };
}

/** Tokens of the attribution's source phrases: their words are not events ("Defense Ministry"). */
function speakerSkip(a: Attribution): (i: number) => boolean {
  const spans = [...a.speakers, ...a.carriers];
  // "Yevhen Zosin, a Kyiv resident who witnessed the attack, said …": the description is not the claim.
  const first = a.speakers[0];
  if (first && first.from < a.cue) spans.push({ from: first.from, to: a.cue });
  return (i) => spans.some((s) => i >= s.from && i < s.to);
}

/**
 * An unattributed sentence right after a claim in the same paragraph continues it
 * ("… , local police said. Two of the troops were hurt in a subsequent gun battle.").
 */
function continuation(work: SentenceWork[], si: number, prevClaimEntity: number, places: Array<{ sentence: number }>, text: string): number {
  if (prevClaimEntity < 0 || si === 0) return -1;
  const prev = work[si - 1]!;
  const cur = work[si]!;
  if (prev.sentence.paragraph !== cur.sentence.paragraph) return -1;
  if (text.slice(prev.sentence.end, cur.sentence.start).includes("\n")) return -1;
  if (!places.some((p) => p.sentence === si - 1)) return -1;
  if (!prev.attributions.length) return -1;
  const first = cur.tokens.find((t) => t.isWord)?.lower ?? "";
  if (SHIFT_WORDS.has(first)) return -1;
  if (cur.tokens.some((t) => BLOCKING_WORDS.has(t.lower) && t.text !== "May")) return -1;
  return prevClaimEntity;
}

/**
 * A line that is only an attribution ("according to the United Nations", split from its sentence by
 * a page's markup) attributes the unattributed sentence before it.
 */
function trailingAttributions(work: SentenceWork[]): number[] {
  const out = new Array<number>(work.length).fill(-1);
  for (let si = 1; si < work.length; si++) {
    const w = work[si]!;
    const a = w.attributions[0];
    const m = w.speakerMentions[0]?.[0];
    if (!a || !m || m.entity < 0 || a.negated) continue;
    const inSpeaker = (k: number) => a.speakers.some((sp) => k >= sp.from && k < sp.to);
    let rest = 0;
    w.tokens.forEach((t, k) => {
      if (t.isWord && !inSpeaker(k) && k !== a.cue && !(t.lower === "to" && k === a.cue + 1)) rest++;
    });
    const prev = work[si - 1]!;
    if (rest <= 1 && !prev.attributions.length && prev.sentence.paragraph === w.sentence.paragraph) out[si - 1] = m.entity;
  }
  return out;
}

/** Sentence openings that move the story on rather than continue the previous source. */
const SHIFT_WORDS = new Set(["since", "meanwhile", "separately", "elsewhere", "earlier", "later", "however", "but", "although", "though", "in", "on", "after", "before", "last", "next"]);

/** Character span of tokens [from, to) of a sentence, without a leading joiner comma. */
function unitSpan(w: SentenceWork, from: number, to: number): { start: number; end: number } {
  let a = from;
  let b = to;
  while (a < b && !w.tokens[a]!.isWord && !/[“"(‘]/.test(w.tokens[a]!.text)) a++;
  while (b > a && w.tokens[b - 1]!.text === ",") b--;
  if (a >= b) return { start: w.sentence.start, end: w.sentence.end };
  const start = a === 0 ? w.sentence.start : w.tokens[a]!.start;
  const end = b === w.tokens.length ? w.sentence.end : w.tokens[b - 1]!.end;
  return { start, end };
}

/** Text around an entity's first mentions: its sentences and the one before the first. */
function contextOf(e: Entity, sentences: Sentence[]): string {
  const idx = new Set<number>();
  for (const m of e.mentions.slice(0, 3)) {
    idx.add(m.sentence);
  }
  const first = e.mentions[0]?.sentence ?? 0;
  if (first > 0) idx.add(first - 1);
  return [...idx].sort((a, b) => a - b).map((i) => sentences[i]?.text ?? "").join(" ");
}
