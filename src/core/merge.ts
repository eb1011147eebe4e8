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

/**
 * Merges parts one at a time, with the same result as `mergeAnalysesWithIndexes` over all the parts
 * so far, in time proportional to the part added rather than to everything merged before it (a live
 * blog adds a few posts at a time to thousands). `analysis` is the merge so far, updated in place by
 * `add`; the parts are not changed.
 */
export class AnalysisMerger {
  readonly analysis: Analysis;
  /** Source key → index of the first merged source with it. */
  private readonly byKey = new Map<string, number>();

  constructor(first: Analysis) {
    this.analysis = {
      schema: first.schema,
      article: first.article ? { ...first.article } : null,
      claims: [...first.claims],
      sources: first.sources.map((s) => ({ ...s, aliases: [...s.aliases] })),
      figures: [...first.figures],
      clutter: [...first.clutter],
    };
    if (first.profiles) this.analysis.profiles = [...new Set(first.profiles)];
    if (first.figureConflicts) this.analysis.figureConflicts = [...first.figureConflicts];
    first.sources.forEach((source, i) => {
      const key = sourceKey(source.name);
      if (!this.byKey.has(key)) this.byKey.set(key, i);
    });
  }

  /** Merges in the next part; returns the merged index of each of its sources. */
  add(part: Analysis): number[] {
    const merged = this.analysis;
    const keys = part.sources.map((source) => sourceKey(source.name));
    const indexes = part.sources.map((source, i) => {
      const at = this.byKey.get(keys[i]!);
      if (at === undefined) return merged.sources.push({ ...source, aliases: [...source.aliases] }) - 1;
      merged.sources[at] = mergeSource(merged.sources[at]!, source);
      return at;
    });
    // Only now: the part's own sources stay apart from each other.
    indexes.forEach((at, i) => {
      if (!this.byKey.has(keys[i]!)) this.byKey.set(keys[i]!, at);
    });
    if (merged.article) merged.article = { ...merged.article, words: merged.article.words + (part.article?.words ?? 0) };
    else if (part.article) merged.article = { ...part.article };
    for (const claim of part.claims) merged.claims.push(claim);
    for (const figure of part.figures) merged.figures.push(figure);
    for (const item of part.clutter) merged.clutter.push(item);
    if (part.profiles) merged.profiles = [...new Set([...(merged.profiles ?? []), ...part.profiles])];
    if (part.figureConflicts) {
      const conflicts = (merged.figureConflicts ??= []);
      for (const conflict of part.figureConflicts) conflicts.push(conflict);
    }
    return indexes;
  }
}
