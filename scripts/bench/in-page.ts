/**
 * The in-page benchmark bundle (built as an IIFE, injected into each served page's main world):
 * Fogwatch's pipeline as the extension runs it, Readability.parse() on a clone of the same
 * document (the baseline) and one bare TreeWalker pass over the page's text (the floor), timed
 * round-robin in the same page so that a slow moment of the machine hits all three alike.
 *
 * The pipeline mirrors src/content/controller.ts (start → update → analyze) and the background's
 * analysis, run here in one synchronous go: findArticle() decides whether the page is an article; if
 * it is, readPage() (reusing that detection: clutter and text map), the core's analyze() on the mapped
 * text (in the extension this runs in the background service worker, not on the page's main thread),
 * a new AnnotationSession and apply() with the default settings (the content script uses
 * applySliced(), which does the same work in ~8 ms slices with yields to the page in between; the
 * yields are not work, so the synchronous apply() measures the same work). `main` = pipeline − core:
 * what runs on the page's main thread in the extension. Messaging, settings storage and the
 * MutationObserver around the highlighting are left out (they need the extension's APIs).
 */
import { Readability } from "@mozilla/readability";
import { analyze } from "../../src/core/analyze.ts";
import { findArticle } from "../../src/page/article.ts";
import { indexDocument } from "../../src/page/detect/doc-index.ts";
import { precheck } from "../../src/page/detect/precheck.ts";
import { clutterItems, readPage } from "../../src/page/read-page.ts";
import { AnnotationSession, type Shown } from "../../src/page/session.ts";
import { MAX_ANALYSIS_CHARS } from "../../src/shared/messages.ts";
import { DEFAULT_SETTINGS, effectiveToggles } from "../../src/shared/settings.ts";

/** Milliseconds per repetition of each measured thing. */
export interface Samples {
  /** detect + read + core + highlight: all the work, wherever the extension runs it. */
  pipeline: number[];
  /** pipeline − core: the work on the page's main thread (the core runs in the background in the extension). */
  main: number[];
  /** The pipeline's stages: findArticle(), readPage() (clutter, text map), the core's analyze(), new AnnotationSession + apply(). */
  detect: number[];
  /** The first step of findArticle(): indexDocument() and precheck() (what a quickly rejected page costs). Timed apart. */
  precheck: number[];
  read: number[];
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
  const t1 = now();
  let session: AnnotationSession | null = null;
  let read = 0;
  let core = 0;
  let highlight = 0;
  if (found) {
    const parts = readPage(doc, found); // as the content script does: no second detection
    const t2 = now();
    read = t2 - t1;
    if (parts) {
      const { article, textMap, clutter } = parts;
      // What the background's analysis gets from the content script (the same request, without the messaging).
      const analysis = analyze(textMap.text.slice(0, MAX_ANALYSIS_CHARS), article.meta, { clutter: clutterItems(clutter) });
      const t3 = now();
      core = t3 - t2;
      if (analysis.article) {
        session = new AnnotationSession({ analysis, textMap, clutter }, doc);
        session.apply(config());
        highlight = now() - t3;
      }
    }
  }
  const t4 = now();
  if (samples) {
    samples.pipeline.push(t4 - t0);
    samples.main.push(t4 - t0 - core);
    samples.detect.push(t1 - t0);
    if (found) {
      samples.read.push(read);
      samples.core.push(core);
      samples.highlight.push(highlight);
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
  const parts = readPage(doc);
  const a = parts ? analyze(parts.textMap.text.slice(0, MAX_ANALYSIS_CHARS), parts.article.meta, { clutter: clutterItems(parts.clutter) }) : null;
  const before = doc.body?.innerHTML ?? "";
  const session = runPipeline(doc);
  const shown = session ? session.shown : null;
  session?.destroy();
  const restored = (doc.body?.innerHTML ?? "") === before;
  const readable = runReadability(doc);
  return {
    isArticle: parts !== null && a?.article != null,
    precheckRejects: runPrecheck(doc),
    method: parts?.article.method ?? null,
    words: a?.article?.words ?? 0,
    claims: a?.claims.length ?? 0,
    figures: a?.figures.length ?? 0,
    sources: a?.sources.length ?? 0,
    clutter: parts?.clutter.length ?? 0,
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

/**
 * Times pipeline, Readability and floor round-robin. Everything is run warm: after the warm-up, one
 * garbage collection (when the page has `gc`), then no forced collection inside the timed reps. A forced
 * full GC lets V8 flush bytecode and optimised code of functions that ran in the meantime, so every rep
 * after one ran our large code cold (re-parse, re-compile, interpreter): seed-semantic's highlight took
 * ~17 ms with a gc() before each measured thing and ~3 ms without; Readability, much less code, was
 * barely affected, so the forced GCs biased the ratio against us. The collections V8 does on its own
 * still happen, inside whichever measured thing allocates, round-robin like everything else.
 */
export function measure(options: MeasureOptions, doc: Document = document): Samples {
  const samples: Samples = {
    pipeline: [], main: [], detect: [], precheck: [], read: [], core: [], highlight: [], destroy: [], readability: [], clone: [], floor: [],
  };
  for (let i = 0; i < options.warmup; i++) {
    runPipeline(doc)?.destroy();
    runPrecheck(doc);
    runReadability(doc);
    runFloor(doc);
  }
  gc?.();
  const start = now();
  for (let rep = 0; rep < options.maxReps; rep++) {
    if (rep >= options.minReps && now() - start > options.budgetMs) break;
    const session = runPipeline(doc, samples);
    if (session) {
      const t0 = now();
      session.destroy();
      samples.destroy.push(now() - t0);
    }
    runReadability(doc, samples);
    runFloor(doc, samples);
    runPrecheck(doc, samples);
  }
  return samples;
}
