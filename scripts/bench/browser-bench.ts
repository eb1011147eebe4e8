/**
 * The benchmark in the real browser (Debian's Chromium through playwright-core):
 *
 *   pages (fixtures + ../shared sets present) ─► bench server on 127.0.0.1
 *   plain Chromium (no extension, gc exposed) ─► per page: in-page bundle ─► pipeline | Readability | floor, round-robin
 *                                              ─► baselines: JS heap of the seed page, long tasks of the live blog
 *   Chromium + built extension (test/e2e/browser.ts) ─► per page: the content script's fogwatch:* measures
 *                                              ─► JS heap of the seed page, live blog (long tasks, append 100 posts)
 *                                              ─► popup: summary on the seed tab vs the not-article state
 *   dist/ ─► content script size (raw, gzip)
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { askTab, DIST, launchExtension, setSettings, tabIdOf, type Extension } from "../../test/e2e/browser.ts";
import { DEFAULT_SETTINGS } from "../../src/shared/settings.ts";
import type { PageState } from "../../src/shared/messages.ts";
import type { MeasureOptions, PageInfo, Samples } from "./in-page.ts";
import { measureContentBundle, type BundleBreakdown } from "./bundle.ts";
import { liveBlogHtml, loadParagraphs, postsHtml } from "./live-blog.ts";
import { listPages, pageSets, type BenchPage } from "./pages.ts";
import { startBenchServer } from "./server.ts";
import { startTracing, summarizeTrace, type Task, type Tracer } from "./trace.ts";
import { median, ratio } from "./stats.ts";

export interface BrowserBenchOptions {
  root: string;
  /** The in-page IIFE bundle (defines `FogwatchBench`). */
  bundle: string;
  quick: boolean;
  /** Take a CPU profile of the pipeline alone on each page (self time per function). */
  profile?: boolean;
  /** Only the pages whose set/name matches (the live blog, heap and popup always run). */
  filter?: RegExp;
  /** Only the in-page part (plain Chromium, the bundle built from src/): no dist/, no extension. */
  inPageOnly?: boolean;
  log(message: string): void;
}

type Medians = { [K in keyof Samples]: number | null } & { reps: number };

export interface PageResult {
  page: BenchPage;
  info?: PageInfo;
  medians?: Medians;
  /** With --profile: the functions with the most self time while the pipeline alone ran (ms per run). */
  profile?: { fn: string; ms: number }[];
  /** The real extension's User Timing measures on its first run in a fresh tab (ms, median of loads). */
  extension?: { status: string; measures: Record<string, number>; loads: number };
  error?: string;
}

export interface LongTask {
  start: number;
  duration: number;
  /** Live blog passes: what the task was (a rendering update or not) and the measures it overlaps or follows. */
  what?: string;
}

export interface Measure {
  name: string;
  start: number;
  duration: number;
}

/**
 * Fogwatch's share of the main thread during a pass (the first one, or the one after the append): the
 * top-level main-thread tasks (trace) that overlap any of the pass's fogwatch:* measures, each counted
 * once and whole (a task that starts before a measure, like the content script's injection, counts
 * entirely), and the first rendering update (BeginMainFrame) after each measure, within 1 s: it
 * styles, lays out and paints what the pass changed. All of them are counted as Fogwatch's: the
 * generated live blog runs no script of its own and has finished loading and rendering before the
 * content script detects, and the bench runs nothing in the page during a pass, so the tasks in a
 * pass are Fogwatch's code, the extension messaging, garbage collection, and the style/layout/paint
 * of the changes it makes. The trace cannot tell page and extension script apart without the heavy
 * devtools.timeline category (see trace.ts).
 */
export interface PassTasks {
  /** The pass's measures, on the trace clock. */
  measures: Measure[];
  /** From the first measure's start to the last one's end (includes waits for the background and yields). */
  wallMs: number;
  /** Sum of the durations of the tasks overlapping the measures. */
  busyMs: number;
  tasks: number;
  /** Of busyMs: rendering updates (BeginMainFrame tasks: style, layout, paint), and how many. */
  framesMs: number;
  frames: number;
  longestTaskMs: number | null;
  /** Tasks over 50 ms. */
  longTasks: LongTask[];
}

