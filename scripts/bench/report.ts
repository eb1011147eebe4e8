/** Turns the browser bench's raw results into the summary (JSON) and the table printed on stdout. */
import type { BrowserBenchResult, LongTask, PageResult, PassTasks } from "./browser-bench.ts";
import { max, median, ratio, round, sum } from "./stats.ts";

export interface PageRow {
  page: string;
  article: boolean;
  detected: boolean | null;
  words: number;
  kb: number;
  reps: number;
  /** detect + read + core + highlight: all the work, wherever the extension runs it. */
  pipelineMs: number | null;
  /** pipeline − core: the work on the page's main thread (the core runs in the background service worker). */
  mainMs: number | null;
  readabilityMs: number | null;
  floorMs: number | null;
  vsReadability: number | null;
  mainVsReadability: number | null;
  vsFloor: number | null;
  detectMs: number | null;
  /** indexDocument() + precheck(), and whether the page stops there. */
  precheckMs: number | null;
  precheckRejects: boolean | null;
  /** readPage(): clutter and text map (the detection is reused). */
  readMs: number | null;
  coreMs: number | null;
  highlightMs: number | null;
  destroyMs: number | null;
  restored: boolean | null;
  /** Claims, figures, sources found; clutter elements marked. */
  found: { claims: number; figures: number; sources: number; clutter: number } | null;
  /** With --profile: the functions with the most self time while the pipeline ran (ms per run). */
  profile: { fn: string; ms: number }[] | null;
  /** The real extension's measures (first run in a fresh tab). */
  extension: Record<string, number> | null;
  extensionStatus: string | null;
  error?: string;
}

/** A live-blog pass as reported: the trace's PassTasks with measures summed by name and long tasks counted. */
export type LivePass = Omit<PassTasks, "measures" | "longTasks"> & {
  /** Wall time of each measure (summed by name), ms. */
  measures: Record<string, number>;
  longTasks: number;
  /** What each task over 50 ms was ("56.5 ms rendering update after highlight"). */
  longTaskKinds: string[];
};

export interface Target {
  what: string;
  value: string;
  target: string;
  met: boolean | null;
}

