/**
 * Sides and kinds of sources, from what the text says about them: titles and organisations
 * ("Ukrainian Deputy Defense Minister", "Hamas-run health ministry", "IDF"), places named in their
 * description ("the governor of Luhansk province"), proxy markers ("pro-Russian separatists"),
 * and, for officials described by role only, the places around the mention.
 */
import type { Side, SourceKind } from "../types.ts";
import type { ConflictProfile, ProfileSide } from "../profiles/index.ts";
import { phraseRegExp } from "../profiles/index.ts";
import { countPhrases, firstPhrase } from "../profiles/phrase-search.ts";
import { ARMED_GROUPS, ARMED_WORDS, COUNTRIES, FORCE_NOUNS, INDEPENDENT_DESCRIPTORS, sourceHead } from "../profiles/common.ts";
import { countryOfWord, findKnownOrg } from "./gazetteer.ts";
import type { Entity } from "./entities.ts";

/** What side detection knows about the article. */
export interface SideContext {
  text: string;
  profiles: ConflictProfile[];
  /**
   * Countries whose forces fight in a no-profile article, lower case. A function, remembered after
   * its first call: only a source described by its country asks, so most articles never scan for them.
   */
  belligerentCountries: () => Set<string>;
}

interface SideMatchers {
  side: ProfileSide;
  proxy: RegExp;
  strong: RegExp;
  weak: RegExp;
  places: RegExp;
}

const matcherCache = new WeakMap<ProfileSide, SideMatchers>();

function matchers(side: ProfileSide): SideMatchers {
  let m = matcherCache.get(side);
  if (!m) {
    m = {
      side,
      proxy: phraseRegExp(side.proxyMarkers, "iu"),
      strong: phraseRegExp([...side.institutions, ...(side.leaders ?? [])], "u"),
      weak: phraseRegExp([...side.names, ...side.demonyms], "u"),
      places: phraseRegExp(side.places, "u"),
    };
    matcherCache.set(side, m);
  }
  return m;
}

const ARMED_RE = phraseRegExp(ARMED_GROUPS, "u");
const ARMED_WORDS_RE = phraseRegExp(ARMED_WORDS, "iu");

function allSides(profiles: ConflictProfile[]): ProfileSide[] {
  return profiles.flatMap((p) => p.sides);
}

/** The profile side a description names, by proxy markers, then institutions, then demonyms, then places. */
export function profileSideOf(desc: string, profiles: ConflictProfile[]): ProfileSide | null {
  const sides = allSides(profiles);
  for (const key of ["proxy", "strong", "weak", "places"] as const) {
    let best: ProfileSide | null = null;
    let bestPos = Infinity;
    for (const s of sides) {
      const m = firstPhrase(matchers(s)[key], desc);
      if (m && m.index < bestPos) {
        best = s;
        bestPos = m.index;
      }
    }
    if (best) return best;
  }
  return null;
}

const extraRegExps = new WeakMap<SideMatchers, Map<string, RegExp>>();

function cached(m: SideMatchers, key: string, make: () => RegExp): RegExp {
  let map = extraRegExps.get(m);
  if (!map) extraRegExps.set(m, (map = new Map()));
  let re = map.get(key);
  if (!re) map.set(key, (re = make()));
  return re;
}

const placeSides = new WeakMap<ConflictProfile[], Map<string, ProfileSide | null>>();

/**
 * The profile side whose places and place phrases ("the Russian city of") appear most in a passage.
 * Remembered per profile list: one analysis asks again for the whole text (each role-only official)
 * and for a sentence (each of its claims).
 */
export function placeSideOf(passage: string, profiles: ConflictProfile[]): ProfileSide | null {
  let seen = placeSides.get(profiles);
  if (!seen) placeSides.set(profiles, (seen = new Map()));
  const known = seen.get(passage);
  if (known !== undefined) return known;
  const side = countPlaceSide(passage, profiles);
  seen.set(passage, side);
  return side;
}