export interface LiveBlogResult {
  posts: number;
  appended: number;
  bytes: number;
  words: number | null;
  /** Long tasks of the page alone (no extension). */
  pageLongTasks: LongTask[];
  /** The first pass: detect, read, analyze, highlight. */
  initial: PassTasks | null;
  /** What the content script did about the 100 new posts: an incremental append, a full re-read, or nothing seen in time. */
  appendKind: "append" | "re-read" | null;
  /**
   * The pass after an insertion (the append, or the re-read's read/analyze/highlight): of APPEND_BATCHES
   * insertions of 100 posts, one after another, the one with the median busy time.
   */
  append: PassTasks | null;
  /** Every batch's pass, in order (one pass is a handful of tasks: a single one is at the mercy of noise). */
  appendBatches: PassTasks[];
  /** Time from the insertion to the end of Fogwatch's pass over it (includes the watcher's debounce). */
  appendToDoneMs: number | null;
  /** Scrolling the story from top to bottom after the appends: the held parts written near the viewport. */
  scroll: ScrollPass | null;
  /** Long tasks of the page alone while it is scrolled the same way (Long Tasks API). */
  pageScrollLongTasks: LongTask[];
  inPage?: PageResult;
  error?: string;
}

/**
 * The scroll through a huge story: a part read in the first pass is written when the reader comes near
 * it (see src/page/near-view.ts), so its marks cost is paid here.
 */
export interface ScrollPass {
  /** Fogwatch's tasks: those overlapping the fogwatch:show-part measures (as PassTasks: frames included). */
  shows: PassTasks | null;
  /** Every top-level task from the first scroll to the end (the page's own scroll frames too). */
  window: { ms: number; tasks: number; busyMs: number; longestTaskMs: number | null; longTasks: LongTask[] };
  /** How far it scrolled, and in how many steps. */
  heightPx: number;
  steps: number;
}

export interface HeapResult {
  page: string;
  loads: number;
  /** V8 heap used by the tab's renderer isolate after a forced GC (bytes, median of loads). */
  withoutExtension: { used: number | null; embedder: number | null };
  withExtension: { used: number | null; embedder: number | null };
  /** With the extension paused: the content script loaded and its detection run, nothing analysed or shown. */
  withExtensionPaused: { used: number | null; embedder: number | null };
  added: number | null;
  addedEmbedder: number | null;
}

export interface PopupResult {
  reps: number;
  /** ms from the popup's navigation start to the summary (article header) on the seed tab. */
  summaryMs: number | null;
  /** ms from navigation start to the not-article state on a not-article tab. */
  emptyMs: number | null;
  /** ms to the popup's first render of anything (the loading state), seed tab. */
  firstRenderMs: number | null;
  ratio: number | null;
}

export interface BundleResult {
  file: string;
  raw: number;
  gzip: number;
  popupRaw: number;
  popupGzip: number;
  /** The content script bundled again from the tree: minified size and where the bytes come from. */
  tree?: BundleBreakdown;
}

export interface BrowserBenchResult {
  chromium: string;
  skippedSets: string[];
  pages: PageResult[];
  liveBlog: LiveBlogResult;
  heap: HeapResult;
  popup: PopupResult;
  /** Null with --in-page-only. */
  bundle: BundleResult | null;
  /** False with --in-page-only: the extension's measures, heap, live blog, popup and bundle were not run. */
  extensionRun: boolean;
  elapsedS: number;
  /** 1-minute load average at the start and at the end. */
  loadAverage: [number, number];
}

const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
];
const LIVE_BLOG = "/gen/live-blog.html";
const LIVE_POSTS = 5000;
const APPENDED = 100;
/** Batches of APPENDED posts inserted one after another; the report takes the median. */
const APPEND_BATCHES = 3;

/** Records long tasks from the start of the page (main world), for the live blog. */
const LONG_TASK_OBSERVER = `(() => {
  const tasks = (window.__fwLongTasks = []);
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration }); })
      .observe({ type: "longtask", buffered: true });
  } catch {}
})();`;

