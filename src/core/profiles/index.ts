/**
 * Conflict profiles as data, and the choice of profiles from an article's text.
 */
import type { ConflictProfile, ProfileSide } from "./types.ts";
import { RUSSIA_UKRAINE } from "./russia-ukraine.ts";
import { ISRAEL_GAZA } from "./israel-gaza.ts";
import { countSideMentions, indexSidePhrases } from "./side-mentions.ts";

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

/** Every side of every profile, and their phrases indexed for one pass over a text. */
const ALL_SIDES = PROFILES.flatMap((p) => p.sides);
const SIDE_PHRASES = indexSidePhrases(ALL_SIDES, sideTerms);
const SIDE_LIMITS = PROFILES.flatMap((p) => p.sides.map(() => p.minPerSide));
/** Where each profile's sides start in ALL_SIDES. */
const SIDE_OFFSETS = PROFILES.map((_, i) => PROFILES.slice(0, i).reduce((n, p) => n + p.sides.length, 0));

/** How many of the profile's sides (at `offset` in ALL_SIDES) are mentioned often enough. */
function sidesPresent(profile: ConflictProfile, offset: number, counts: readonly number[]): number {
  let present = 0;
  profile.sides.forEach((_, i) => {
    if (counts[offset + i]! >= profile.minPerSide) present++;
  });
  return present;
}

/**
 * Chooses the profiles an article is about: a profile applies when enough of its sides are each
 * mentioned often enough. A Syria article that names Russia but never Ukraine gets no profile.
 * Profiles whose ids are in `known` (chosen earlier from the rest of the story) apply regardless.
 */
export function selectProfiles(text: string, known: readonly string[] = []): ConflictProfile[] {
  const applies = (profile: ConflictProfile, i: number, counts: readonly number[]): boolean =>
    known.includes(profile.id) || sidesPresent(profile, SIDE_OFFSETS[i]!, counts) >= profile.minSides;
  // Stops reading once every profile is known to apply; a profile that does not apply needs the whole text.
  const counts = countSideMentions(text, SIDE_PHRASES, SIDE_LIMITS, (c) => PROFILES.every((p, i) => applies(p, i, c)));
  return PROFILES.filter((p, i) => applies(p, i, counts));
}
