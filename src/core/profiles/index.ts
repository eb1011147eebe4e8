/**
 * Conflict profiles as data, and the choice of profiles from an article's text.
 */
import type { ConflictProfile, ProfileSide } from "./types.ts";
import { RUSSIA_UKRAINE } from "./russia-ukraine.ts";
import { ISRAEL_GAZA } from "./israel-gaza.ts";
import { scan } from "./phrase-search.ts";

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

/**
 * Side mentions are counted in one scan of the text for every side of every profile, where one scan per
 * side used to be made (most of them over the whole text: a side that is not mentioned). A side term can
 * only match where a run of letters and digits starts, and that run is then the term's own first run
 * ("Hezbollah" of "Hezbollah's", "Al" of "Al-Manar"): inside the term a non-word character follows it,
 * at the term's end the term's RegExp asks for one. So one RegExp of all those first runs (as whole
 * words) finds every place where a side term may start, and there each side that has a term starting
 * with that run tries its own RegExp, made sticky, at that offset only. A side goes on from the end of
 * its last match, as its global RegExp does, so its count is the count of that RegExp.
 */
interface SideScan {
  side: ProfileSide;
  /** The side's phraseRegExp, sticky: tried at one offset. */
  sticky: RegExp;
  /** Matches that are enough (the profile's minPerSide). */
  limit: number;
}

/** Every side of every profile, by the first run of letters and digits of its terms. */
let sideIndex: { scans: SideScan[]; byFirstRun: Map<string, SideScan[]>; firstRuns: RegExp } | null = null;

const LEADING_RUN = /^[\p{L}\p{N}]+/u;

function indexSides(): NonNullable<typeof sideIndex> {
  const scans: SideScan[] = [];
  const byFirstRun = new Map<string, SideScan[]>();
  for (const profile of PROFILES) {
    for (const side of profile.sides) {
      const scan: SideScan = { side, sticky: new RegExp(phraseRegExp(sideTerms(side)).source, "uy"), limit: profile.minPerSide };
      scans.push(scan);
      for (const term of sideTerms(side)) {
        const run = LEADING_RUN.exec(term)?.[0];
        // A term that starts with another character would need a scan of its own; no profile has one.
        if (!run) throw new Error(`side term without a leading word: ${term}`);
        const list = byFirstRun.get(run) ?? [];
        if (!list.includes(scan)) list.push(scan);
        byFirstRun.set(run, list);
      }
    }
  }
  return { scans, byFirstRun, firstRuns: phraseRegExp([...byFirstRun.keys()]) };
}

/** How many times each side's terms occur in the text, counting no further than its limit. */
function countSideMentions(text: string): Map<ProfileSide, number> {
  const index = (sideIndex ??= indexSides());
  const counts = new Map<ProfileSide, number>(index.scans.map((s) => [s.side, 0]));
  /** Where each side's next match may start (the end of its last one). */
  const from = new Map<SideScan, number>();
  let open = index.scans.length;
  scan(index.firstRuns, text, (m) => {
    for (const s of index.byFirstRun.get(m[0]) ?? []) {
      const n = counts.get(s.side)!;
      if (n >= s.limit || m.index < (from.get(s) ?? 0)) continue;
      s.sticky.lastIndex = m.index;
      if (!s.sticky.test(text)) continue;
      counts.set(s.side, n + 1);
      from.set(s, s.sticky.lastIndex);
      if (n + 1 === s.limit) open--;
    }
    return open > 0;
  });
  return counts;
}

/** Whether at least `profile.minSides` of its sides are each mentioned `profile.minPerSide` times. */
function isProfilePresent(profile: ConflictProfile, counts: Map<ProfileSide, number>): boolean {
  return profile.sides.filter((s) => counts.get(s)! >= profile.minPerSide).length >= profile.minSides;
}

/**
 * Chooses the profiles an article is about: a profile applies when enough of its sides are each
 * mentioned often enough. A Syria article that names Russia but never Ukraine gets no profile.
 * Profiles whose ids are in `known` (chosen earlier from the rest of the story) apply regardless.
 */
export function selectProfiles(text: string, known: readonly string[] = []): ConflictProfile[] {
  let counts: Map<ProfileSide, number> | null = null;
  return PROFILES.filter((profile) => known.includes(profile.id) || isProfilePresent(profile, (counts ??= countSideMentions(text))));
}