/** Times when the popup first shows anything, the article summary, and the not-article state. */
const POPUP_OBSERVER = `(() => {
  const t = (window.__fwPopup = {});
  const check = () => {
    const app = document.getElementById("app");
    if (t.first === undefined && app && app.firstElementChild) t.first = performance.now();
    if (t.summary === undefined && document.querySelector(".article-header")) t.summary = performance.now();
    if (t.empty === undefined && document.querySelector(".empty-not-article")) t.empty = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
})();`;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Scrolls the page to the bottom like a reader skimming: `screens` viewport heights every `everyMs`,
 * stopping for `pauseMs` after every `pauseEvery` steps; then waits until no fogwatch:show-part measure
 * has ended for `quietMs`. The whole span is recorded as the measure fogwatch:bench-scroll. Runs in the
 * page (a function for page.evaluate).
 */
async function scrollThrough(o: { screens: number; everyMs: number; pauseEvery: number; pauseMs: number; quietMs: number; timeoutMs: number }): Promise<{ heightPx: number; steps: number }> {
  const pause = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
  const start = performance.now();
  const root = document.scrollingElement ?? document.documentElement;
  let steps = 0;
  while (root.scrollTop + innerHeight < root.scrollHeight - 1 && performance.now() - start < o.timeoutMs) {
    scrollBy(0, innerHeight * o.screens);
    steps++;
    await pause(steps % o.pauseEvery ? o.everyMs : o.pauseMs);
  }
  let last = performance.now();
  const observer = new PerformanceObserver((list) => {
    if (list.getEntries().some((e) => e.name === "fogwatch:show-part")) last = performance.now();
  });
  observer.observe({ type: "measure" });
  while (performance.now() - last < o.quietMs && performance.now() - start < o.timeoutMs) await pause(100);
  observer.disconnect();
  performance.measure("fogwatch:bench-scroll", { start, end: performance.now() });
  return { heightPx: root.scrollHeight, steps };
}
const SCROLL = { screens: 3, everyMs: 50, pauseEvery: 10, pauseMs: 400, quietMs: 1500, timeoutMs: 90_000 };

/**
 * Opens `url` and waits for its load event, at most `loadMs` after DOMContentLoaded: some saved
 * pages never finish loading (war-042 retries a missing image from its onerror for ever).
 */
async function load(page: Page, url: string, loadMs = 5000): Promise<void> {
  await page.goto(url, { waitUntil: "domcontentloaded", timeout: 30_000 });
  await page.waitForLoadState("load", { timeout: loadMs }).catch(() => undefined);
}

function mediansOf(s: Samples): Medians {
  const out = { reps: s.pipeline.length } as Medians;
  for (const k of Object.keys(s) as (keyof Samples)[]) out[k] = median(s[k]);
  return out;
}

async function fogwatchMeasures(page: Page): Promise<Measure[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType("measure")
      .filter((m) => m.name.startsWith("fogwatch:"))
      .map((m) => ({ name: m.name, start: m.startTime, duration: m.duration })),
  );
}

const longTasksOf = (page: Page) => page.evaluate(() => ((window as unknown as { __fwLongTasks?: LongTask[] }).__fwLongTasks ?? []).slice());

/** Evaluates the bundle through CDP (a page's CSP cannot block it, unlike a <script> tag). */
async function inject(page: Page, bundle: string): Promise<void> {
  await page.evaluate(`${bundle}\n;window.FogwatchBench = FogwatchBench; 0`);
}

function measureOptions(quick: boolean, big = false): MeasureOptions {
  if (big) return { minReps: 2, maxReps: 2, budgetMs: 0, warmup: 1 };
  return quick ? { minReps: 3, maxReps: 7, budgetMs: 400, warmup: 1 } : { minReps: 7, maxReps: 31, budgetMs: 1200, warmup: 2 };
}

