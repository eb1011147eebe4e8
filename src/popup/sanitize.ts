/**
 * The analysis arrives from a content script as `unknown` with only its schema checked
 * (shared/messages.ts isPageState). This keeps what has the contract's shape and drops the rest,
 * so a malformed or older reply shows fewer items instead of breaking the popup.
 */
import type { Analysis, ArticleInfo, Claim, ClutterItem, Figure, FigureConflict, Source } from "../core/types.ts";

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown, fallback: string): string => (typeof v === "string" ? v : fallback);
const strOrNull = (v: unknown): string | null => (typeof v === "string" ? v : null);
const num = (v: unknown): number => (typeof v === "number" && Number.isFinite(v) ? v : 0);
const oneOf = <T extends string>(v: unknown, allowed: readonly T[], fallback: T): T => (allowed.includes(v as T) ? (v as T) : fallback);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
const list = <T>(v: unknown, item: (r: Rec) => T | null): T[] =>
  Array.isArray(v) ? v.flatMap((x) => (isRec(x) ? [item(x)].filter((y): y is T => y !== null) : [])) : [];

const STATUSES = ["disclaimed", "unverified", "confirmed"] as const;
const KINDS = ["government", "military", "official", "media", "expert", "organization", "person", "unknown"] as const;
const CATEGORIES = ["weapons", "casualties", "money", "distance", "date", "count", "other"] as const;
const CLUTTER = ["ad", "promo", "related", "newsletter", "social", "other"] as const;

function article(v: unknown): ArticleInfo | null {
  if (!isRec(v) || typeof v.text !== "string") return null;
  return {
    title: str(v.title, ""),
    site: strOrNull(v.site),
    byline: strOrNull(v.byline),
    published: strOrNull(v.published),
    language: str(v.language, "en"),
    words: num(v.words),
    text: v.text,
  };
}

function claim(r: Rec): Claim | null {
  if (typeof r.text !== "string") return null;
  return {
    text: r.text,
    start: num(r.start),
    end: num(r.end),
    source: strOrNull(r.source),
    side: str(r.side, "unknown"),
    status: oneOf(r.status, STATUSES, "unverified"),
    reasons: strings(r.reasons),
  };
}

function source(r: Rec): Source | null {
  if (typeof r.name !== "string") return null;
  return {
    name: r.name,
    aliases: strings(r.aliases),
    kind: oneOf(r.kind, KINDS, "unknown"),
    side: str(r.side, "unknown"),
    mentions: num(r.mentions),
    claims: num(r.claims),
  };
}

function figure(r: Rec): Figure | null {
  if (typeof r.text !== "string") return null;
  return {
    text: r.text,
    start: num(r.start),
    end: num(r.end),
    value: typeof r.value === "number" && Number.isFinite(r.value) ? r.value : null,
    unit: strOrNull(r.unit),
    approximate: r.approximate === true,
    category: oneOf(r.category, CATEGORIES, "other"),
    source: strOrNull(r.source),
  };
}

function clutterItem(r: Rec): ClutterItem | null {
  return typeof r.text === "string" ? { text: r.text, kind: oneOf(r.kind, CLUTTER, "other") } : null;
}

/** Figures in conflicts are kept as the same objects as in `figures` when they match by span. */
function conflict(r: Rec, figures: Figure[]): FigureConflict | null {
  const pair = list(r.figures, figure);
  const [a, b] = pair.map((f) => figures.find((g) => g.start === f.start && g.end === f.end && g.text === f.text) ?? f);
  if (!a || !b || typeof r.message !== "string") return null;
  return { kind: oneOf(r.kind, ["conversion", "restated"] as const, "restated"), message: r.message, figures: [a, b] };
}

/** A well-formed Analysis from whatever came in; anything not matching the contract is left out. */
export function sanitizeAnalysis(v: unknown): Analysis | null {
  if (!isRec(v) || v.schema !== "fogwatch.analysis/1") return null;
  const figures = list(v.figures, figure);
  return {
    schema: "fogwatch.analysis/1",
    article: article(v.article),
    claims: list(v.claims, claim),
    sources: list(v.sources, source),
    figures,
    clutter: list(v.clutter, clutterItem),
    profiles: strings(v.profiles),
    figureConflicts: list(v.figureConflicts, (r) => conflict(r, figures)),
  };
}
