/**
 * Coreference: groups mentions into one entity per real-world source. Named mentions merge by a
 * normalised key ("Russia's Defence Ministry" = "Russian Defense Ministry"), surnames join the
 * person ("Malyar" → "Hanna Malyar"), definite descriptions ("the ministry", "the regional
 * governor") join the nearest compatible entity (backwards, then forwards), pronouns the nearest
 * person ("he", "she"), organisation ("it") or group ("they").
 */
import type { SourceKind } from "../types.ts";
import type { Mention } from "./mentions.ts";
import { countryOfWord, findKnownOrg, knownBody } from "./gazetteer.ts";
import { sourceHead } from "../profiles/common.ts";
import { DEFINITE_REFERENTS } from "./lexicon.ts";

export interface Entity {
  id: number;
  mentions: Mention[];
  /** Person's full name when the entity is a person. */
  person: string | null;
  /** Key used to merge named mentions. */
  key: string;
}

const KEY_DROP = new Set(["the", "a", "an", "of", "for", "in", "at", "on", "s", "and", "one", "two", "three", "several", "some", "its", "his", "her", "their", "mr", "mrs", "ms", "dr"]);
const SYNONYMS: Record<string, string> = { defence: "defense", mod: "defense ministry", tv: "television", spokesman: "spokesperson", spokeswoman: "spokesperson", organisation: "organization" };

/** Normalised content words of a name: demonyms and possessives become the country, spelling unified. */
export function nameKey(name: string): readonly string[] {
  let key = nameKeys.get(name);
  if (!key) nameKeys.set(name, (key = readNameKey(name)));
  return key;
}

/**
 * nameKey's results for one resolveEntities() call (it starts afresh; buildSources, right after it, still
 * finds them): every mention of a source is keyed, and mostly by the same few names.
 */
const nameKeys = new Map<string, readonly string[]>();

function readNameKey(name: string): string[] {
  const out = new Set<string>();
  for (const raw of name.toLowerCase().replace(/[’']s\b/g, "").replace(/[’'()]/g, " ").split(/[\s,]+/)) {
    if (!raw || KEY_DROP.has(raw)) continue;
    const country = countryOfWord(raw);
    const w = country ? country.toLowerCase() : SYNONYMS[raw] ?? singular(raw);
    for (const part of w.split(" ")) out.add(part);
  }
  return [...out].sort();
}

/** "rebels" → "rebel", "authorities" → "authority" (keys only). */
function singular(w: string): string {
  if (/ies$/.test(w) && w.length > 4) return w.slice(0, -3) + "y";
  if (/[^s]s$/.test(w) && w.length > 3 && !/(?:us|is|ss|news|media)$/.test(w)) return w.slice(0, -1);
  return w;
}

function headInfo(m: Mention) {
  return m.head ? sourceHead(m.head) : undefined;
}

/** Whether an entity is a person (named or by role). */
export function isPersonEntity(e: Entity): boolean {
  if (e.person) return true;
  return e.mentions.some((m) => !m.pronoun && headInfo(m)?.isRole === true);
}

function isGroupEntity(e: Entity): boolean {
  return e.mentions.some((m) => headInfo(m)?.isGroup === true || /s$/.test(m.name));
}

/** Kind-compatible heads for definite descriptions that rarely repeat the entity's own words. */
const HEAD_KINDS: Record<string, SourceKind[]> = {
  agency: ["media", "organization"],
  group: ["organization", "military"],
  organization: ["organization"],
  organisation: ["organization"],
  newspaper: ["media"],
  alliance: ["organization"],
  statement: ["government", "military", "official", "organization", "unknown", "person"],
};

/**
 * Groups mentions into entities. `kindOf` gives an entity's kind (for "the agency" → an organisation).
 * Mentions are in text order; every attribution mention gets an entity.
 */