/** Runs the in-page measurement on one page of the plain browser. */
async function measureInPage(
  context: BrowserContext, url: string, bundle: string, options: MeasureOptions, profile = false,
): Promise<Pick<PageResult, "info" | "medians" | "profile">> {
  const page = await context.newPage();
  try {
    await load(page, url);
    await sleep(100);
    await inject(page, bundle);
    const info = (await page.evaluate("FogwatchBench.info()")) as PageInfo;
    const samples = (await page.evaluate(`FogwatchBench.measure(${JSON.stringify(options)})`)) as Samples;
    const result: Pick<PageResult, "info" | "medians" | "profile"> = { info, medians: mediansOf(samples) };
    if (profile && info.isArticle) result.profile = await profilePipeline(context, page, bundle, 10);
    return result;
  } finally {
    await page.close();
  }
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; lineNumber: number; url: string } }[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Where each source module starts in the unminified bundle (the bundler marks each with a
 * `// src/…` comment line), so profile samples can be named by module.
 */
function moduleStarts(bundle: string): { line: number; module: string }[] {
  const starts: { line: number; module: string }[] = [];
  bundle.split("\n").forEach((text, line) => {
    const m = /^\t\/\/ ((?:src|scripts|node_modules)\/\S+\.(?:ts|tsx|js|mjs))$/.exec(text);
    if (m) starts.push({ line, module: m[1]!.replace(/^node_modules\//, "") });
  });
  return starts;
}

function moduleAt(starts: readonly { line: number; module: string }[], line: number): string {
  let found = "";
  for (const s of starts) {
    if (s.line > line) break;
    found = s.module;
  }
  return found;
}

/** CPU profile (100 µs sampling) of `reps` pipeline runs; self time per function and module, ms per run. */
async function profilePipeline(context: BrowserContext, page: Page, bundle: string, reps: number, top = 12): Promise<{ fn: string; ms: number }[]> {
  const starts = moduleStarts(bundle);
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
    await cdp.send("Profiler.start");
    await page.evaluate(`FogwatchBench.runPipelineOnly(${reps})`);
    const { profile } = (await cdp.send("Profiler.stop")) as unknown as { profile: CpuProfile };
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const frame = byId.get(id)?.callFrame;
      const fn = frame?.functionName || "(anonymous)";
      if (fn === "(idle)" || fn === "(program)") return;
      // Bundle code has no URL (evaluated through CDP); DOM and runtime frames have no line.
      const module = frame && !frame.url && frame.lineNumber >= 0 ? moduleAt(starts, frame.lineNumber) : "";
      const name = module ? `${fn} ${module.replace(/^src\//, "")}` : fn;
      self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000 / reps);
    });
    return [...self].sort((a, b) => b[1] - a[1]).slice(0, top).map(([fn, ms]) => ({ fn, ms }));
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Used JS heap of a page's renderer after garbage collection. */
async function heapOf(context: BrowserContext, page: Page): Promise<{ used: number; embedder: number | null }> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send("HeapProfiler.collectGarbage");
    await sleep(50);
    await cdp.send("HeapProfiler.collectGarbage");
    const usage = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number; embedderHeapUsedSize?: number };
    return { used: usage.usedSize, embedder: usage.embedderHeapUsedSize ?? null };
  } finally {
    await cdp.detach();
  }
}

async function heapSamples(context: BrowserContext, url: string, loads: number, settle: (page: Page) => Promise<void>) {
  const used: number[] = [];
  const embedder: number[] = [];
  for (let i = 0; i < loads; i++) {
    const page = await context.newPage();
    try {
      await load(page, url);
      await settle(page);
      const h = await heapOf(context, page);
      used.push(h.used);
      if (h.embedder !== null) embedder.push(h.embedder);
    } finally {
      await page.close();
    }
  }
  return { used: median(used), embedder: median(embedder) };
}

/** Opens the page in the extension's browser and waits until the content script has settled. */
async function openWithExtension(ext: Extension, url: string, timeoutMs = 15_000): Promise<{ page: Page; tabId: number; state: PageState }> {
  const page = await ext.context.newPage();
  await load(page, url);
  const tabId = await tabIdOf(ext, page);
  const state = await askTab<PageState>(ext, tabId, { type: "fogwatch:get-state" }, timeoutMs);
  return { page, tabId, state };
}

