/**
 * The analysis contract (see README "Analysis contract"; mirrors shared/spec/analysis.md).
 * Pure data: no DOM, no browser APIs.
 */

/** A side id from a conflict profile ("russia", "ukraine", …) or a common one. */
export type Side = string;

export type Status = "disclaimed" | "unverified" | "confirmed";

export type SourceKind =
  | "government" | "military" | "official" | "media" | "expert" | "organization" | "person" | "unknown";

export type FigureCategory = "weapons" | "casualties" | "money" | "distance" | "date" | "count" | "other";

export type ClutterKind = "ad" | "promo" | "related" | "newsletter" | "social" | "other";

export interface ArticleInfo {
  title: string;
  site: string | null;
  byline: string | null;
  published: string | null;
  language: string;
  words: number;
  text: string;
}

export interface Claim {
  text: string;
  start: number;
  end: number;
  source: string | null;
  side: Side;
  status: Status;
  reasons: string[];
}

export interface Source {
  name: string;
  aliases: string[];
  kind: SourceKind;
  side: Side;
  mentions: number;
  claims: number;
}

export interface Figure {
  text: string;
  start: number;
  end: number;
  value: number | null;
  unit: string | null;
  approximate: boolean;
  category: FigureCategory;
  source: string | null;
}

/** Two passages of the article whose figures cannot both be right (an extra field). */
export interface FigureConflict {
  kind: "conversion" | "restated";
  message: string;
  figures: [Figure, Figure];
}

export interface ClutterItem {
  text: string;
  kind: ClutterKind;
}

export interface Analysis {
  schema: "fogwatch.analysis/1";
  article: ArticleInfo | null;
  claims: Claim[];
  sources: Source[];
  figures: Figure[];
  clutter: ClutterItem[];
  /** Extra: the conflict profile(s) chosen from the text. */
  profiles?: string[];
  /** Extra: figures in the article that disagree with each other. */
  figureConflicts?: FigureConflict[];
}

/** What the page adapter (or a text file) knows about the article besides its text. */
export interface ArticleMeta {
  title?: string | null;
  site?: string | null;
  byline?: string | null;
  published?: string | null;
  language?: string | null;
}

/** A span of the article text: [start, end) offsets. */
export interface Span {
  start: number;
  end: number;
}
