import { extractFigures, type FiguresResult } from "../../src/core/figures/index.ts";
import { segmentSentences } from "../../src/core/sentences.ts";
import type { Figure } from "../../src/core/types.ts";

/** Runs the figure engine the way analyze() does, with no sources known. */
export function run(text: string, source: (i: number) => string | null = () => null): FiguresResult {
  return extractFigures(text, segmentSentences(text), source);
}

/** The figures of `text`. */
export function figs(text: string): Figure[] {
  return run(text).figures;
}

/** The one figure whose text contains `needle`, or undefined. */
export function fig(text: string, needle: string): Figure | undefined {
  return figs(text).find((f) => f.text.includes(needle));
}