async function extensionMeasures(ext: Extension, url: string, loads: number): Promise<NonNullable<PageResult["extension"]>> {
  const byName = new Map<string, number[]>();
  let status = "";
  for (let i = 0; i < loads; i++) {
    const { page, state } = await openWithExtension(ext, url);
    try {
      status = state.status;
      for (const m of await fogwatchMeasures(page)) byName.set(m.name, [...(byName.get(m.name) ?? []), m.duration]);
    } finally {
      await page.close();
    }
  }
  const measures: Record<string, number> = {};
  for (const [name, xs] of byName) measures[name] = median(xs) ?? 0;
  return { status, measures, loads };
}

const overlaps = (t: LongTask, m: Measure) => t.start < m.start + m.duration && m.start < t.start + t.duration;

/** Fogwatch's main-thread tasks during a pass (see PassTasks). */
function passTasks(measures: Measure[], tasks: readonly Task[]): PassTasks | null {
  if (!measures.length) return null;
  const ours = tasks.filter((t) => measures.some((m) => overlaps(t, m)));
  const end = Math.max(...measures.map((m) => m.start + m.duration));
  for (const m of measures) {
    const after = m.start + m.duration;
    const frame = tasks.find((t) => t.frame && t.start >= after && t.start < after + 1000);
    if (frame && !ours.includes(frame)) ours.push(frame);
  }
  return {
    measures,
    wallMs: end - Math.min(...measures.map((m) => m.start)),
    busyMs: ours.reduce((a, t) => a + t.duration, 0),
    tasks: ours.length,
    framesMs: ours.filter((t) => t.frame).reduce((a, t) => a + t.duration, 0),
    frames: ours.filter((t) => t.frame).length,
    longestTaskMs: ours.length ? Math.max(...ours.map((t) => t.duration)) : null,
    longTasks: ours.filter((t) => t.duration > 50).map(({ start, duration, frame }) => {
      const during = measures.filter((m) => overlaps({ start, duration }, m)).map((m) => m.name.replace("fogwatch:", ""));
      const before = measures.filter((m) => m.start + m.duration <= start).at(-1)?.name.replace("fogwatch:", "");
      const what = `${frame ? "rendering update" : "task"} ${during.length ? `during ${[...new Set(during)].join(", ")}` : `after ${before ?? "?"}`}`;
      return { start, duration, what };
    }),
  };
}

