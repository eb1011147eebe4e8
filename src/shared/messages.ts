/**
 * The message protocol between content script, background and popup: one typed map per direction,
 * and runtime guards, because anything that arrives is `unknown` until checked.
 */
import type { Analysis, ArticleMeta, ClutterItem, ClutterKind } from "../core/types.ts";

export type PageStatus = "article" | "not-article" | "off" | "error";

/** What a tab's content script knows about its page. */
export interface PageState {
  status: PageStatus;
  host: string;
  analysis: Analysis | null;
  /** Highlights shown in the page per annotation type, with those due in a huge story's parts not yet written (see AnnotationSession.holdSegment). */
  shown: { claims: number; sources: number; figures: number; clutter: number };
}

/** Requests the popup or background send to a tab's content script, with the reply each expects. */
export interface ContentRequests {
  "fogwatch:get-state": { request: Record<string, never>; reply: PageState };
  /** Scrolls to the index-th annotation of a kind (in `analysis` order) and flashes it. */
  "fogwatch:reveal": { request: { kind: "claim" | "figure" | "source"; index: number }; reply: boolean };
  /** Moves the focus to the next (1) or previous (-1) highlighted claim. */
  "fogwatch:step": { request: { direction: 1 | -1 }; reply: boolean };
}

/** What a content script asks the background to analyse: the mapped article text and what the page says about it. */
export interface AnalysisRequest {
  text: string;
  meta: ArticleMeta;
  clutter: ClutterItem[];
  /** Conflict profile ids known from the rest of the story (for new posts analysed apart from it). */
  profiles?: string[];
  /** The rest of the story is about armed conflict (new posts are read as part of it). */
  conflict?: boolean;
}

/** Messages content scripts send to the background. */
export interface BackgroundRequests {
  "fogwatch:page-state": { request: { state: PageState }; reply: void };
  /** Runs the core's analyze() off the page's main thread; the reply is the analysis. */
  "fogwatch:analyze": { request: AnalysisRequest; reply: Analysis };
}

/** The longest article text the background analyses (≈ 300,000 words); a longer text is cut by the sender. */
export const MAX_ANALYSIS_CHARS = 2_000_000;

export type ContentMessage = { [K in keyof ContentRequests]: { type: K } & ContentRequests[K]["request"] }[keyof ContentRequests];
export type BackgroundMessage = { [K in keyof BackgroundRequests]: { type: K } & BackgroundRequests[K]["request"] }[keyof BackgroundRequests];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;

/** Checks a message meant for a content script. */
export function isContentMessage(v: unknown): v is ContentMessage {
  if (!isRecord(v)) return false;
  switch (v.type) {
    case "fogwatch:get-state":
      return true;
    case "fogwatch:reveal":
      return (v.kind === "claim" || v.kind === "figure" || v.kind === "source") && isCount(v.index);
    case "fogwatch:step":
      return v.direction === 1 || v.direction === -1;
    default:
      return false;
  }
}

/** Checks the shape of a page state (the analysis inside is only checked for its schema). */
export function isPageState(v: unknown): v is PageState {
  if (!isRecord(v) || !isRecord(v.shown) || typeof v.host !== "string") return false;
  if (!["article", "not-article", "off", "error"].includes(v.status as string)) return false;
  const s = v.shown;
  if (![s.claims, s.sources, s.figures, s.clutter].every(isCount)) return false;
  return v.analysis === null || isAnalysis(v.analysis);
}

const CLUTTER_KINDS: readonly ClutterKind[] = ["ad", "promo", "related", "newsletter", "social", "other"];
const isOptionalText = (v: unknown) => v === undefined || v === null || typeof v === "string";

function isArticleMeta(v: unknown): v is ArticleMeta {
  return isRecord(v) && [v.title, v.site, v.byline, v.published, v.language].every(isOptionalText);
}

function isClutterItem(v: unknown): v is ClutterItem {
  return isRecord(v) && typeof v.text === "string" && CLUTTER_KINDS.includes(v.kind as ClutterKind);
}

/** Checks an analysis request: text within the size limit, metadata strings, clutter items. */
export function isAnalysisRequest(v: unknown): v is AnalysisRequest {
  return isRecord(v) && typeof v.text === "string" && v.text.length <= MAX_ANALYSIS_CHARS && isArticleMeta(v.meta) &&
    Array.isArray(v.clutter) && v.clutter.every(isClutterItem) &&
    (v.profiles === undefined || (Array.isArray(v.profiles) && v.profiles.length <= 16 && v.profiles.every((p) => typeof p === "string"))) &&
    (v.conflict === undefined || typeof v.conflict === "boolean");
}

/** Checks the shape of an analysis (schema and lists; the items are what our own background built). */
export function isAnalysis(v: unknown): v is Analysis {
  return isRecord(v) && v.schema === "fogwatch.analysis/1" &&
    [v.claims, v.sources, v.figures, v.clutter].every(Array.isArray) && (v.article === null || isRecord(v.article));
}

/** Checks a message meant for the background. */
export function isBackgroundMessage(v: unknown): v is BackgroundMessage {
  if (!isRecord(v)) return false;
  switch (v.type) {
    case "fogwatch:page-state":
      return isPageState(v.state);
    case "fogwatch:analyze":
      return isAnalysisRequest(v);
    default:
      return false;
  }
}
