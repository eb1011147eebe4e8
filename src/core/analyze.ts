import type { Analysis, ArticleMeta, ClutterItem } from "./types.ts";
import { segmentSentences } from "./sentences.ts";
import { analyzeClaims } from "./claims/index.ts";
import { extractFigures } from "./figures/index.ts";
import { LETTER, NUMBER, classAt, sizeAt } from "./char-class.ts";

export const SCHEMA = "fogwatch.analysis/1" as const;

export interface AnalyzeOptions {
  /** Clutter already found around the text (by the page adapter or the text splitter). */
  clutter?: ClutterItem[];
  /**
   * Conflict profile ids known from the rest of the story (a live blog's new posts are analysed apart
   * from it): they apply even when this text alone is too short to select them.
   */
  profiles?: readonly string[];
  /** The rest of the story is known to be about armed conflict (see ClaimsOptions.conflict). */
  conflict?: boolean;
}

const WORD = LETTER | NUMBER;

/**
 * Counts words the way readers do: runs of letters or digits, joined by single apostrophes or
 * hyphens (what /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*\/gu matches), in one pass without the array of matches.
 */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    // ASCII (most characters) without the code point look-up.
    const isWordChar = c < 128 ? (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) : (classAt(text, i) & WORD) !== 0;
    if (isWordChar) {
      if (!inWord) n++;
      inWord = true;
    } else if (inWord && isJoiner(c) && classAt(text, i + 1) & WORD) {
      // A joiner inside a word: the word goes on.
    } else {
      inWord = false;
    }
    i += c < 0xd800 ? 1 : sizeAt(text, i);
  }
  return n;
}

function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45;
}

function firstLine(text: string): string {
  const line = text.trimStart().split("\n", 1)[0] ?? "";
  return line.trim();
}

/**
 * Analyses article text: claims, sources, sides, figures. Pure: no DOM, never throws on text.
 * `text` is the article as a reader would copy it (title first, paragraphs split by blank lines).
 */
export function analyze(text: string, meta: ArticleMeta = {}, options: AnalyzeOptions = {}): Analysis {
  const clean = typeof text === "string" ? text : "";
  const sentences = segmentSentences(clean);
  const claimsResult = analyzeClaims(clean, sentences, {
    site: meta.site ?? null,
    profiles: options.profiles ?? [],
    conflict: options.conflict === true,
  });
  const figuresResult = extractFigures(clean, sentences, claimsResult.sourceOfSentence);
  return {
    schema: SCHEMA,
    article: {
      title: meta.title?.trim() || firstLine(clean),
      site: meta.site ?? null,
      byline: meta.byline ?? null,
      published: meta.published ?? null,
      language: meta.language || "en",
      words: countWords(clean),
      text: clean,
    },
    claims: claimsResult.claims,
    sources: claimsResult.sources,
    figures: figuresResult.figures,
    clutter: options.clutter ?? [],
    profiles: claimsResult.profiles,
    figureConflicts: figuresResult.conflicts,
  };
}

/** The analysis of a page that is not an article: nothing to annotate. */
export function emptyAnalysis(): Analysis {
  return { schema: SCHEMA, article: null, claims: [], sources: [], figures: [], clutter: [] };
}
