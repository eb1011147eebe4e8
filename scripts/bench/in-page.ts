/**
 * The in-page benchmark bundle (built as an IIFE, injected into each served page's main world):
 * Fogwatch's pipeline as the content script runs it, Readability.parse() on a clone of the same
 * document (the baseline) and one bare TreeWalker pass over the page's text (the floor), timed
 * round-robin in the same page so that a slow moment of the machine hits all three alike.
 *
 * The pipeline mirrors src/content/controller.ts (start → update → analyze): findArticle() decides
 * whether the page is an article; if it is, analyzeDocument() (reusing that detection), a new
 * AnnotationSession and apply() with the default settings. Messaging, settings storage and the
 * MutationObserver around apply() are left out (they need the extension's APIs).
 */
import { Readability } from "@mozilla/readability";
import { analyze } from "../../src/core/analyze.ts";
import { analyzeDocument } from "../../src/page/analyze-page.ts";
import { findArticle } from "../../src/page/article.ts";
import { indexDocument } from "../../src/page/detect/doc-index.ts";
import { precheck } from "../../src/page/detect/precheck.ts";
import { AnnotationSession, type Shown } from "../../src/page/session.ts";
import { DEFAULT_SETTINGS, effectiveToggles } from "../../src/shared/settings.ts";

/** Milliseconds per repetition of each measured thing. */
export interface Samples {
  /** detect + analyze + highlight, as the content script does it. */
  pipeline: number[];
  /** The pipeline's stages: findArticle() alone, analyzeDocument(), analyze() of the core alone, apply(). */
  detect: number[];
  /** The first step of findArticle(): indexDocument() and precheck() (what a quickly rejected page costs). */
  precheck: number[];
  analyzeDocument: number[];
  core: number[];
  highlight: number[];
  /** session.destroy(): undoing the highlights (not part of the pipeline; needed between reps). */
  destroy: number[];
  readability: number[];
  /** document.cloneNode(true) for Readability (not counted in its time). */
  clone: number[];
  floor: number[];
}

export interface PageInfo {
  isArticle: boolean;
  /** findArticle() gives up after its cheap precheck (no scoring). */
  precheckRejects: boolean;
  method: string | null;
  words: number;
  claims: number;
  figures: number;
  sources: number;
  clutter: number;
  shown: Shown | null;
  /** Characters of text in the body (what the floor walks). */
  bodyChars: number;
  elements: number;
  readabilityChars: number | null;
  /** The body's markup is the same after the pipeline and destroy() as before. */
  restored: boolean;
}

export interface MeasureOptions {
  minReps: number;
  maxReps: number;
  /** Stop adding reps (after minReps) once this much time has been spent. */
  budgetMs: number;
  warmup: number;
}

const now = () => performance.now();
const gc = (globalThis as { gc?: () => void }).gc;

function config() {
  return { toggles: effectiveToggles(DEFAULT_SETTINGS, location.hostname), clutterMode: DEFAULT_SETTINGS.clutterMode };
}

/** Runs the pipeline once; returns the session to destroy (null on a non-article page). */
function runPipeline(doc: Document, samples?: Samples): AnnotationSession | null {
  const t0 = now();
  const found = findArticle(doc);
  const isArticle = found !== null;
  const t1 = now();
  let session: AnnotationSession | null = null;
  let t2 = t1;
  if (found) {
    const page = analyzeDocument(doc, found); // as the content script does: no second detection
    t2 = now();
    if (page.article && page.textMap && page.analysis.article) {
      session = new AnnotationSession({ analysis: page.analysis, textMap: page.textMap, clutter: page.clutter }, doc);
      session.apply(config());
    }
  }
  const t3 = now();
  if (samples) {
    samples.pipeline.push(t3 - t0);
    samples.detect.push(t1 - t0);
    if (isArticle) {
      samples.analyzeDocument.push(t2 - t1);
      samples.highlight.push(t3 - t2);
    }
  }
  return session;
}

/** Mirrors the first lines of findArticle(): the one indexed walk and the cheap look at it. */
function runPrecheck(doc: Document, samples?: Samples): boolean {
  const t0 = now();
  const quick = precheck(indexDocument(doc));
  samples?.precheck.push(now() - t0);
  return quick.longParagraphs < (quick.isArticleHinted ? 1 : 3);
}

function runCore(doc: Document, samples?: Samples): void {
  const page = analyzeDocument(doc);
  if (!page.article || !page.textMap) return;
  const clutter = page.clutter.map(({ text, kind }) => ({ text, kind }));
  const t0 = now();
  analyze(page.textMap.text, page.article.meta, { clutter });
  samples?.core.push(now() - t0);
}

function runReadability(doc: Document, samples?: Samples): string | null {
  const t0 = now();
  const clone = doc.cloneNode(true) as Document;
  const t1 = now();
  const result = new Readability(clone).parse();
  const t2 = now();
  samples?.clone.push(t1 - t0);
  samples?.readability.push(t2 - t1);
  return result?.textContent ?? null;
}

function runFloor(doc: Document, samples?: Samples): number {
  const t0 = now();
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
  samples?.floor.push(now() - t0);
  return chars;
}

/** What the pipeline finds on this page, for the report (and a check that reps leave the page as it was). */
export function info(doc: Document = document): PageInfo {
  for (let i = 0; i < 2; i++) runPipeline(doc)?.destroy(); // warm, like measure()
  const page = analyzeDocument(doc);
  const before = doc.body?.innerHTML ?? "";
  const session = runPipeline(doc);
  const shown = session ? session.shown : null;
  session?.destroy();
  const restored = (doc.body?.innerHTML ?? "") === before;
  const readable = runReadability(doc);
  const a = page.analysis;
  return {
    isArticle: page.article !== null,
    precheckRejects: runPrecheck(doc),
    method: page.article?.method ?? null,
    words: a.article?.words ?? 0,
    claims: a.claims.length,
    figures: a.figures.length,
    sources: a.sources.length,
    clutter: page.clutter.length,
    shown,
    bodyChars: runFloor(doc),
    elements: doc.getElementsByTagName("*").length,
    readabilityChars: readable?.length ?? null,
    restored,
  };
}

/** Runs only the pipeline (and destroy) `reps` times: the span a CPU profile is taken over. */
export function runPipelineOnly(reps: number, doc: Document = document): void {
  for (let i = 0; i < reps; i++) runPipeline(doc)?.destroy();
}

/** Times pipeline, Readability and floor round-robin, with a garbage collection before each rep when available. */
export function measure(options: MeasureOptions, doc: Document = document): Samples {
  const samples: Samples = {
    pipeline: [], detect: [], precheck: [], analyzeDocument: [], core: [], highlight: [], destroy: [], readability: [], clone: [], floor: [],
  };
  for (let i = 0; i < options.warmup; i++) {
    runPipeline(doc)?.destroy();
    runCore(doc);
    runPrecheck(doc);
    runReadability(doc);
    runFloor(doc);
  }
  const start = now();
  for (let rep = 0; rep < options.maxReps; rep++) {
    if (rep >= options.minReps && now() - start > options.budgetMs) break;
    gc?.();
    const session = runPipeline(doc, samples);
    if (session) {
      const t0 = now();
      session.destroy();
      samples.destroy.push(now() - t0);
    }
    gc?.();
    runReadability(doc, samples);
    gc?.();
    runFloor(doc, samples);
    runCore(doc, samples);
    runPrecheck(doc, samples);
  }
  return samples;
}
