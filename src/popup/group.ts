/** Pure views of an analysis for the popup: sources grouped by side, figures by category, counts. */
import type { Analysis, Claim, ClutterKind, Figure, FigureCategory, Side, Source } from "../core/types.ts";
import { compareSides } from "./sides.ts";

/** A claim with its index in `analysis.claims` (what "fogwatch:reveal" expects). */
export interface ClaimRef {
  claim: Claim;
  index: number;
}

/** A figure with its index in `analysis.figures`. */
export interface FigureRef {
  figure: Figure;
  index: number;
}

export interface SourceEntry {
  /** Stable key for lists and ids. */
  key: string;
  /** The source, or null for claims with no named source (or a name missing from `sources`). */
  source: Source | null;
  /** Index in `analysis.sources`, null for the pseudo-entries. */
  index: number | null;
  /** Display name: the source's name, or the claim's unmatched source name; null when unnamed. */
  name: string | null;
  claims: ClaimRef[];
}

export interface SideGroup {
  side: Side;
  entries: SourceEntry[];
  /** Battlefield claims from this side that the article does not confirm. */
  flagged: number;
  claims: number;
}

const norm = (s: string) => s.trim().toLowerCase();

/** Claims not confirmed by the article: the ones the extension highlights. */
export function countFlagged(a: Analysis): number {
  return a.claims.reduce((n, c) => n + (c.status === "confirmed" ? 0 : 1), 0);
}

/**
 * Groups sources by side, each with its claims (matched by name or alias). Claims whose source is
 * null or not among the sources are gathered under a pseudo-entry in their claim's side.
 */
export function groupBySide(a: Analysis): SideGroup[] {
  const byName = new Map<string, SourceEntry>();
  const entries: SourceEntry[] = a.sources.map((source, i) => {
    const entry: SourceEntry = { key: `s${i}`, source, index: i, name: source.name, claims: [] };
    for (const n of [source.name, ...source.aliases]) if (!byName.has(norm(n))) byName.set(norm(n), entry);
    return entry;
  });
  const orphans = new Map<string, SourceEntry & { side: Side }>();
  a.claims.forEach((claim, index) => {
    const match = claim.source === null ? undefined : byName.get(norm(claim.source));
    if (match) {
      match.claims.push({ claim, index });
      return;
    }
    const key = `u:${claim.side}:${claim.source === null ? "" : norm(claim.source)}`;
    let orphan = orphans.get(key);
    if (!orphan) {
      orphan = { key, source: null, index: null, name: claim.source, claims: [], side: claim.side };
      orphans.set(key, orphan);
    }
    orphan.claims.push({ claim, index });
  });

  const groups = new Map<Side, SideGroup>();
  const groupOf = (side: Side) => {
    let g = groups.get(side);
    if (!g) groups.set(side, (g = { side, entries: [], flagged: 0, claims: 0 }));
    return g;
  };
  entries.forEach((e) => groupOf(e.source?.side ?? "unknown").entries.push(e));
  for (const { side, ...e } of orphans.values()) groupOf(side).entries.push(e);

  for (const g of groups.values()) {
    g.entries.sort(compareEntries);
    for (const e of g.entries) {
      g.claims += e.claims.length;
      g.flagged += e.claims.filter((r) => r.claim.status !== "confirmed").length;
    }
  }
  return [...groups.values()].sort((x, y) => compareSides(x.side, y.side));
}

/** Most claims first, then most mentions; unnamed buckets after named sources with as many claims. */
function compareEntries(x: SourceEntry, y: SourceEntry): number {
  return (
    y.claims.length - x.claims.length ||
    (y.source?.mentions ?? 0) - (x.source?.mentions ?? 0) ||
    Number(x.source === null) - Number(y.source === null) ||
    (x.name ?? "").localeCompare(y.name ?? "")
  );
}

export const CATEGORY_ORDER: readonly FigureCategory[] = ["casualties", "weapons", "distance", "money", "count", "date", "other"];

export interface FigureGroup {
  category: FigureCategory;
  figures: FigureRef[];
}

/** Figures by category, in a fixed order (casualties and weapons first), article order within. */
export function groupFigures(a: Analysis): FigureGroup[] {
  const map = new Map<FigureCategory, FigureRef[]>();
  a.figures.forEach((figure, index) => {
    const list = map.get(figure.category) ?? [];
    list.push({ figure, index });
    map.set(figure.category, list);
  });
  const known = CATEGORY_ORDER.filter((c) => map.has(c)).map((category) => ({ category, figures: map.get(category) ?? [] }));
  const rest = [...map].filter(([c]) => !CATEGORY_ORDER.includes(c)).map(([category, figures]) => ({ category, figures }));
  return [...known, ...rest];
}

export const CLUTTER_ORDER: readonly ClutterKind[] = ["ad", "promo", "related", "newsletter", "social", "other"];

/** How many clutter items of each kind, most common first, only kinds present. */
export function countClutter(a: Analysis): Array<{ kind: ClutterKind; count: number }> {
  const counts = new Map<ClutterKind, number>();
  for (const c of a.clutter) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
  return CLUTTER_ORDER.filter((k) => counts.has(k))
    .map((kind) => ({ kind, count: counts.get(kind) ?? 0 }))
    .sort((x, y) => y.count - x.count);
}

/** The index of a figure in `analysis.figures` (same object, else same span), or -1. */
export function figureIndex(a: Analysis, f: Figure): number {
  const same = a.figures.indexOf(f);
  return same >= 0 ? same : a.figures.findIndex((g) => g.start === f.start && g.end === f.end);
}

export interface Passage {
  before: string;
  match: string;
  after: string;
}

/**
 * The sentence of `text` around [start, end), split so the span can be marked, and trimmed to about
 * `max` characters around the span with ellipses, so a figure can be read in context.
 */
export function passageAround(text: string, start: number, end: number, max = 220): Passage {
  const boundary = /[.!?…](?=["”’)\]]*\s)|\n/g;
  let from = 0;
  for (const m of text.slice(0, start).matchAll(boundary)) from = (m.index ?? 0) + m[0].length;
  boundary.lastIndex = 0;
  const next = boundary.exec(text.slice(end));
  let to = next ? end + next.index + next[0].length : text.length;
  let head = "";
  let tail = "";
  if (to - from > max) {
    const room = Math.max(0, max - (end - start));
    const cutFrom = Math.max(from, start - Math.floor(room / 2));
    const cutTo = Math.min(to, end + (room - (start - cutFrom)));
    if (cutFrom > from) head = "…";
    if (cutTo < to) tail = "…";
    from = cutFrom;
    to = cutTo;
  }
  return {
    before: head + text.slice(from, start).trimStart(),
    match: text.slice(start, end),
    after: text.slice(end, to).trimEnd() + tail,
  };
}