export function resolveEntities(mentions: Mention[], kindOf: (e: Entity) => SourceKind, text = ""): Entity[] {
  personWordsMemo.clear();
  nameKeys.clear();
  const entities: Entity[] = [];
  const byKey = new Map<string, Entity>();
  // Words used to name each entity, built on first use and kept up to date (definite descriptions look them up).
  const words = new Map<number, Set<string>>();
  const wordsOf = (e: Entity): Set<string> => {
    let set = words.get(e.id);
    if (!set) {
      set = new Set();
      for (const m of e.mentions) if (!m.pronoun) for (const w of mentionWords(m)) set.add(w);
      words.set(e.id, set);
    }
    return set;
  };
  const add = (m: Mention, e: Entity): void => {
    e.mentions.push(m);
    m.entity = e.id;
    const set = words.get(e.id);
    if (set && !m.pronoun) for (const w of mentionWords(m)) set.add(w);
  };
  const create = (m: Mention, key: string, person: string | null): Entity => {
    const e: Entity = { id: entities.length, mentions: [], person, key };
    entities.push(e);
    byKey.set(key, e);
    add(m, e);
    return e;
  };
  // 0. Bodies a profile knows under several names ("IDF", "the Israeli military") are named, whatever the form.
  const bodyKey = new Map<Mention, string>();
  for (const m of mentions) {
    const body = m.pronoun ? null : knownBody(m.name);
    if (body) {
      bodyKey.set(m, "o:" + nameKey(body).join(" "));
      m.definiteHead = null;
      m.isBare = false;
    }
  }
  // 1. Full person names and named organisations.
  for (const m of mentions) {
    if (m.pronoun || m.definiteHead || m.isBare) continue;
    if (m.person) {
      const key = "p:" + nameKey(m.person).join(" ");
      const existing = byKey.get(key) ?? findPersonBySurname(entities, m.person, m.start);
      if (existing) add(m, existing);
      else create(m, key, m.person);
      continue;
    }
    const known = findKnownOrg(m.name);
    const acronym = /\(([A-Z]{2,})\)/.exec(m.text)?.[1] ?? "";
    const key = bodyKey.get(m) ?? "o:" + nameKey((known && known.name.length >= m.name.length - 4 ? known.name : m.name) + " " + acronym).join(" ");
    const existing = byKey.get(key);
    // Unqualified generic sources ("local authorities") far apart are different bodies.
    if (existing && !(isGeneric(m) && m.paragraph - (existing.mentions[existing.mentions.length - 1]?.paragraph ?? 0) > 1)) add(m, existing);
    else create(m, key, null);
  }
  // 2. Organisations named by a subset of a more specific one ("General Staff" → "Ukrainian General Staff").
  mergeSubsets(entities);
  // 3. Bare single names: a person's surname or given name, else a country or organisation.
  for (const m of mentions) {
    if (!m.isBare || m.entity >= 0) continue;
    const person = findPersonBySurname(entities, m.name, m.start);
    if (person) {
      add(m, person);
      continue;
    }
    const country = countryOfWord(m.name);
    const key = "o:" + (country ? country.toLowerCase() : nameKey(m.name).join(" "));
    const live = (e: Entity | undefined): Entity | undefined => (e && e.mentions.length ? e : undefined);
    const existing = live(byKey.get(key)) ?? entities.find((e) => !e.person && e.key === key && e.mentions.length) ?? (country ? null : qualifiedBy(entities, key.slice(2))) ?? byKey.get(key);
    if (existing) add(m, existing);
    else create(m, key, /^[A-Z][a-z]+$/.test(m.name) && !country && !findKnownOrg(m.name) && !sourceHead(m.name.toLowerCase()) ? m.name : null);
  }
  mergeAcronyms(entities);
  mergeEstimates(entities);
  // 4. Definite descriptions.
  for (const m of mentions) {
    if (!m.definiteHead || m.entity >= 0) continue;
    const target = findDefiniteTarget(entities, mentions, m, kindOf, wordsOf);
    const referent = target ? null : definiteReferent(m, text);
    if (target) add(m, target);
    else if (referent) {
      const key = "o:" + nameKey(referent).join(" ");
      const existing = byKey.get(key);
      m.name = referent;
      if (existing) add(m, existing);
      else create(m, key, null);
    } else {
      const key = "o:" + nameKey(m.name).join(" ");
      const existing = byKey.get(key);
      if (existing) add(m, existing);
      else create(m, key, null);
    }
  }
  // 5. Pronouns, in text order (a pronoun may refer to an entity found by another pronoun): one pass
  // keeping the latest person, organisation and group mentioned.
  let lastPerson: Mention | null = null;
  let lastThing: Mention | null = null;
  let lastGroup: Mention | null = null;
  const within = (x: Mention | null, m: Mention): Entity | null => (x && m.start - x.start <= 1500 ? entities[x.entity] ?? null : null);
  const personCache = new Map<number, boolean>();
  const groupCache = new Map<number, boolean>();
  for (const m of mentions) {
    if (m.pronoun && m.entity < 0) {
      const target = m.pronoun === "he" || m.pronoun === "she" ? within(lastPerson, m) : m.pronoun === "it" ? within(lastThing, m) : within(lastGroup, m) ?? within(lastThing, m);
      if (target) add(m, target);
    }
    if (m.entity < 0) continue;
    const e = entities[m.entity]!;
    let person = personCache.get(e.id);
    if (person === undefined) personCache.set(e.id, (person = isPersonEntity(e)));
    if (person) lastPerson = m;
    else {
      lastThing = m;
      let group = groupCache.get(e.id);
      if (group === undefined) groupCache.set(e.id, (group = isGroupEntity(e)));
      if (group) lastGroup = m;
    }
  }
  return entities.filter((e) => e.mentions.length);
}

