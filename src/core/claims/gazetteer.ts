/**
 * Look-ups over the shared gazetteers and the chosen profiles: which country or side a word names,
 * whether a name is a known organisation.
 */
import { COUNTRIES, INDEPENDENT_BODIES, INTERNATIONAL_BODIES, MEDIA_OUTLETS } from "../profiles/common.ts";
import { PROFILES } from "../profiles/index.ts";
import { lowerCase } from "../char-class.ts";

/** Lower case, ’ as ', one trailing dot dropped; without running a RegExp when there is nothing to replace (called per word). */
function norm(s: string): string {
  let n = lowerCase(s);
  if (n.includes("’")) n = n.replace(/’/g, "'");
  return n.endsWith(".") ? n.slice(0, -1) : n;
}

const countryOf = new Map<string, string>();
for (const c of COUNTRIES) {
  for (const f of c.forms) {
    countryOf.set(norm(f), c.name);
    countryOf.set(norm(f) + "'s", c.name);
    if (/[^s]$/.test(f)) countryOf.set(norm(f) + "s", c.name); // "Ukrainians", "Russians"
  }
}
const media = new Set(MEDIA_OUTLETS.map(norm));
const international = new Set(INTERNATIONAL_BODIES.map(norm));
const independent = new Set(INDEPENDENT_BODIES.map(norm));
const leaders = new Set(PROFILES.flatMap((p) => p.sides.flatMap((s) => (s.leaders ?? []).map(norm))));
const places = new Set(PROFILES.flatMap((p) => p.sides.flatMap((s) => s.places.map(norm))));
const institutions = new Set(PROFILES.flatMap((p) => p.sides.flatMap((s) => s.institutions.map(norm))));

/**
 * The first three characters of every country form (those that are ASCII), hashed into a table: a
 * word that starts with three ASCII characters no form starts with names no country, and is turned
 * down without making its lower-case form. Lower case never shortens a string, and `norm` drops one
 * final dot at most, so a word of four or more characters keeps its first three (in lower case).
 */
const PREFIX_BITS = 0x7fff;
const countryPrefixes = new Uint8Array(PREFIX_BITS + 1);

function prefixHash(a: number, b: number, c: number): number {
  return (a * 16129 + b * 127 + c) & PREFIX_BITS;
}

for (const key of countryOf.keys()) {
  if (key.length < 3) continue;
  const a = key.charCodeAt(0), b = key.charCodeAt(1), c = key.charCodeAt(2);
  if (a < 128 && b < 128 && c < 128) countryPrefixes[prefixHash(a, b, c)] = 1;
}

/** An ASCII character code in lower case. */
function lowerCode(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** Whether `word` certainly names no country, judged by its first three characters. */
function cannotBeCountry(word: string): boolean {
  const n = word.length;
  if (n < 3) return false;
  const a = word.charCodeAt(0), b = word.charCodeAt(1), c = word.charCodeAt(2);
  if (a >= 128 || b >= 128 || c >= 128) return false;
  // "Abc." is "abc" after norm; a three-character word ending in a dot loses its third character.
  if (n === 3 && c === 46) return false;
  return countryPrefixes[prefixHash(lowerCode(a), lowerCode(b), lowerCode(c))] === 0;
}

/** The country a single word or phrase names ("Russian", "Kyiv", "Ukraine's" → "Ukraine"), or null. */
export function countryOfWord(word: string): string | null {
  if (cannotBeCountry(word)) return null;
  return countryOf.get(norm(word)) ?? null;
}

/** Acronyms ("WHO", "AP", "RT") only match in capitals, so "who" and "rt" are not organisations. */
const acronyms = new Set(
  [...MEDIA_OUTLETS, ...INTERNATIONAL_BODIES, ...INDEPENDENT_BODIES, ...PROFILES.flatMap((p) => p.sides.flatMap((s) => s.institutions))]
    .filter((x) => /^[A-Z.]{2,6}$/.test(x)).map(norm),
);

/** The kind of a known organisation name, or null. */
export function knownOrgKind(name: string): "media" | "international" | "independent" | "institution" | null {
  const n = norm(name).replace(/^the\s+/, "");
  if (acronyms.has(n) && !/^[A-Z.]+$/.test(name.replace(/^the\s+/i, ""))) return null;
  if (media.has(n)) return "media";
  if (international.has(n)) return "international";
  if (independent.has(n)) return "independent";
  if (institutions.has(n)) return "institution";
  return null;
}

/** Whether a capitalised name is an organisation or a country rather than a person. */
export function isKnownOrgName(name: string): boolean {
  if (knownOrgKind(name)) return true;
  if (countryOfWord(name)) return true;
  return name.split(/\s+/).some((w) => knownOrgKind(w) !== null || countryOfWord(w) !== null);
}

/** Whether a phrase contains a known organisation name as a whole-word substring; returns it (memoised). */
const knownOrgMemo = new Map<string, { name: string; kind: "media" | "international" | "independent" | "institution" } | null>();

export function findKnownOrg(phrase: string): { name: string; kind: "media" | "international" | "independent" | "institution" } | null {
  const memo = knownOrgMemo.get(phrase);
  if (memo !== undefined) return memo;
  if (knownOrgMemo.size > 5000) knownOrgMemo.clear();
  const found = scanKnownOrg(phrase);
  knownOrgMemo.set(phrase, found);
  return found;
}

function scanKnownOrg(phrase: string): { name: string; kind: "media" | "international" | "independent" | "institution" } | null {
  const words = phrase.replace(/[(),;]/g, " ").split(/\s+/).filter(Boolean).map((w) => w.replace(/['’]s$/, ""));
  // Longest n-gram first, up to 6 words.
  for (let n = Math.min(6, words.length); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const cand = words.slice(i, i + n).join(" ");
      const kind = knownOrgKind(cand);
      if (kind) return { name: cand, kind };
    }
  }
  return null;
}

/** Whether a name is a place a profile knows ("Mariupol", "Belgorod"). */
export function isKnownPlace(name: string): boolean {
  return places.has(norm(name));
}

/** Whether a name is a leader a profile knows ("Putin", "Zelensky"). */
export function isLeader(name: string): boolean {
  return leaders.has(norm(name));
}

const bodyOf = new Map<string, string>();
for (const p of PROFILES) for (const side of p.sides) for (const b of side.bodies ?? []) for (const a of [b.name, ...b.aliases]) bodyOf.set(norm(a), b.name);

/** The canonical name of a body a profile knows under several names ("IDF" → "Israel Defense Forces"), or null. */
export function knownBody(name: string): string | null {
  return bodyOf.get(norm(name).replace(/^the\s+/, "")) ?? null;
}
