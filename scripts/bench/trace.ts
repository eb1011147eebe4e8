/**
 * Main-thread tasks from a Chromium trace (CDP Tracing), for the live blog. The page's Long Tasks API
 * does not see every task that runs content-script code (in this Chromium content-script promise
 * continuations run in a microtask checkpoint outside any task and are not reported), so the bench
 * reads the top-level slices of the thread that recorded the fogwatch:* User Timing measures.
 *
 * Only the `toplevel` and `blink.user_timing` categories: `devtools.timeline` would say which script
 * (page or extension) ran in each task, but it records an event for every call from the DOM into JS
 * (each NodeFilter callback of a tree walk, for instance) and so slows down the very work measured:
 * in a trial (one run each, loaded machine) the first pass on the live blog took 6.0 s of main thread
 * with it and 3.7 s without.
 */
import type { BrowserContext, CDPSession, Page } from "playwright-core";

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  id2?: { local?: string; global?: string };
  args?: { src_func?: string };
}

/** A span on the trace clock, in ms from the first fogwatch measure's start. */
export interface Span {
  name: string;
  start: number;
  duration: number;
}

/** A top-level task; `frame`: it is a rendering update (BeginMainFrame: style, layout, paint). */
export interface Task extends Span {
  frame: boolean;
}

export interface TraceSummary {
  measures: Span[];
  /** All top-level tasks of the main thread of the tab's renderer (the thread that recorded the measures). */
  tasks: Task[];
}

export interface Tracer {
  stop(): Promise<TraceEvent[]>;
}

export async function startTracing(context: BrowserContext, page: Page): Promise<Tracer> {
  const cdp: CDPSession = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on("Tracing.dataCollected", (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send("Tracing.start", { categories: "toplevel,blink.user_timing", transferMode: "ReportEvents" });
  return {
    async stop() {
      const done = new Promise<void>((resolve) => cdp.once("Tracing.tracingComplete", () => resolve()));
      await cdp.send("Tracing.end");
      await done;
      await cdp.detach().catch(() => undefined);
      return events;
    },
  };
}

/**
 * Top-level slices of main-thread work: RunTask events and what runs outside them (content-script
 * promise continuations run in a BlinkScheduler_PerformMicrotaskCheckpoint slice of their own).
 */
function topLevelSlices(events: readonly TraceEvent[], pid: number, tid: number): TraceEvent[] {
  const slices = events.filter((e) => e.ph === "X" && e.pid === pid && e.tid === tid && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const top: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of slices) {
    if (e.ts < end) continue; // nested in the previous top-level slice
    top.push(e);
    end = e.ts + e.dur!;
  }
  return top;
}

/** The fogwatch:* measures (paired async begin/end events) and the top-level tasks of their thread. */
export function summarizeTrace(events: readonly TraceEvent[]): TraceSummary {
  const open = new Map<string, TraceEvent>();
  const raw: { name: string; ts: number; end: number; pid: number; tid: number }[] = [];
  for (const e of events) {
    if (!e.name.startsWith("fogwatch:") || !e.cat.includes("user_timing")) continue;
    const key = `${e.name}|${e.id ?? e.id2?.local ?? e.id2?.global ?? ""}|${e.pid}`;
    if (e.ph === "b" || e.ph === "S") open.set(key, e);
    else if ((e.ph === "e" || e.ph === "F") && open.has(key)) {
      const b = open.get(key)!;
      open.delete(key);
      raw.push({ name: e.name, ts: b.ts, end: e.ts, pid: b.pid, tid: b.tid });
    }
  }
  if (!raw.length) return { measures: [], tasks: [] };
  raw.sort((a, b) => a.ts - b.ts);
  const { pid, tid } = raw[0]!;
  const t0 = raw[0]!.ts;
  const span = (name: string, ts: number, durUs: number): Span => ({ name, start: (ts - t0) / 1000, duration: durUs / 1000 });
  return {
    measures: raw.map((m) => span(m.name, m.ts, m.end - m.ts)),
    tasks: topLevelSlices(events, pid, tid).map((e) => ({ ...span(e.name, e.ts, e.dur!), frame: /BeginMainFrame/.test(e.args?.src_func ?? "") })),
  };
}
