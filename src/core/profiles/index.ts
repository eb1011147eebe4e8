/**
 * Conflict profiles as data, and the choice of profiles from an article's text.
 */
import type { ConflictProfile, ProfileSide } from "./types.ts";
import { RUSSIA_UKRAINE } from "./russia-ukraine.ts";
import { ISRAEL_GAZA } from "./israel-gaza.ts";
import { countPhrases } from "./phrase-search.ts";

export type { ConflictProfile, ProfileSide } from "./types.ts";

/** Every profile the extension ships. */
export const PROFILES: ConflictProfile[] = [RUSSIA_UKRAINE, ISRAEL_GAZA];

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A case-sensitive whole-word matcher for a list of phrases; apostrophes match both ' and ’.
 * Longest phrases first so "RIA Novosti" wins over "RIA".
 */
export function phraseRegExp(phrases: string[], flags = "gu"): RegExp {
  const alts = [...new Set(phrases)]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/['’]/g, "['’]"));
  if (!alts.length) return /(?!)/gu;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join("|")})(?![\\p{L}\\p{N}])`, flags);
}

/** Words that identify a side anywhere in a text (names, demonyms, institutions, leaders). */
export function sideTerms(side: ProfileSide): string[] {
  return [...side.names, ...side.demonyms, ...side.institutions, ...(side.leaders ?? [])];
}

const sideCounters = new Map<ProfileSide, RegExp>();

/** Whether the side's terms occur at least `min` times in the text (the scan stops there). */
function isSideMentioned(text: string, side: ProfileSide, min: number): boolean {
  let re = sideCounters.get(side);
  if (!re) {
    re = phraseRegExp(sideTerms(side));
    sideCounters.set(side, re);
  }
  return countPhrases(re, text, min) >= min;
}

/** Whether at least `profile.minSides` of its sides are each mentioned `profile.minPerSide` times; stops once decided. */
function isProfilePresent(text: string, profile: ConflictProfile): boolean {
  let present = 0;
  profile.sides.forEach((s, i) => {
    const left = profile.sides.length - i;
    if (present >= profile.minSides || present + left < profile.minSides) return;
    if (isSideMentioned(text, s, profile.minPerSide)) present++;
  });
  return present >= profile.minSides;
}

/**
 * Chooses the profiles an article is about: a profile applies when enough of its sides are each
 * mentioned often enough. A Syria article that names Russia but never Ukraine gets no profile.
 * Profiles whose ids are in `known` (chosen earlier from the rest of the story) apply regardless.
 */
export function selectProfiles(text: string, known: readonly string[] = []): ConflictProfile[] {
  const out: ConflictProfile[] = [];
  for (const profile of PROFILES) {
    if (known.includes(profile.id)) {
      out.push(profile);
      continue;
    }
    if (isProfilePresent(text, profile)) out.push(profile);
  }
  return out;
}
