/**
 * Core benchmark: analyze() time per 1,000 words over real article texts, and its ratio to a
 * baseline measured in the same process on the same text (one pass of Intl.Segmenter by word),
 * so a slowdown shows as a ratio rather than as a noisy absolute time. Also times figure extraction
 * alone (its share of analyze()) and a synthetic 5,000-word article.
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { analyze, countWords } from "../../src/core/analyze.ts";
import { segmentSentences } from "../../src/core/sentences.ts";
import { extractFigures } from "../../src/core/figures/index.ts";
import { splitTextClutter } from "../../src/core/text-clutter.ts";

export interface CoreBenchResult {
  texts: number;
  words: number;
  analyzeMsPer1kWords: number;
  baselineMsPer1kWords: number;
  ratio: number;
  figuresShare: number;
  fiveThousandWordsMs: number;
  linearity: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function time(fn: () => void, reps: number): number {
  const samples: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

const segmenter = new Intl.Segmenter("en", { granularity: "word" });
function baseline(text: string): number {
  let n = 0;
  for (const s of segmenter.segment(text)) if (s.isWordLike) n++;
  return n;
}

/** Loads article texts: the project's own fixtures, plus ../shared data when it is there. */
export function loadTexts(root: string): string[] {
  const dirs = [join(root, "test/fixtures/seed"), join(root, "test/fixtures/text"), join(root, "../shared/data/war-dev"), join(root, "../shared/data/seed")];
  const texts = new Map<string, string>();
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) {
      if (!/\.(txt)$/.test(f)) continue;
      const t = splitTextClutter(readFileSync(join(dir, f), "utf8")).text;
      if (countWords(t) > 100) texts.set(t.slice(0, 200), t);
    }
  }
  return [...texts.values()];
}

export function runCoreBench(root: string, reps = 15): CoreBenchResult {
  const texts = loadTexts(root);
  let words = 0, analyzeMs = 0, baseMs = 0, figMs = 0;
  for (const t of texts) {
    for (let i = 0; i < 3; i++) analyze(t); // warm up
    words += countWords(t);
    analyzeMs += time(() => analyze(t), reps);
    baseMs += time(() => baseline(t), reps);
    const sentences = segmentSentences(t);
    figMs += time(() => extractFigures(t, sentences, () => null), reps);
  }
  // A 5,000-word article made of the real texts, and twice that, to see that time grows linearly.
  const all = texts.join("\n\n");
  const wordsAll = countWords(all);
  const make = (n: number) => {
    let s = "";
    while (countWords(s) < n) s += (s ? "\n\n" : "") + all;
    return s.split(/(?<=\n\n)/).reduce((acc, p) => (countWords(acc) >= n ? acc : acc + p), "");
  };
  const five = wordsAll ? make(5000) : "";
  const ten = wordsAll ? make(10000) : "";
  const fiveMs = time(() => analyze(five), reps);
  const tenMs = time(() => analyze(ten), reps);
  return {
    texts: texts.length,
    words,
    analyzeMsPer1kWords: (analyzeMs / words) * 1000,
    baselineMsPer1kWords: (baseMs / words) * 1000,
    ratio: analyzeMs / baseMs,
    figuresShare: figMs / analyzeMs,
    fiveThousandWordsMs: fiveMs,
    linearity: tenMs / fiveMs,
  };
}