export interface BenchSummary {
  chromium: string;
  /** 1-minute load average at the start and end of the browser run (2 cores here: above 2, others are busy too). */
  loadAverage: [number, number];
  elapsedS: number;
  skippedSets: string[];
  articles: {
    pages: number;
    detected: number;
    /** Median over detected article pages of (pipeline median / Readability median) on the page. */
    pipelineVsReadability: number | null;
    /** Median over detected article pages of (main-thread median / Readability median): what the page feels. */
    mainVsReadability: number | null;
    mainVsReadabilityAll: number | null;
    mainVsReadabilityTotal: number | null;
    /** The same over all article pages (a missed article costs only detection). */
    pipelineVsReadabilityAll: number | null;
    /** Sum of pipeline medians / sum of Readability medians (detected articles): big pages weigh more. */
    pipelineVsReadabilityTotal: number | null;
    pipelineVsFloor: number | null;
    pipelineMs: number | null;
    mainMs: number | null;
    readabilityMs: number | null;
    floorMs: number | null;
    /** Share of the pipeline per stage: sum over detected article pages of the stage's median / sum of pipeline medians. */
    stageShare: Record<"detect" | "read" | "core" | "highlight", number | null>;
    /** With --profile: self time per function summed over the found article pages (ms per pipeline run). */
    profileTop: { fn: string; ms: number }[];
  };
  nonArticles: {
    pages: number;
    medianMs: number | null;
    maxMs: number | null;
    worst: string | null;
    detectedAsArticle: string[];
    /** Non-article pages that pass the cheap precheck and go through the whole detection. */
    pastPrecheck: string[];
    /** Median share of indexDocument() + precheck() in the pipeline on non-article pages. */
    precheckShare: number | null;
    extensionDetectMaxMs: number | null;
    extensionDetectMedianMs: number | null;
  };
  missedArticles: string[];
  bundle: (NonNullable<BrowserBenchResult["bundle"]> & { gzipKB: number }) | null;
  heap: BrowserBenchResult["heap"] & { addedMB: number | null };
  liveBlog: {
    posts: number;
    appended: number;
    words: number | null;
    /** In-page medians (plain Chromium, warm): all the work, and the main thread's part. */
    pipelineMs: number | null;
    mainMs: number | null;
    readabilityMs: number | null;
    /** The extension's first pass: its measures (wall time, ms by name), and its main-thread tasks (see PassTasks). */
    initial: LivePass | null;
    longestPageTaskMs: number | null;
    appendKind: "append" | "re-read" | null;
    /** The median batch's pass (by busy time). */
    append: LivePass | null;
    /** Busy time of every batch's pass, in order, and the longest task of any of them. */
    appendBatchesBusyMs: number[];
    appendLongestTaskMs: number | null;
    appendToDoneMs: number | null;
    /** Main-thread busy time of the pass after the append (median batch) / of the first pass. */
    appendVsInitial: number | null;
    /**
     * Scrolling the story to the bottom: the parts the first pass held, written as the reader comes
     * near them (Fogwatch's tasks: those overlapping the fogwatch:show-part measures), and every task
     * of the scroll (the page's own scroll frames too); the page alone scrolled the same way.
     */
    scroll: {
      shows: LivePass | null;
      ms: number;
      heightPx: number;
      steps: number;
      tasks: number;
      longestTaskMs: number | null;
      longTasks: number;
      pageLongestTaskMs: number | null;
      pageLongTasks: number;
    } | null;
    /**
     * Fogwatch's busy time for the whole story: the first pass, and writing every part. The scroll
     * writes the parts near where the reader stops, so their busy time is scaled to all the parts:
     * × parts read in the first pass / parts written.
     */
    wholeBusyMs: number | null;
    /** Parts read in the first pass, and written while scrolling. */
    parts: number;
    partsWritten: number;
    /** The append's busy time (median batch) / the whole story's. */
    appendVsWhole: number | null;
    /** What the append would cost if it were proportional to the new posts (busy ms, of the whole story's). */
    proportionalMs: number | null;
    error?: string;
  };
  popup: BrowserBenchResult["popup"];
  extensionRun: boolean;
  targets: Target[];
  pages: PageRow[];
}

function row(r: PageResult): PageRow {
  const m = r.medians;
  const ms = (x: number | null | undefined) => round(x ?? null, 3);
  return {
    page: `${r.page.set}/${r.page.name}`,
    article: r.page.isArticle,
    detected: r.info ? r.info.isArticle : null,
    words: r.info?.words ?? 0,
    kb: Math.round(r.page.bytes / 1024),
    reps: m?.reps ?? 0,
    pipelineMs: ms(m?.pipeline),
    mainMs: ms(m?.main),
    readabilityMs: ms(m?.readability),
    floorMs: ms(m?.floor),
    vsReadability: round(ratio(m?.pipeline, m?.readability)),
    mainVsReadability: round(ratio(m?.main, m?.readability)),
    vsFloor: round(ratio(m?.pipeline, m?.floor), 1),
    detectMs: ms(m?.detect),
    precheckMs: ms(m?.precheck),
    precheckRejects: r.info?.precheckRejects ?? null,
    readMs: ms(m?.read),
    coreMs: ms(m?.core),
    highlightMs: ms(m?.highlight),
    destroyMs: ms(m?.destroy),
    restored: r.info?.restored ?? null,
    found: r.info ? { claims: r.info.claims, figures: r.info.figures, sources: r.info.sources, clutter: r.info.clutter } : null,
    profile: r.profile ? r.profile.map(({ fn, ms }) => ({ fn, ms: round(ms, 2)! })) : null,
    extension: r.extension ? Object.fromEntries(Object.entries(r.extension.measures).map(([k, v]) => [k.replace("fogwatch:", ""), round(v, 1)!])) : null,
    extensionStatus: r.extension?.status ?? null,
    ...(r.error ? { error: r.error } : {}),
  };
}

const longest = (ts: readonly LongTask[]) => max(ts.map((t) => t.duration));
const byName = (ms: readonly { name: string; duration: number }[]) => {
  const out: Record<string, number> = {};
  for (const m of ms) out[m.name.replace("fogwatch:", "")] = round((out[m.name.replace("fogwatch:", "")] ?? 0) + m.duration, 1)!;
  return out;
};