/** The one organisation named by the bare name `word` and its country ("Houthis" → "Yemen's Houthis"). */
function qualifiedBy(entities: Entity[], word: string): Entity | null {
  if (!word || word.includes(" ")) return null;
  let found: Entity | null = null;
  for (const e of entities) {
    if (e.person || !e.mentions.length) continue;
    const parts = e.key.slice(2).split(" ");
    const rest = parts.filter((p) => p !== word);
    if (rest.length === parts.length || !rest.length || !rest.every((p) => countryOfWord(p))) continue;
    if (found) return null;
    found = e;
  }
  return found;
}

function lastToken(name: string): string {
  const parts = name.split(/\s+/);
  return (parts[parts.length - 1] ?? "").toLowerCase();
}

/** The person entity whose name contains `name`'s words (the nearest before `pos`, else the first after). */
/**
 * The lower-case words of a person's name, remembered for one resolveEntities() call (it starts afresh):
 * each bare name and each new person asks every person entity.
 */
const personWordsMemo = new Map<string, readonly string[]>();

function personWords(person: string): readonly string[] {
  let words = personWordsMemo.get(person);
  if (!words) personWordsMemo.set(person, (words = person.toLowerCase().split(/\s+/)));
  return words;
}

function findPersonBySurname(entities: Entity[], name: string, pos: number): Entity | null {
  const words = name.toLowerCase().split(/\s+/);
  let best: Entity | null = null;
  let bestDist = Infinity;
  for (const e of entities) {
    if (!e.person) continue;
    const parts = personWords(e.person);
    const ok = words.length === 1 ? parts.includes(words[0]!) : lastToken(name) === lastToken(e.person) && words.every((w) => parts.includes(w) || w.length <= 2);
    if (!ok) continue;
    const first = e.mentions[0]?.start ?? 0;
    const dist = first <= pos ? pos - first : (first - pos) * 2;
    if (dist < bestDist) {
      best = e;
      bestDist = dist;
    }
  }
  return best;
}

/** A mention made only of lower-case common words ("local authorities", "officials"). */
function isGeneric(m: Mention): boolean {
  return !/\p{Lu}/u.test(m.name) && !m.person;
}

/** An entity named only by common words, with no nationality or proper name ("local authorities"). */
export function isGenericEntity(e: Entity): boolean {
  return !e.person && e.mentions.every((m) => m.pronoun || isGeneric(m));
}

/** Initials of a name's capitalised words: "Rapid Support Forces" → "RSF", "Institute for the Study of War" → "ISW". */
function initials(name: string): string {
  return name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");
}

/** Merges an acronym ("RSF", "ISW") into the entity whose full name it abbreviates. */
function mergeAcronyms(entities: Entity[]): void {
  for (const small of entities) {
    if (small.person || !small.mentions.length) continue;
    const acro = small.mentions.map((m) => m.name.split(/\s+/).find((w) => /^[A-Z]{2,6}$/.test(w))).find((w) => w !== undefined);
    if (!acro) continue;
    const target = entities.find((e) => e !== small && !e.person && e.mentions.length && e.mentions.some((m) => initials(m.name) === acro && m.name.includes(" ")));
    if (!target) continue;
    for (const m of small.mentions) {
      m.entity = target.id;
      target.mentions.push(m);
    }
    target.mentions.sort((a, b) => a.start - b.start);
    small.mentions = [];
  }
}

const ESTIMATE_WORDS = new Set(["estimate", "figure", "tally", "tallie", "count", "data", "statistic"]);
const OFFICIAL_WORDS = new Set(["official", "authority", "government"]);

function moveMentions(from: Entity, to: Entity): void {
  for (const m of from.mentions) {
    m.entity = to.id;
    to.mentions.push(m);
  }
  to.mentions.sort((a, b) => a.start - b.start);
  from.mentions = [];
}