function countPlaceSide(passage: string, profiles: ConflictProfile[]): ProfileSide | null {
  let best: ProfileSide | null = null;
  let bestN = 0;
  for (const s of allSides(profiles)) {
    const m = matchers(s);
    const places = cached(m, "places", () => new RegExp(m.places.source, "gu"));
    const weak = cached(m, "weakPlace", () => new RegExp(m.weak.source + "\\s+(?:city|town|village|region|province|oblast|district|capital)", "gu"));
    const names = cached(m, "names", () => phraseRegExp(m.side.names, "gu"));
    const n = countPhrases(places, passage) + 2 * countPhrases(weak, passage) + countPhrases(names, passage);
    if (n > bestN) {
      best = s;
      bestN = n;
    }
  }
  return best;
}

/** The distinct ways an entity is named (at most a few: enough to find its titles and organisation). */
function entityText(e: Entity): string {
  const seen = new Set<string>();
  for (const m of e.mentions) {
    if (m.pronoun) continue;
    seen.add(m.text);
    if (m.name !== m.text && !m.text.includes(m.name)) seen.add(m.name);
    if (seen.size >= 8) break;
  }
  return [...seen].join("; ");
}

function headsOf(e: Entity) {
  return e.mentions.map((m) => (m.head ? sourceHead(m.head) : undefined)).filter((h) => h !== undefined);
}

/** The kind of source an entity is. */
export function kindOf(e: Entity): SourceKind {
  const heads = headsOf(e);
  const text = entityText(e);
  const known = findKnownOrg(text);
  if (heads.some((h) => h.kind === "expert")) return "expert";
  if (known?.kind === "media") return "media";
  if (e.person) {
    const role = heads.find((h) => h.isRole);
    return role ? (role.kind === "official" || role.kind === "military" ? "official" : role.kind) : "person";
  }
  // "news agency" is media; "civil defence agency", "humanitarian agency" are organisations.
  if (heads.length) return heads[0]!.kind === "media" && /\bagency\b/i.test(text) && !/\b(?:news|press|state)\b/i.test(text) ? "organization" : heads[0]!.kind;
  if (known?.kind === "international" || known?.kind === "independent") return "organization";
  if (known?.kind === "institution") return "organization";
  if (e.mentions.some((m) => countryOfWord(m.name))) return "government";
  return "unknown";
}