async function runLiveBlog(plain: BrowserContext, ext: Extension, origin: string, paragraphs: readonly string[], html: string, words: number | null): Promise<LiveBlogResult> {
  const url = origin + LIVE_BLOG;
  const result: LiveBlogResult = {
    posts: LIVE_POSTS, appended: APPENDED, bytes: Buffer.byteLength(html), words,
    pageLongTasks: [], initial: null, appendKind: null, append: null, appendBatches: [], appendToDoneMs: null,
    scroll: null, pageScrollLongTasks: [],
  };
  // The page alone: its own long tasks (parsing, layout), from the Long Tasks API.
  const bare = await plain.newPage();
  await bare.addInitScript(LONG_TASK_OBSERVER);
  await load(bare, url, 30_000);
  await sleep(1500);
  result.pageLongTasks = await longTasksOf(bare);
  const scrollFrom = await bare.evaluate(() => performance.now());
  await bare.evaluate(scrollThrough, SCROLL);
  result.pageScrollLongTasks = (await longTasksOf(bare)).filter((t) => t.start >= scrollFrom);
  await bare.close();
  // With the extension, traced: the first pass, then 100 new posts at the top (newest first, as live blogs show them).
  const page = await ext.context.newPage();
  let tracer: Tracer | null = null;
  try {
    tracer = await startTracing(ext.context, page);
    await load(page, url, 30_000);
    const tabId = await tabIdOf(ext, page);
    await askTab(ext, tabId, { type: "fogwatch:get-state" }, 60_000); // answered once the head is shown
    // A huge story's other parts follow the head: the first pass ends at the fogwatch:complete mark
    // (waited for in the page by an observer, not by polling, which would add tasks to the pass).
    await page.evaluate((timeoutMs) => new Promise<void>((resolve) => {
      if (performance.getEntriesByName("fogwatch:complete", "mark").length) return resolve();
      const observer = new PerformanceObserver((list) => {
        if (!list.getEntries().some((e) => e.name === "fogwatch:complete")) return;
        observer.disconnect();
        resolve();
      });
      observer.observe({ type: "mark" });
      setTimeout(() => { observer.disconnect(); resolve(); }, timeoutMs);
    }), 120_000);
    await sleep(300);
    const initial = await fogwatchMeasures(page);
    // Insert the posts and wait, in the page, for the content script's next fogwatch:append (incremental)
    // or fogwatch:highlight (the story read again): one call that a PerformanceObserver resolves, so the
    // bench runs nothing in the page while Fogwatch works (polling would add tasks to what is measured).
    // APPEND_BATCHES times, 1.5 s apart; each batch's measures are those recorded after its insertion.
    const counts = [initial.length];
    for (let batch = 0; batch < APPEND_BATCHES; batch++) {
      if (batch > 0) await sleep(1500);
      const seen = (await page.evaluate(({ more, timeoutMs }) => new Promise<{ at: number; name: string | null }>((resolve) => {
        let timer = 0;
        const observer = new PerformanceObserver((list) => {
          const hit = list.getEntries().find((e) => e.name === "fogwatch:append" || e.name === "fogwatch:highlight");
          if (!hit) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve({ at, name: hit.name });
        });
        observer.observe({ type: "measure" });
        document.getElementById("posts")!.insertAdjacentHTML("afterbegin", more);
        const at = performance.now();
        timer = setTimeout(() => {
          observer.disconnect();
          resolve({ at, name: null });
        }, timeoutMs) as unknown as number;
      }), { more: postsHtml(paragraphs, LIVE_POSTS + batch * APPENDED, APPENDED), timeoutMs: 60_000 }));
      await sleep(300);
      const all = await fogwatchMeasures(page);
      const after = all.slice(counts.at(-1));
      counts.push(all.length);
      if (batch === 0) {
        result.appendKind = seen.name === "fogwatch:append" ? "append" : seen.name === "fogwatch:highlight" ? "re-read" : null;
        const done = after.filter((m) => m.name === seen.name).at(0);
        result.appendToDoneMs = done ? done.start + done.duration - seen.at : null;
      } else if (seen.name !== "fogwatch:append" && result.appendKind === "append") {
        result.appendKind = seen.name === "fogwatch:highlight" ? "re-read" : null;
      }
    }
    // Then the reader scrolls to the bottom: the parts held in the first pass are written on the way.
    const scrolled = await page.evaluate(scrollThrough, SCROLL);
    // Durations and tasks on the trace clock.
    const trace = summarizeTrace(await tracer.stop());
    tracer = null;
    const later = trace.measures.slice(counts.at(-1));
    const scrollSpan = later.find((m) => m.name === "fogwatch:bench-scroll");
    if (scrollSpan) {
      const inWindow = trace.tasks.filter((t) => overlaps(t, scrollSpan));
      result.scroll = {
        shows: passTasks(later.filter((m) => m.name === "fogwatch:show-part"), trace.tasks),
        window: {
          ms: scrollSpan.duration,
          tasks: inWindow.length,
          busyMs: inWindow.reduce((a, t) => a + t.duration, 0),
          longestTaskMs: inWindow.length ? Math.max(...inWindow.map((t) => t.duration)) : null,
          longTasks: inWindow.filter((t) => t.duration > 50).map(({ start, duration }) => ({ start, duration })),
        },
        ...scrolled,
      };
    }
    result.initial = passTasks(trace.measures.slice(0, initial.length), trace.tasks);
    result.appendBatches = counts.slice(1).flatMap((to, i) => passTasks(trace.measures.slice(counts[i], to), trace.tasks) ?? []);
    const byBusy = [...result.appendBatches].sort((a, b) => a.busyMs - b.busyMs);
    result.append = byBusy[(byBusy.length - 1) >> 1] ?? null;
  } catch (error) {
    result.error = String(error).split("\n")[0];
  } finally {
    await tracer?.stop().catch(() => undefined);
    await page.close();
  }
  return result;
}