/** "Ukrainian estimates", "Israeli figures": the country's officials (or the country) when the article cites them. */
function mergeEstimates(entities: Entity[]): void {
  for (const e of entities) {
    if (e.person || !e.mentions.length) continue;
    const key = e.key.slice(2).split(" ");
    if (key.length !== 2) continue;
    const [a, b] = key as [string, string];
    const country = countryOfWord(a) ? a : countryOfWord(b) ? b : null;
    const other = country === a ? b : a;
    if (!country || !ESTIMATE_WORDS.has(other)) continue;
    const target =
      entities.find((x) => x !== e && x.mentions.length && x.key.slice(2).split(" ").length === 2 && x.key.includes(country) && [...OFFICIAL_WORDS].some((w) => x.key.includes(w))) ??
      entities.find((x) => x !== e && x.mentions.length && x.key === "o:" + country);
    if (target) moveMentions(e, target);
  }
}

function mergeSubsets(entities: Entity[]): void {
  mergeAcronyms(entities);
  // Each entity's key words once, not once per pair of entities (articles with many sources have thousands of pairs).
  const keyWords = new Map(entities.map((e) => [e, new Set(e.key.slice(2).split(" "))]));
  for (const small of entities) {
    if (small.person || !small.mentions.length) continue;
    const key = small.key.slice(2).split(" ").filter(Boolean);
    // A single word merges only into an entity named before it ("local police" … "police said").
    if (key.length < 2 && !(key.length === 1 && small.mentions.every((m) => !m.pronoun))) continue;
    const supers = entities.filter((e) => e !== small && !e.person && e.mentions.length && e.key.length > small.key.length && key.every((w) => keyWords.get(e)!.has(w)));
    if (supers.length !== 1) continue;
    const target = supers[0]!;
    // … unless it is the headline's short form of a source the story names in full ("…, hospital says").
    const headlineOnly = small.mentions.every((m) => m.paragraph === 0);
    if (key.length < 2 && !headlineOnly && (target.mentions[0]?.start ?? Infinity) > (small.mentions[0]?.start ?? 0) && !/\p{Lu}/u.test(small.mentions[0]?.name ?? "")) continue;
    for (const m of small.mentions) {
      m.entity = target.id;
      target.mentions.push(m);
    }
    target.mentions.sort((a, b) => a.start - b.start);
    small.mentions = [];
  }
}

/** How far (in mentions) a definite description looks for what it refers to. */
const DEFINITE_REACH = 200;

function mentionWords(x: Mention): string[] {
  return x.text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
}

/**
 * The entity a definite description refers to: the nearest earlier mention of a compatible entity
 * (one that uses the head noun, or of a fitting kind), else the nearest later one.
 * `mentions` is in text order with `id` = index.
 */
function findDefiniteTarget(
  entities: Entity[], mentions: Mention[], m: Mention, kindOf: (e: Entity) => SourceKind, wordsOf: (e: Entity) => Set<string>,
): Entity | null {
  const head = m.definiteHead!;
  const kinds = HEAD_KINDS[head];
  const kindCache = new Map<number, SourceKind>();
  const fits = (x: Mention): Entity | null => {
    if (x === m || x.pronoun || x.entity < 0) return null;
    const e = entities[x.entity];
    if (!e) return null;
    if (head === "statement") return m.start - x.start <= 600 && x.start < m.start ? e : null;
    if (wordsOf(e).has(head)) return e;
    if (!kinds) return null;
    let kind = kindCache.get(e.id);
    if (kind === undefined) {
      kind = kindOf(e);
      kindCache.set(e.id, kind);
    }
    return kinds.includes(kind) ? e : null;
  };
  for (let k = m.id - 1; k >= 0 && k >= m.id - DEFINITE_REACH; k--) {
    const e = fits(mentions[k]!);
    if (e) return e;
  }
  if (head === "statement") return null;
  for (let k = m.id + 1; k < mentions.length && k <= m.id + DEFINITE_REACH; k++) {
    const e = fits(mentions[k]!);
    if (e) return e;
  }
  return null;
}

/** Named referents of definite descriptions that are not sources elsewhere: "the alliance" → NATO. */
function definiteReferent(m: Mention, text: string): string | null {
  const names = DEFINITE_REFERENTS[m.definiteHead ?? ""];
  if (!names) return null;
  const before = text.slice(Math.max(0, m.start - 5000), m.start);
  return names.find((n) => new RegExp(`\\b${n}\\b`).test(before)) ?? null;
}