/** Whether a description names a state or military organ ("junta's", "army"), possessive or not. */
function stateWordIn(desc: string): boolean {
  for (const w of desc.toLowerCase().split(/[^\p{L}'’]+/u)) {
    const h = sourceHead(w.replace(/['’]s?$/, ""));
    if (h?.isState && (h.kind === "government" || h.kind === "military")) return true;
  }
  return false;
}

/** Countries whose names are two words or more ("Sri Lanka", "United States"). */
const MULTI_WORD_COUNTRIES = COUNTRIES.filter((c) => c.name.includes(" "));

/** Countries (lower case) named in a description. */
function countriesIn(desc: string): string[] {
  const out: string[] = [];
  for (const w of desc.split(/[^\p{L}'’.]+/u)) {
    const c = countryOfWord(dropFinalDot(w));
    if (c) out.push(c.toLowerCase());
  }
  // Two-word country names ("Sri Lanka", "United States").
  for (const c of MULTI_WORD_COUNTRIES) {
    if (desc.includes(c.name)) out.push(c.name.toLowerCase());
  }
  return out;
}

/**
 * The side of an entity. `context` gives the text around its first mentions (for role-only officials, the
 * only ones that need it: it is made on demand).
 */
export function sideOf(e: Entity, ctx: SideContext, context: () => string): Side {
  const desc = entityText(e);
  const heads = headsOf(e);
  const known = findKnownOrg(desc);
  // "a rights group", "a humanitarian organisation": tested once (the branches below ask up to twice).
  const independentWords = INDEPENDENT_DESCRIPTORS.test(desc);
  const isIndependentKind = heads.some((h) => h.isIndependent) || independentWords;
  const isPersonOnly = heads.some((h) => h.kind === "person" && h.isIndependent);
  if (ctx.profiles.length) {
    // Residents, witnesses and aid workers speak for themselves, wherever they live; so do rights groups.
    if (isPersonOnly || independentWords) return "independent";
    const side = profileSideOf(desc, ctx.profiles);
    if (side) return side.id;
    if (known?.kind === "international") return "international";
    const countries = countriesIn(desc);
    // A foreign state's own media speak for that state: "the Belarusian state news agency Belta".
    if (/\bstate(?:-run|-owned)?\b/i.test(desc) && countries.length) return "international";
    if (known?.kind === "independent" || known?.kind === "media" || isIndependentKind) return "independent";
    if (countries.length) return "international";
    // Officials named by role only: the places around them, then the article's home side.
    if (heads.some((h) => h.isState)) {
      const near = placeSideOf(context(), ctx.profiles) ?? placeSideOf(ctx.text, ctx.profiles);
      if (near) return near.id;
    }
    return "unknown";
  }
  if (known?.kind === "international") return "international";
  // firstPhrase: the RegExps without their leading look-behind, which V8 would test at every position.
  if (firstPhrase(ARMED_RE, desc) || firstPhrase(ARMED_WORDS_RE, desc)) return "belligerent";
  if (known?.kind === "independent" || isIndependentKind) return "independent";
  if (known?.kind === "media") return /\bstate\b/i.test(desc) ? "belligerent" : "independent";
  const countries = countriesIn(desc);
  if (countries.length) return countries.some((c) => ctx.belligerentCountries().has(c)) ? "belligerent" : "international";
  if (heads.some((h) => h.kind === "media")) return /\bstate\b/i.test(desc) ? "belligerent" : "independent";
  if (heads.some((h) => h.isState)) return "belligerent";
  // "the junta's information team": a state or military organ named inside the description.
  if (stateWordIn(desc)) return "belligerent";
  return "unknown";
}

/** The word without one trailing dot ("U.S." → "U.S"). */
function dropFinalDot(w: string): string {
  return w.endsWith(".") ? w.slice(0, -1) : w;
}

const SETTING_WORDS = new Set(["in", "southern", "northern", "eastern", "western", "central"]);

/**
 * Countries whose forces take part in the fighting an article describes (no profile): those named
 * with their forces at least twice ("Turkish troops", "US military"), and the country the article
 * is set in ("in Afghanistan").
 */
export function findBelligerentCountries(text: string): Set<string> {
  const forces = new Map<string, number>();
  const setting = new Map<string, number>();
  // The country the article is most about.
  const counts = new Map<string, number>();
  const words = text.match(/[\p{L}][\p{L}'’.\-]*/gu) ?? [];
  for (let i = 0; i < words.length; i++) {
    const c = countryOfWord(dropFinalDot(words[i]!));
    if (!c) continue;
    const key = c.toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
    for (let k = i + 1; k <= i + 3 && k < words.length; k++) {
      if (FORCE_NOUNS.has(words[k]!.toLowerCase())) {
        forces.set(key, (forces.get(key) ?? 0) + 1);
        break;
      }
    }
    if (i > 0 && SETTING_WORDS.has(words[i - 1]!.toLowerCase())) setting.set(key, (setting.get(key) ?? 0) + 1);
  }
  const out = new Set<string>();
  for (const [c, n] of forces) if (n >= 2) out.add(c);
  let best = "";
  let bestN = 0;
  for (const [c, n] of counts) if (n > bestN) [best, bestN] = [c, n];
  if (bestN >= 3) out.add(best);
  let top = 0;
  for (const n of setting.values()) top = Math.max(top, n);
  if (top >= 2) for (const [c, n] of setting) if (n === top) out.add(c);
  return out;
}