async function runPopup(ext: Extension, origin: string, reps: number): Promise<PopupResult> {
  const popupPath = ext.manifest.action?.default_popup ?? "src/popup/index.html";
  const seed = await openWithExtension(ext, `${origin}/seed/seed-semantic.html`);
  const none = await openWithExtension(ext, `${origin}/e2e/not-article.html`);
  const summary: number[] = [];
  const empty: number[] = [];
  const first: number[] = [];
  const open = async (tabId: number, key: "summary" | "empty") => {
    const popup = await ext.context.newPage();
    try {
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.addInitScript(POPUP_OBSERVER);
      await popup.goto(`chrome-extension://${ext.id}/${popupPath}?tabId=${tabId}`);
      await popup.waitForFunction((k) => (window as unknown as { __fwPopup: Record<string, number> }).__fwPopup[k] !== undefined, key, { timeout: 10_000 });
      return (await popup.evaluate("window.__fwPopup")) as Record<string, number>;
    } finally {
      await popup.close();
    }
  };
  try {
    await open(seed.tabId, "summary"); // warm-up: first load of the popup's files
    for (let i = 0; i < reps; i++) {
      const s = await open(seed.tabId, "summary");
      summary.push(s.summary!);
      if (s.first !== undefined) first.push(s.first);
      empty.push((await open(none.tabId, "empty")).empty!);
    }
  } finally {
    await seed.page.close();
    await none.page.close();
  }
  const summaryMs = median(summary);
  const emptyMs = median(empty);
  return { reps, summaryMs, emptyMs, firstRenderMs: median(first), ratio: ratio(summaryMs, emptyMs) };
}

function bundleSize(): BundleResult {
  const manifest = JSON.parse(readFileSync(join(DIST, "manifest.json"), "utf8")) as { content_scripts?: { js?: string[] }[] };
  const file = manifest.content_scripts?.[0]?.js?.[0] ?? "src/content/index.js";
  const code = readFileSync(join(DIST, file));
  // The popup: its HTML page's scripts and everything in assets/ it may load (JS only).
  const assets = join(DIST, "assets");
  const popupJs = readdirSync(assets).filter((f) => f.endsWith(".js")).map((f) => readFileSync(join(assets, f)));
  const popup = Buffer.concat(popupJs);
  return {
    file,
    raw: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    popupRaw: popup.length,
    popupGzip: popupJs.reduce((a, b) => a + gzipSync(b, { level: 9 }).length, 0),
  };
}