function livePass(p: PassTasks | null): LivePass | null {
  if (!p) return null;
  return {
    measures: byName(p.measures),
    wallMs: round(p.wallMs, 1)!,
    busyMs: round(p.busyMs, 1)!,
    tasks: p.tasks,
    framesMs: round(p.framesMs, 1)!,
    frames: p.frames,
    longestTaskMs: round(p.longestTaskMs, 1),
    longTasks: p.longTasks.length,
    longTaskKinds: p.longTasks.map((t) => `${round(t.duration, 1)} ms ${t.what ?? ""}`.trim()),
  };
}

export function summarize(result: BrowserBenchResult): BenchSummary {
  const rows = result.pages.map(row);
  const ok = rows.filter((r) => !r.error && r.pipelineMs !== null);
  const articles = ok.filter((r) => r.article);
  const detected = articles.filter((r) => r.detected);
  const nonArticles = ok.filter((r) => !r.article);
  // Each stage's share of the pipeline over all detected article pages (sums of per-page medians).
  const total = sum(detected.map((r) => r.pipelineMs!));
  const share = (f: (r: PageRow) => number | null) => (total > 0 ? round(sum(detected.map((r) => Math.max(0, f(r) ?? 0))) / total) : null);
  const medianOf = (rs: readonly PageRow[], f: (r: PageRow) => number | null, digits?: number) =>
    round(median(rs.map(f).filter((x): x is number => x !== null)), digits);
  const nonMs = nonArticles.map((r) => r.pipelineMs!);
  const worstNon = nonArticles.reduce<PageRow | null>((w, r) => (!w || r.pipelineMs! > w.pipelineMs! ? r : w), null);
  const lb = result.liveBlog;
  const longestOf = (xs: (number | null)[]) => { const ys = xs.filter((x): x is number => x !== null); return ys.length ? Math.max(...ys) : null; };
  const initial = livePass(lb.initial);
  const parts = lb.initial?.measures.filter((m) => m.name === "fogwatch:part").length ?? 0;
  const partsWritten = lb.scroll?.shows?.measures.length ?? 0;
  const writeAll = partsWritten ? ((lb.scroll?.shows?.busyMs ?? 0) * parts) / partsWritten : 0;
  const whole = lb.initial ? lb.initial.busyMs + writeAll : null;
  const append = livePass(lb.append);
  const b = result.bundle;
  const heapAddedMB = result.heap.added === null ? null : result.heap.added / 2 ** 20;
  const s: BenchSummary = {
    chromium: result.chromium,
    loadAverage: result.loadAverage.map((x) => round(x, 1)!) as [number, number],
    elapsedS: round(result.elapsedS, 1)!,
    skippedSets: result.skippedSets,
    articles: {
      pages: articles.length,
      detected: detected.length,
      pipelineVsReadability: medianOf(detected, (r) => r.vsReadability),
      pipelineVsReadabilityAll: medianOf(articles, (r) => r.vsReadability),
      pipelineVsReadabilityTotal: round(ratio(sum(detected.map((r) => r.pipelineMs!)), sum(detected.map((r) => r.readabilityMs ?? 0)))),
      mainVsReadability: medianOf(detected, (r) => r.mainVsReadability),
      mainVsReadabilityAll: medianOf(articles, (r) => r.mainVsReadability),
      mainVsReadabilityTotal: round(ratio(sum(detected.map((r) => r.mainMs ?? 0)), sum(detected.map((r) => r.readabilityMs ?? 0)))),
      pipelineVsFloor: medianOf(detected, (r) => r.vsFloor, 1),
      pipelineMs: medianOf(detected, (r) => r.pipelineMs),
      mainMs: medianOf(detected, (r) => r.mainMs),
      readabilityMs: medianOf(detected, (r) => r.readabilityMs),
      floorMs: medianOf(detected, (r) => r.floorMs),
      stageShare: {
        detect: share((r) => r.detectMs),
        read: share((r) => r.readMs),
        core: share((r) => r.coreMs),
        highlight: share((r) => r.highlightMs),
      },
      profileTop: (() => {
        const acc = new Map<string, number>();
        for (const r of detected) for (const { fn, ms } of r.profile ?? []) acc.set(fn, (acc.get(fn) ?? 0) + ms);
        return [...acc].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([fn, ms]) => ({ fn, ms: round(ms, 1)! }));
      })(),
    },
    nonArticles: {
      pages: nonArticles.length,
      medianMs: round(median(nonMs)),
      maxMs: round(max(nonMs)),
      worst: worstNon?.page ?? null,
      detectedAsArticle: nonArticles.filter((r) => r.detected).map((r) => r.page),
      pastPrecheck: nonArticles.filter((r) => r.precheckRejects === false).map((r) => `${r.page} (${fmt(r.pipelineMs)} ms)`),
      precheckShare: round(median(nonArticles.flatMap((r) => (r.precheckMs === null || !r.pipelineMs ? [] : [Math.min(1, r.precheckMs / r.pipelineMs)])))),
      extensionDetectMaxMs: round(max(nonArticles.flatMap((r) => (r.extension?.detect === undefined ? [] : [r.extension.detect]))), 1),
      extensionDetectMedianMs: round(median(nonArticles.flatMap((r) => (r.extension?.detect === undefined ? [] : [r.extension.detect]))), 1),
    },
    missedArticles: articles.filter((r) => !r.detected).map((r) => r.page),
    bundle: b ? { ...b, gzipKB: round(b.gzip / 1024, 1)! } : null,
    heap: { ...result.heap, addedMB: round(heapAddedMB, 2) },
    liveBlog: {
      posts: lb.posts,
      appended: lb.appended,
      words: lb.words,
      pipelineMs: round(lb.inPage?.medians?.pipeline ?? null, 1),
      mainMs: round(lb.inPage?.medians?.main ?? null, 1),
      readabilityMs: round(lb.inPage?.medians?.readability ?? null, 1),
      initial,
      longestPageTaskMs: round(longest(lb.pageLongTasks), 1),
      appendKind: lb.appendKind,
      append,
      appendBatchesBusyMs: (lb.appendBatches ?? []).map((b) => round(b.busyMs, 1)!),
      appendLongestTaskMs: round(longestOf((lb.appendBatches ?? []).map((b) => b.longestTaskMs)), 1),
      appendToDoneMs: round(lb.appendToDoneMs, 1),
      appendVsInitial: round(ratio(append?.busyMs, initial?.busyMs)),
      scroll: lb.scroll
        ? {
            shows: livePass(lb.scroll.shows),
            ms: round(lb.scroll.window.ms, 0)!,
            heightPx: lb.scroll.heightPx,
            steps: lb.scroll.steps,
            tasks: lb.scroll.window.tasks,
            longestTaskMs: round(lb.scroll.window.longestTaskMs, 1),
            longTasks: lb.scroll.window.longTasks.length,
            pageLongestTaskMs: round(longest(lb.pageScrollLongTasks ?? []), 1),
            pageLongTasks: (lb.pageScrollLongTasks ?? []).length,
          }
        : null,
      wholeBusyMs: round(whole, 1),
      parts,
      partsWritten,
      appendVsWhole: round(ratio(append?.busyMs, whole ?? undefined)),
      proportionalMs: whole === null ? null : round((whole * lb.appended) / lb.posts, 1),
      ...(lb.error ? { error: lb.error } : {}),
    },
    popup: { ...result.popup, summaryMs: round(result.popup.summaryMs, 1), emptyMs: round(result.popup.emptyMs, 1), firstRenderMs: round(result.popup.firstRenderMs, 1), ratio: round(result.popup.ratio) },
    extensionRun: result.extensionRun,
    targets: [],
    pages: rows,
  };
  const t = (what: string, value: number | null, unit: string, limit: number, targetText: string, extension = false) =>
    s.targets.push({
      what,
      value: extension && !result.extensionRun ? "not run" : value === null ? "n/a" : `${fmt(value)}${unit}`,
      target: targetText,
      met: value === null ? null : value <= limit,
    });
  const a = s.articles;
  t(`pipeline (all work, incl. analysis in the background) / Readability.parse (median, ${a.detected} article pages)`, a.pipelineVsReadability, " ×", 1, "≤ 1.0 ×");
  t(`page main thread / Readability.parse (median, ${a.detected} article pages)`, a.mainVsReadability, " ×", 1, "≤ 1.0 ×");
  t("pipeline on non-article pages (max)", s.nonArticles.maxMs, " ms", 1, "≤ 1 ms");
  t("content script, gzip", s.bundle?.gzipKB ?? null, " KB", 40, "≤ 40 KB", true);
  t("JS heap added, seed page", s.heap.addedMB, " MB", 5, "≤ 5 MB", true);
  t("longest main-thread task of the first pass, 5,000-post live blog", s.liveBlog.initial?.longestTaskMs ?? null, " ms", 50, "≤ 50 ms", true);
  t("longest main-thread task while scrolling the live blog to the bottom (its parts written on the way)", s.liveBlog.scroll?.longestTaskMs ?? null, " ms", 50, "≤ 50 ms", true);
  t(`+100 posts / whole story (main-thread busy time${s.liveBlog.appendKind ? `; ${s.liveBlog.appendKind}` : ""})`, s.liveBlog.appendVsWhole, " ×", (2 * lb.appended) / lb.posts, "≈ 100/5,000 (≤ 0.04)", true);
  t("longest main-thread task of the +100 posts passes", s.liveBlog.appendLongestTaskMs, " ms", 50, "≤ 50 ms", true);
  t("popup summary on the seed page", s.popup.summaryMs, " ms", 100, "≤ 100 ms", true);
  return s;
}

