import type { Figure, FigureConflict } from "../types.ts";
import type { Sentence } from "../sentences.ts";

export interface FiguresResult {
  figures: Figure[];
  conflicts: FigureConflict[];
}

/** Extracts figures. Placeholder until the figure engine lands. */
export function extractFigures(
  _text: string,
  _sentences: Sentence[],
  _sourceOfSentence: (sentenceIndex: number) => string | null,
): FiguresResult {
  return { figures: [], conflicts: [] };
}