/** Runs the whole browser benchmark. */
export async function runBrowserBench(options: BrowserBenchOptions): Promise<BrowserBenchResult> {
  const started = Date.now();
  const loadAtStart = loadavg()[0]!;
  const { root, bundle, quick, log } = options;
  const sets = pageSets(root);
  const listed = listPages(sets);
  const skipped = listed.skipped;
  const pages = listed.pages.filter((p) => !options.filter || options.filter.test(`${p.set}/${p.name}`));
  const paragraphs = loadParagraphs(join(root, "test", "fixtures"));
  const liveHtml = liveBlogHtml(paragraphs, LIVE_POSTS);
  const server = await startBenchServer(sets, new Map([[LIVE_BLOG, liveHtml]]));
  const results: PageResult[] = pages.map((page) => ({ page }));
  const liveBlogPage: BenchPage = { set: "generated", name: `live-blog-${LIVE_POSTS}`, path: LIVE_BLOG, bytes: Buffer.byteLength(liveHtml), isArticle: true, alsoAt: [] };
  let browser: Browser | null = null;
  let ext: Extension | null = null;
  try {
    // 1. Plain Chromium: the in-page measurements and the baselines without the extension.
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...ARGS, "--js-flags=--expose-gc"] });
    const plain = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    log(`in-page: ${pages.length} pages${skipped.length ? ` (absent, skipped: ${skipped.join(", ")})` : ""}`);
    for (const r of results) {
      try {
        Object.assign(r, await measureInPage(plain, server.origin + r.page.path, bundle, measureOptions(quick), options.profile));
      } catch (error) {
        r.error = String(error).split("\n")[0];
        log(`  ${r.page.set}/${r.page.name}: ${r.error}`);
      }
    }
    log("in-page: live blog");
    const live: PageResult = { page: liveBlogPage };
    try {
      Object.assign(live, await measureInPage(plain, server.origin + LIVE_BLOG, bundle, measureOptions(quick, true)));
    } catch (error) {
      live.error = String(error).split("\n")[0];
    }
    const heapLoads = quick ? 3 : 5;
    if (options.inPageOnly) {
      const none = { used: null, embedder: null };
      return {
        chromium: browser.version(),
        skippedSets: skipped,
        pages: results,
        liveBlog: {
          posts: LIVE_POSTS, appended: APPENDED, bytes: Buffer.byteLength(liveHtml), words: live.info?.words ?? null,
          pageLongTasks: [], initial: null, appendKind: null, append: null, appendBatches: [], appendToDoneMs: null, scroll: null, pageScrollLongTasks: [], inPage: live,
        },
        heap: { page: "seed/seed-semantic.html", loads: 0, withoutExtension: none, withExtension: none, withExtensionPaused: none, added: null, addedEmbedder: null },
        popup: { reps: 0, summaryMs: null, emptyMs: null, firstRenderMs: null, ratio: null },
        bundle: null,
        extensionRun: false,
        elapsedS: (Date.now() - started) / 1000,
        loadAverage: [loadAtStart, loadavg()[0]!],
      };
    }
    const seedUrl = `${server.origin}/seed/seed-semantic.html`;
    const heapWithout = await heapSamples(plain, seedUrl, heapLoads, () => sleep(300));

    // 2. The built extension.
    log("extension: fogwatch:* measures per page");
    ext = await launchExtension();
    const extension = ext;
    await extensionMeasures(ext, seedUrl, 1); // warm-up: first injection of the content script
    for (const r of results) {
      if (r.error) continue;
      try {
        r.extension = await extensionMeasures(ext, server.origin + r.page.path, r.page.set.endsWith("seed") && !quick ? 3 : 1);
      } catch (error) {
        log(`  ${r.page.set}/${r.page.name}: extension: ${String(error).split("\n")[0]}`);
      }
    }
    log("extension: JS heap, live blog, popup");
    const settled = async (page: Page) => {
      await askTab(extension, await tabIdOf(extension, page), { type: "fogwatch:get-state" });
      await sleep(300);
    };
    const heapWith = await heapSamples(ext.context, seedUrl, heapLoads, settled);
    await setSettings(ext, { ...DEFAULT_SETTINGS, paused: true });
    const heapPaused = await heapSamples(ext.context, seedUrl, heapLoads, settled);
    await setSettings(ext, DEFAULT_SETTINGS);
    const liveBlog = await runLiveBlog(plain, ext, server.origin, paragraphs, liveHtml, live.info?.words ?? null);
    liveBlog.inPage = live;
    // A failing popup measurement should not lose the rest of the report.
    const popup: PopupResult = await runPopup(ext, server.origin, quick ? 5 : 15).catch((error: unknown) => {
      log(`popup: ${String(error).split("\n")[0]}`);
      return { reps: 0, summaryMs: null, emptyMs: null, firstRenderMs: null, ratio: null };
    });
    const sub = (a: number | null, b: number | null) => (a == null || b == null ? null : a - b);
    return {
      chromium: browser.version(),
      skippedSets: skipped,
      pages: results,
      liveBlog,
      heap: {
        page: "seed/seed-semantic.html",
        loads: heapLoads,
        withoutExtension: heapWithout,
        withExtension: heapWith,
        withExtensionPaused: heapPaused,
        added: sub(heapWith.used, heapWithout.used),
        addedEmbedder: sub(heapWith.embedder, heapWithout.embedder),
      },
      popup,
      bundle: { ...bundleSize(), tree: await measureContentBundle(root).catch(() => undefined) },
      extensionRun: true,
      elapsedS: (Date.now() - started) / 1000,
      loadAverage: [loadAtStart, loadavg()[0]!],
    };
  } finally {
    await ext?.close();
    await browser?.close();
    await server.close();
  }
}

/** True when dist/ is older than the newest file under src/ (the extension measured is not the code in the tree). */
export function isDistStale(root: string): boolean {
  const newest = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
      const p = join(dir, e.name);
      return Math.max(m, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
    }, 0);
  try {
    return statSync(join(DIST, "manifest.json")).mtimeMs < newest(join(root, "src"));
  } catch {
    return true;
  }
}