function fmt(x: number | null | undefined, digits?: number): string {
  if (x === null || x === undefined) return "–";
  const d = digits ?? (Math.abs(x) >= 100 ? 0 : Math.abs(x) >= 10 ? 1 : 2);
  return x.toFixed(d);
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

const detected = (s: BenchSummary) => s.pages.filter((r) => r.article && r.detected && !r.error);

/** The readable report for stdout. */
export function formatReport(s: BenchSummary): string {
  const out: string[] = [];
  out.push(`\nbrowser: Chromium ${s.chromium}, ${s.pages.length} pages in ${s.elapsedS} s, load average ${s.loadAverage.join(" → ")}${s.skippedSets.length ? ` (absent, skipped: ${s.skippedSets.join(", ")})` : ""}`);
  out.push("per page, in-page medians in ms, all run warm (pipeline = detect + read + core + highlight, all the work; main = pipeline − core, the work on the");
  out.push("page's main thread: in the extension the core's analyze() runs in the background service worker; precheck* = detection stops there;");
  out.push("ext = the real extension's fogwatch:* measures detect/read/analyze/highlight, first run in a fresh tab: analyze is the wait for the background,");
  out.push("highlight the wall time of the sliced apply, yields included)\n");
  const ext = (r: PageRow) => (r.extension ? ["detect", "read", "analyze", "highlight"].map((k) => fmt(r.extension![k], 1)).join("/") : "–");
  out.push(table(
    ["page", "art", "found", "words", "KB", "reps", "pipeline", "main", "Readab.", "×Readab. (pipeline)", "×Readab. (main)", "floor", "×floor", "precheck", "detect", "read", "core", "highlight", "ext det/read/ana/hl"],
    s.pages.map((r) => [
      r.page, r.article ? "yes" : "no", r.detected === null ? "–" : r.detected ? "yes" : "no", String(r.words), String(r.kb), String(r.reps),
      fmt(r.pipelineMs), fmt(r.mainMs), fmt(r.readabilityMs), fmt(r.vsReadability), fmt(r.mainVsReadability), fmt(r.floorMs), fmt(r.vsFloor, 0),
      fmt(r.precheckMs) + (r.precheckRejects ? "*" : ""), fmt(r.detectMs), fmt(r.readMs), fmt(r.coreMs), fmt(r.highlightMs),
      r.error ? `error: ${r.error.slice(0, 40)}` : ext(r),
    ]),
  ));
  const a = s.articles;
  out.push(`\narticle pages: ${a.detected} of ${a.pages} found as articles`);
  out.push(`  pipeline / Readability.parse     ${fmt(a.pipelineVsReadability)} × (median of per-page ratios; all article pages ${fmt(a.pipelineVsReadabilityAll)} ×; sum of medians ${fmt(a.pipelineVsReadabilityTotal)} ×)`);
  out.push(`  main thread / Readability.parse  ${fmt(a.mainVsReadability)} × (median of per-page ratios; all article pages ${fmt(a.mainVsReadabilityAll)} ×; sum of medians ${fmt(a.mainVsReadabilityTotal)} ×)`);
  out.push(`  pipeline / TreeWalker floor      ${fmt(a.pipelineVsFloor, 0)} ×`);
  out.push(`  medians                          pipeline ${fmt(a.pipelineMs)} ms, main thread ${fmt(a.mainMs)} ms, Readability ${fmt(a.readabilityMs)} ms, floor ${fmt(a.floorMs)} ms`);
  const sh = a.stageShare;
  const pct = (x: number | null) => (x === null ? "–" : `${Math.round(x * 100)} %`);
  out.push(`  where pipeline time goes         detect (findArticle) ${pct(sh.detect)}, read (readPage: clutter & text map) ${pct(sh.read)}, core analyze() ${pct(sh.core)} (background in the extension), highlight (session + apply) ${pct(sh.highlight)}`);
  if (a.profileTop.length) {
    const total = sum(detected(s).map((r) => r.pipelineMs ?? 0));
    out.push(`  CPU profile (--profile), self time summed over found articles, of ${fmt(total)} ms of pipeline medians:`);
    out.push(`    ${a.profileTop.map((f) => `${f.fn} ${fmt(f.ms)}`).join(", ")}`);
  }
  if (s.missedArticles.length) out.push(`  not found as articles          ${s.missedArticles.join(", ")}`);
  const n = s.nonArticles;
  out.push(`non-article pages: ${n.pages}, pipeline median ${fmt(n.medianMs)} ms, max ${fmt(n.maxMs)} ms (${n.worst ?? "–"})`);
  out.push(`  the real extension's fogwatch:detect (first run in a fresh tab, cold code): median ${fmt(n.extensionDetectMedianMs)} ms, max ${fmt(n.extensionDetectMaxMs)} ms`);
  out.push(`  indexDocument() + precheck() is ${pct(n.precheckShare)} of it (median); past the precheck into full detection: ${n.pastPrecheck.join(", ") || "none"}`);
  if (n.detectedAsArticle.length) out.push(`  taken for articles             ${n.detectedAsArticle.join(", ")}`);
  const lb = s.liveBlog;
  if (!s.extensionRun) {
    out.push(`live blog, ${lb.posts} posts, ${lb.words ?? "?"} words, in-page: pipeline ${fmt(lb.pipelineMs)} ms, main thread ${fmt(lb.mainMs)} ms, Readability ${fmt(lb.readabilityMs)} ms`);
    out.push("extension part not run (--in-page-only): fogwatch:* measures, bundle, JS heap, live blog in the extension, popup");
  } else {
    const b = s.bundle!;
    out.push(`content script ${b.file}: ${fmt(b.raw / 1024, 1)} KB raw, ${fmt(b.gzip / 1024, 1)} KB gzip -9; popup JS ${fmt(b.popupRaw / 1024, 1)} KB raw, ${fmt(b.popupGzip / 1024, 1)} KB gzip`);
    if (b.tree) {
      const t = b.tree;
      const kb = (x: number) => `${(x / 1024).toFixed(1)} KB`;
      out.push(`  from the tree: ${kb(t.raw)} raw, ${kb(t.gzip)} gzip; minified ${kb(t.minified)}, ${kb(t.minifiedGzip)} gzip`);
      out.push(`  by folder (unminified): ${t.folders.slice(0, 8).map((f) => `${f.folder} ${kb(f.bytes)}`).join(", ")}`);
    }
    const h = s.heap;
    const mb = (x: number | null) => (x === null ? "–" : `${(x / 2 ** 20).toFixed(2)} MB`);
    out.push(`JS heap, ${h.page} (renderer V8 heap after GC, median of ${h.loads} loads): without extension ${mb(h.withoutExtension.used)}, with ${mb(h.withExtension.used)}, added ${mb(h.added)} (Blink heap added ${mb(h.addedEmbedder)})`);
    const paused = h.withExtensionPaused.used;
    if (paused !== null && h.withoutExtension.used !== null && h.withExtension.used !== null) {
      out.push(`  of which the content script loaded and detecting (Fogwatch paused) ${mb(paused - h.withoutExtension.used)}, analysis + annotations ${mb(h.withExtension.used - paused)}`);
    }
    out.push(`live blog, ${lb.posts} posts, ${lb.words ?? "?"} words${lb.error ? ` (error: ${lb.error})` : ""}`);
    out.push(`  in-page: pipeline ${fmt(lb.pipelineMs)} ms, main thread ${fmt(lb.mainMs)} ms, Readability ${fmt(lb.readabilityMs)} ms`);
    const pass = (p: LivePass) =>
      `main-thread busy ${fmt(p.busyMs)} ms in ${p.tasks} tasks overlapping the measures (of which rendering updates ${fmt(p.framesMs)} ms in ${p.frames}), ` +
      `longest task ${fmt(p.longestTaskMs)} ms, ${p.longTasks} over 50 ms${p.longTaskKinds.length ? ` (${p.longTaskKinds.join("; ")})` : ""}; wall ${fmt(p.wallMs)} ms`;
    const measures = (p: LivePass) => Object.entries(p.measures).map(([k, v]) => `${k} ${fmt(v)}`).join(", ");
    const i = lb.initial;
    out.push(i ? `  extension, first pass: ${measures(i)} ms (wall times)` : "  extension, first pass: no fogwatch:* measures");
    if (i) out.push(`    ${pass(i)} (page alone: ${lb.longestPageTaskMs === null ? "no task over 50 ms" : `longest task ${fmt(lb.longestPageTaskMs)} ms`})`);
    const ap = lb.append;
    const kind = lb.appendKind === "append" ? "incremental (fogwatch:append)" : lb.appendKind === "re-read" ? "the whole story read again (new fogwatch:highlight)" : "nothing within 60 s";
    out.push(`  +${lb.appended} posts: ${kind}${ap ? `: ${measures(ap)} ms (wall times); done ${fmt(lb.appendToDoneMs)} ms after the insertion (includes the watcher's debounce)` : ""}`);
    if (ap) out.push(`    median of ${lb.appendBatchesBusyMs.length} batches (busy ${lb.appendBatchesBusyMs.map(fmt).join(", ")} ms; longest task of any ${fmt(lb.appendLongestTaskMs)} ms): ${pass(ap)}`);
    const sc = lb.scroll;
    if (sc) {
      out.push(`  scrolled to the bottom (${sc.heightPx} px in ${sc.steps} steps of 3 viewport heights every 50 ms, stopping 400 ms after every 10, then until 1.5 s without a part written): ${fmt(sc.ms)} ms, ${sc.tasks} tasks, longest ${fmt(sc.longestTaskMs)} ms, ${sc.longTasks} over 50 ms (page alone scrolled the same way: ${sc.pageLongestTaskMs === null ? "no task over 50 ms" : `longest task ${fmt(sc.pageLongestTaskMs)} ms, ${sc.pageLongTasks} over 50 ms`})`);
      if (sc.shows) out.push(`    parts written near the viewport: ${measures(sc.shows)} ms (wall times); ${pass(sc.shows)}`);
      else out.push("    no part written while scrolling (no fogwatch:show-part measure)");
    }
    out.push(`    +${lb.appended} posts = ${fmt(lb.appendVsWhole)} × the whole story's main-thread busy time (first pass + writing every part, from the ${lb.partsWritten} of ${lb.parts} written while scrolling: ${fmt(lb.wholeBusyMs)} ms; proportional ${fmt(lb.proportionalMs)} ms, 0.02 ×); ${fmt(lb.appendVsInitial)} × the first pass alone`);
    const p = s.popup;
    out.push(`popup (${p.reps} opens each): summary on the seed tab ${fmt(p.summaryMs)} ms, not-article state ${fmt(p.emptyMs)} ms, ratio ${fmt(p.ratio)} × (first render ${fmt(p.firstRenderMs)} ms; ms from the popup's navigation start)`);
  }
  out.push("\ntargets\n");
  out.push(table(["", "value", "target", "met"], s.targets.map((t) => [t.what, t.value, t.target, t.met === null ? "–" : t.met ? "yes" : "NO"])));
  return out.join("\n");
}
