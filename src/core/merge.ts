/**
 * One analysis for a page analysed in parts (a live blog's first read, then each batch of new posts):
 * what the popup shows for the whole page. Pure data in, pure data out; the parts are not changed.
 */
import type { Analysis, ArticleInfo, Source } from "./types.ts";

/** The name sources are merged by: case-insensitive, spaces and apostrophes normalised, no leading "the". */
export function sourceKey(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the /, "");
}

export interface MergedAnalyses {
  analysis: Analysis;
  /** For each part, the index in `analysis.sources` of each of its sources. */
  sourceIndexes: number[][];
}

/**
 * Merges analyses of parts of one page, in page-reading order of the parts:
 * - claims, figures, clutter and figure conflicts are concatenated in part order, so an annotation's
 *   index is its index in its part plus the counts of the parts before it;
 * - a source merges into the first source of an earlier part with the same `sourceKey` (mentions and
 *   claims summed, aliases unioned, name, kind and side kept from the first); sources of one part are
 *   never merged with each other (the core already decided they differ), so the first part's sources
 *   keep their indexes, and merging the result with more parts later gives the same as merging all at once;
 * - the article info is the first part's that has one, with the words of all parts summed;
 * - profiles are unioned in first-seen order.
 * One part is returned as it is (the same object); no parts give an empty analysis.
 */
export function mergeAnalysesWithIndexes(parts: readonly Analysis[]): MergedAnalyses {
  const [first] = parts;
  // Not analyze.ts's emptyAnalysis(): the content script merges, and must not bundle the analyser.
  if (!first) {
    const empty: Analysis = { schema: "fogwatch.analysis/1", article: null, claims: [], sources: [], figures: [], clutter: [] };
    return { analysis: empty, sourceIndexes: [] };
  }
  if (parts.length === 1) return { analysis: first, sourceIndexes: [first.sources.map((_, i) => i)] };
  const sources: Source[] = [];
  const byKey = new Map<string, number>();
  const sourceIndexes = parts.map((part) => {
    const indexes = part.sources.map((source) => {
      const at = byKey.get(sourceKey(source.name));
      if (at === undefined) return sources.push({ ...source, aliases: [...source.aliases] }) - 1;
      sources[at] = mergeSource(sources[at]!, source);
      return at;
    });
    // Only now: the part's own sources stay apart from each other.
    indexes.forEach((at, i) => {
      const key = sourceKey(part.sources[i]!.name);
      if (!byKey.has(key)) byKey.set(key, at);
    });
    return indexes;
  });
  const analysis: Analysis = {
    schema: first.schema,
    article: mergeArticles(parts),
    claims: parts.flatMap((p) => p.claims),
    sources,
    figures: parts.flatMap((p) => p.figures),
    clutter: parts.flatMap((p) => p.clutter),
  };
  if (parts.some((p) => p.profiles)) analysis.profiles = [...new Set(parts.flatMap((p) => p.profiles ?? []))];
  if (parts.some((p) => p.figureConflicts)) analysis.figureConflicts = parts.flatMap((p) => p.figureConflicts ?? []);
  return { analysis, sourceIndexes };
}

/** `mergeAnalysesWithIndexes(parts).analysis`. */
export function mergeAnalyses(parts: readonly Analysis[]): Analysis {
  return mergeAnalysesWithIndexes(parts).analysis;
}

function mergeSource(into: Source, other: Source): Source {
  const aliases = [...into.aliases];
  for (const alias of other.aliases) if (!aliases.includes(alias)) aliases.push(alias);
  return {
    ...into,
    aliases,
    mentions: into.mentions + other.mentions,
    claims: into.claims + other.claims,
  };
}

function mergeArticles(parts: readonly Analysis[]): ArticleInfo | null {
  const first = parts.find((p) => p.article)?.article;
  if (!first) return null;
  const words = parts.reduce((sum, p) => sum + (p.article?.words ?? 0), 0);
  return { ...first, words };
}
