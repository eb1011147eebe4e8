/**
 * The annotation session: the one object that changes an article page, and undoes every change.
 *
 *   apply(config) / applySliced(config) ──► claims / figures / sources ──► Highlighter (wraps text-node slices)
 *                                       ──► clutter ──► data-fogwatch="clutter" + mode attribute (CSS dims or collapses)
 *                                       ──► page stylesheet <style data-fogwatch="ui"> and the claim Tooltip (shadow root)
 *   addSegment(input) ──► the same for another analysed region (a live blog's new posts), nothing else touched
 *   holdSegment(input) ──► a region counted but not yet written (a huge story's part far from the viewport)
 *                          ──► showSegment(id), or reveal / step reaching it, writes it like addSegment
 *
 * Each kind is added or removed on its own, so toggles apply at once; with everything off (or after
 * destroy()) the article's markup is exactly what it was: same nodes, same attributes.
 *
 * All DOM work is a generator of small chunks (`reconcile`); the bookkeeping is brought up to date
 * within each chunk, so between chunks it describes exactly what is in the page. `apply` runs the chunks
 * in one go; `applySliced` runs as many as fit in a time budget, then yields to the page. Any apply or
 * destroy cancels a sliced run at its next yield: the next run starts from whatever is in the page.
 *
 * Segments: the constructor's input is segment 0; `addSegment` appends more. Claims and figures are
 * numbered globally (the segments' lists concatenated), sources by their place in the merged analysis.
 * Within a segment and kind, annotations are wrapped in order and unwrapped in reverse, so what is in the
 * page is always a prefix of the segment's spans (`Progress`).
 */
import { AnalysisMerger } from "../core/merge.ts";
import type { Analysis, Claim, Span } from "../core/types.ts";
import type { ClutterMode, Toggles } from "../shared/settings.ts";
import { PAGE_CSS, sideColour, sideLabel, sideTone } from "./annotation-style.ts";
import { Highlighter, MARK_TAG, type HighlightRequest, type MarkKind } from "./highlighter.ts";
import { findMentions } from "./mentions.ts";
import { yieldToPage } from "./steps.ts";
import { Tooltip, type TooltipContent } from "./tooltip.ts";
import type { ClutterElement, TextMap } from "./types.ts";

export interface SessionConfig {
  toggles: Toggles;
  clutterMode: ClutterMode;
}

export interface SessionInput {
  analysis: Analysis;
  textMap: TextMap;
  clutter: ClutterElement[];
}

export type Shown = Record<keyof Toggles, number>;

/** How a sliced run shares the main thread. */
export interface SliceOptions {
  /** Awaited between slices. Default: `scheduler.yield()` where it exists, else a message-channel task. */
  yieldTo?: () => Promise<void>;
  /** Milliseconds of work per slice (performance.now()); default 8. */
  budgetMs?: number;
}

const ALL_OFF: Toggles = { claims: false, sources: false, figures: false, clutter: false };
const CLAIM = `${MARK_TAG}[data-fogwatch="claim"]`;
const FLASH_MS = 1600;
const DEFAULT_BUDGET_MS = 8;
/** Kinds in the order they are wrapped: a figure or source inside a claim nests inside its mark. */
const KINDS: readonly MarkKind[] = ["claim", "figure", "source"];
const TOGGLE: Record<MarkKind, keyof Toggles> = { claim: "claims", figure: "figures", source: "sources" };
/** Characters of text per unit of source-mention search (the unit a slice's budget is counted in). */
const MENTION_CHARS = 1024;

/** Which claims are highlighted: the ones nobody independent has confirmed. */
export const isFlagged = (claim: Claim) => claim.status !== "confirmed";

interface SavedAttributes {
  mark: string | null;
  mode: string | null;
}

/** How far a segment's annotations of one kind are in the page: every span before (entry, span). */
interface Progress {
  entry: number;
  span: number;
}

interface Segment {
  input: SessionInput;
  /** Global index of the segment's first claim and first figure. */
  claimBase: number;
  figureBase: number;
  /** Global index (in the merged analysis) of each of its sources. */
  sourceIndex: number[];
  /** What to wrap per annotation (a claim or figure: its own span; a source: its mentions). */
  spans: Record<MarkKind, Span[][] | null>;
  /** Marks per annotation, by index in the segment's analysis; none past `progress`. */
  marks: Record<MarkKind, HTMLElement[][]>;
  progress: Record<MarkKind, Progress>;
  /** Analysed and counted, but nothing of it written yet (see `holdSegment`). */
  held: boolean;
  /** How many of its claims are flagged (counted in `shown` while it is held). */
  flagged: number;
}

/** Hands out chunk sizes and says when a slice's time is up (see `SlicePace`). */
interface Pace {
  /** How many items of `phase` the next chunk may hold (at least 1). */
  take(phase: string): number;
  /** The chunk `take` sized is done, with `items` items. */
  done(phase: string, items: number): void;
}

/** Work done in chunks: each `yield` is a point where the page and the bookkeeping agree. */
type Work = Generator<void, void, void>;

const UNLIMITED: Pace = { take: () => Infinity, done: () => {} };

export class AnnotationSession {
  private readonly highlighter: Highlighter;
  private readonly segments: Segment[] = [];
  /**
   * Merges each added segment's analysis into one, in time proportional to the segment; made at the
   * first added segment (until then the analysis is the constructor's input itself).
   */
  private merger: AnalysisMerger | null = null;
  /** Number of annotations of each kind with marks in the page (sources: merged sources). */
  private readonly shownCount: Record<MarkKind, number> = { claim: 0, figure: 0, source: 0 };
  /** Per merged source: how many segment sources with marks it has. */
  private readonly sourceMarked: number[] = [];
  /** Per merged source: the (segment, index) pairs it merges. */
  private readonly sourceParts: [Segment, number][][] = [];
  private readonly clutterMarked = new Map<Element, SavedAttributes>();
  private config: SessionConfig = { toggles: { ...ALL_OFF }, clutterMode: "dim" };
  /** Bumped by every apply and destroy: a sliced run that sees it change stops. */
  private generation = 0;
  /** How big a chunk the work may do: the sliced runner's pace while it steps the work, else no limit. */
  private pace: Pace = UNLIMITED;
  private style: HTMLStyleElement | null = null;
  private tooltip: Tooltip | null = null;
  private listening = false;
  private stepIndex = -1;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();

  constructor(
    input: SessionInput,
    private readonly doc: Document = document,
  ) {
    this.highlighter = new Highlighter(doc);
    this.addSegmentState(input, input.analysis.sources.map((_, i) => i));
  }

  /** The analysis of everything annotated: the constructor's input, merged with every added segment's. */
  get analysis(): Analysis {
    return this.merger?.analysis ?? this.segments[0]!.input.analysis;
  }

  /** Shows what `config` asks for and removes the rest, in one go. */
  apply(config: SessionConfig): void {
    this.generation++;
    this.config = copyConfig(config);
    runAll(this.reconcile(null));
  }

  /**
   * `apply`, with the DOM work in slices of `budgetMs` and `yieldTo()` awaited between them. Resolves when
   * done, or early when a later apply, applySliced or destroy took over (which carries on from there).
   */
  applySliced(config: SessionConfig, options: SliceOptions = {}): Promise<void> {
    const generation = ++this.generation;
    this.config = copyConfig(config);
    return this.runSliced(this.reconcile(null), generation, options);
  }

  /**
   * Adds another analysed region of the page (e.g. a live blog's new posts) and annotates it as the
   * current config says, leaving the other segments' marks alone. Its claims and figures are numbered
   * after the existing ones; its sources join the merged analysis by name. Without options the work is
   * done at once; with options it is sliced (as `applySliced`) and the promise says when it is done.
   * It does not cancel a sliced apply in progress (which skips whatever this already did); an apply or
   * destroy cancels it.
   */
  addSegment(input: SessionInput): void;
  addSegment(input: SessionInput, options: SliceOptions): Promise<void>;
  addSegment(input: SessionInput, options?: SliceOptions): Promise<void> | void {
    if (!options) {
      runAll(this.reconcile(this.createSegment(input)));
      return;
    }
    return this.addSegmentSliced(input, options);
  }

  /** `addSegment` with the DOM work in slices. */
  addSegmentSliced(input: SessionInput, options: SliceOptions = {}): Promise<void> {
    const segment = this.createSegment(input);
    return this.runSliced(this.reconcile(segment), this.generation, options);
  }

  /**
   * Adds an analysed region like `addSegment`, but writes nothing of it yet: it is in `analysis`, and in
   * `shown` as due, and applies leave it alone until `showSegment(id)` (or reveal or step reaching one of
   * its annotations) writes it as the config then says. For the parts of a huge story that the reader has
   * not scrolled near: every write into a page of thousands of posts costs a rendering update of the
   * whole list. Returns the id to show it by.
   */
  holdSegment(input: SessionInput): number {
    this.createSegment(input).held = true;
    return this.segments.length - 1;
  }

  /** Writes a held segment (see `holdSegment`), in slices like `addSegment`; nothing to do if it is not held. */
  showSegment(id: number, options: SliceOptions = {}): Promise<void> {
    const segment = this.segments[id];
    if (!segment?.held) return Promise.resolve();
    segment.held = false;
    return this.runSliced(this.reconcile(segment), this.generation, options);
  }

  /** Removes everything this session added or marked. */
  destroy(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.apply({ toggles: { ...ALL_OFF }, clutterMode: this.config.clutterMode });
    this.highlighter.removeAll();
  }

  /** How many annotations of each kind are in the page now, or due in held segments as the config says. */
  get shown(): Shown {
    const { toggles } = this.config;
    const shown = {
      claims: this.shownCount.claim,
      figures: this.shownCount.figure,
      sources: this.shownCount.source,
      clutter: this.clutterMarked.size,
    };
    const dueSources = new Set<number>();
    for (const seg of this.segments) {
      if (!seg.held) continue;
      if (toggles.claims) shown.claims += seg.flagged;
      if (toggles.figures) shown.figures += seg.input.analysis.figures.length;
      if (toggles.sources) for (const global of seg.sourceIndex) if (!this.sourceMarked[global]) dueSources.add(global);
      if (toggles.clutter) for (const { element } of seg.input.clutter) if (!this.clutterMarked.has(element)) shown.clutter++;
    }
    shown.sources += dueSources.size;
    return shown;
  }

  /** Scrolls to the index-th claim, figure or source (global order) and flashes it. */
  reveal(kind: MarkKind, index: number): boolean {
    this.showHolding(kind, index);
    const marks = this.marksOf(kind, index);
    const first = marks[0];
    if (!first?.isConnected) return false;
    scrollToCentre(first);
    for (const mark of marks) mark.setAttribute("data-fogwatch-flash", "");
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      for (const mark of marks) mark.removeAttribute("data-fogwatch-flash");
    }, FLASH_MS);
    this.timers.add(timer);
    if (kind === "claim") this.focusClaim(index);
    return true;
  }

  /** Moves the focus to the next (1) or previous (-1) highlighted claim, wrapping around. */
  step(direction: 1 | -1): boolean {
    const due = this.config.toggles.claims;
    const indexes = this.segments.flatMap((seg) =>
      seg.held
        ? due ? seg.input.analysis.claims.flatMap((c, i) => (isFlagged(c) ? [seg.claimBase + i] : [])) : []
        : seg.marks.claim.flatMap((m, i) => (m.length ? [seg.claimBase + i] : [])),
    );
    if (!indexes.length) return false;
    const focused = this.claimIndexOf(this.doc.activeElement);
    const from = focused ?? this.stepIndex;
    const pos = indexes.indexOf(from);
    const next =
      pos < 0
        ? direction === 1 ? indexes.find((i) => i > from) ?? indexes[0]! : [...indexes].reverse().find((i) => i < from) ?? indexes.at(-1)!
        : indexes[(pos + direction + indexes.length) % indexes.length]!;
    return this.focusClaim(next, true);
  }

  // ── Segments ──────────────────────────────────────────────────────────────────────────────────

  private createSegment(input: SessionInput): Segment {
    this.merger ??= new AnalysisMerger(this.analysis);
    const sourceIndex = this.merger.add(input.analysis);
    return this.addSegmentState(input, sourceIndex);
  }

  /**
   * Writes, at once, the held segment that the index-th annotation of a kind is in (for a source: the
   * first held segment mentioning it, when no segment shown has a mark of it).
   */
  private showHolding(kind: MarkKind, index: number): void {
    let seg: Segment | undefined;
    if (kind !== "source") seg = this.locate(kind, index)?.[0];
    else if (!this.marksOf(kind, index).some((m) => m.isConnected)) seg = this.sourceParts[index]?.find(([s]) => s.held)?.[0];
    if (!seg?.held) return;
    seg.held = false;
    runAll(this.reconcile(seg));
  }

  private addSegmentState(input: SessionInput, sourceIndex: number[]): Segment {
    const last = this.segments.at(-1);
    const segment: Segment = {
      input,
      claimBase: last ? last.claimBase + last.input.analysis.claims.length : 0,
      figureBase: last ? last.figureBase + last.input.analysis.figures.length : 0,
      sourceIndex,
      spans: { claim: null, figure: null, source: null },
      marks: { claim: [], figure: [], source: [] },
      progress: { claim: { entry: 0, span: 0 }, figure: { entry: 0, span: 0 }, source: { entry: 0, span: 0 } },
      held: false,
      flagged: input.analysis.claims.reduce((n, claim) => (isFlagged(claim) ? n + 1 : n), 0),
    };
    sourceIndex.forEach((global, local) => (this.sourceParts[global] ??= []).push([segment, local]));
    this.segments.push(segment);
    return segment;
  }

  /** The segment holding the global index-th claim or figure, and the index in it. */
  private locate(kind: "claim" | "figure", index: number): [Segment, number] | null {
    for (const seg of this.segments) {
      const base = kind === "claim" ? seg.claimBase : seg.figureBase;
      const count = kind === "claim" ? seg.input.analysis.claims.length : seg.input.analysis.figures.length;
      if (index >= base && index < base + count) return [seg, index - base];
    }
    return null;
  }

  private marksOf(kind: MarkKind, index: number): HTMLElement[] {
    if (kind === "source") return (this.sourceParts[index] ?? []).flatMap(([seg, i]) => seg.marks.source[i] ?? []);
    const at = this.locate(kind, index);
    return at ? at[0].marks[kind][at[1]] ?? [] : [];
  }

  private claimAt(index: number): Claim | undefined {
    const at = this.locate("claim", index);
    return at ? at[0].input.analysis.claims[at[1]] : undefined;
  }

  // ── The work ──────────────────────────────────────────────────────────────────────────────────

  /**
   * Brings one segment (or all, including any added meanwhile) in line with the config. Held segments
   * have nothing in the page and are left alone.
   */
  private *reconcile(only: Segment | null): Work {
    const { toggles, clutterMode } = this.config;
    const segments = () => (only ? [only] : this.segments);
    for (const kind of KINDS) {
      const on = toggles[TOGGLE[kind]];
      for (let i = 0; i < segments().length; i++) {
        const seg = segments()[i]!;
        if (!seg.held) yield* on ? this.wrapKind(seg, kind) : this.unwrapKind(seg, kind);
      }
    }
    if (!toggles.clutter) yield* this.unmarkClutter();
    else for (let i = 0; i < segments().length; i++) if (!segments()[i]!.held) yield* this.markClutter(segments()[i]!, clutterMode);
    this.syncChrome();
  }

  private *wrapKind(seg: Segment, kind: MarkKind): Work {
    const spans = seg.spans[kind] ?? (yield* this.spansOf(seg, kind));
    // Shared with any other run over this segment (a sliced apply and addSegment's): read at every chunk.
    const progress = seg.progress[kind];
    while (progress.entry < spans.length) {
      const limit = this.pace.take(kind);
      const batch: { entry: number; span: Span }[] = [];
      let { entry, span } = progress;
      while (batch.length < limit && entry < spans.length) {
        const list = spans[entry]!;
        if (span < list.length) batch.push({ entry, span: list[span++]! });
        if (span >= list.length) [entry, span] = [entry + 1, 0];
      }
      const made = this.highlighter.highlightMany(batch.map((b) => this.request(seg, kind, b.entry, b.span)));
      batch.forEach((b, n) => this.addMarks(seg, kind, b.entry, made[n]!));
      progress.entry = entry;
      progress.span = span;
      this.pace.done(kind, batch.length);
      this.syncChrome();
      yield;
    }
  }

  /** Unwraps a segment's marks of one kind, last first, so what stays is still a prefix. */
  private *unwrapKind(seg: Segment, kind: MarkKind): Work {
    const progress = seg.progress[kind];
    const marks = seg.marks[kind];
    while (progress.entry > 0 || progress.span > 0) {
      const limit = this.pace.take("unwrap");
      let end = progress.span > 0 ? progress.entry + 1 : progress.entry;
      let count = 0;
      const removed: HTMLElement[] = [];
      while (end > 0 && count < limit) {
        end--;
        const list = marks[end] ?? [];
        removed.push(...list);
        count += list.length + 1;
        if (list.length) this.noteShown(seg, kind, end, -1);
      }
      this.highlighter.remove(removed);
      marks.length = Math.min(marks.length, end);
      progress.entry = end;
      progress.span = 0;
      this.pace.done("unwrap", count);
      this.syncChrome();
      yield;
    }
  }

  /** What to wrap per annotation of a kind; a source's mentions are searched for in slices of text. */
  private *spansOf(seg: Segment, kind: MarkKind): Generator<void, Span[][], void> {
    const { analysis, textMap } = seg.input;
    if (kind === "claim") return (seg.spans.claim = analysis.claims.map((c) => (isFlagged(c) ? [c] : [])));
    if (kind === "figure") return (seg.spans.figure = analysis.figures.map((f) => [f]));
    const { text } = textMap;
    const { sources } = analysis;
    const found: Span[][] = sources.map(() => []);
    // A mention never spans a blank line (unless a name does), so each block of text can be searched on
    // its own with the same result: the text is cut only where a blank line starts.
    const canCut = !sources.some((s) => [s.name, ...s.aliases].some((n) => n.includes("\n")));
    let at = 0;
    while (at < text.length) {
      const size = this.pace.take("mentions") * MENTION_CHARS;
      let end = canCut ? at + size : text.length;
      if (end < text.length) {
        const cut = text.indexOf("\n\n", end);
        end = cut < 0 ? text.length : cut;
      }
      findMentions(text.slice(at, end), sources).forEach((spans, i) => {
        for (const m of spans) found[i]!.push({ start: m.start + at, end: m.end + at });
      });
      this.pace.done("mentions", Math.ceil((end - at) / MENTION_CHARS));
      at = end;
      yield;
    }
    return (seg.spans.source = found);
  }

  private request(seg: Segment, kind: MarkKind, entry: number, span: Span): HighlightRequest {
    const { analysis, textMap } = seg.input;
    const slices = textMap.slicesFor(span.start, span.end);
    if (kind === "claim") {
      const claim = analysis.claims[entry]!;
      return {
        slices,
        kind,
        attributes: {
          "data-fogwatch-index": String(seg.claimBase + entry),
          "data-fogwatch-status": claim.status,
          "data-fogwatch-side": claim.side,
          "data-fogwatch-tone": sideTone(claim.side),
        },
      };
    }
    if (kind === "figure") return { slices, kind, attributes: { "data-fogwatch-index": String(seg.figureBase + entry) } };
    const global = seg.sourceIndex[entry]!;
    const side = this.analysis.sources[global]?.side ?? analysis.sources[entry]!.side;
    return { slices, kind, attributes: { "data-fogwatch-index": String(global), "data-fogwatch-tone": sideTone(side) } };
  }

  private addMarks(seg: Segment, kind: MarkKind, entry: number, made: HTMLElement[]): void {
    const list = (seg.marks[kind][entry] ??= []);
    if (!made.length) return;
    if (!list.length) {
      this.noteShown(seg, kind, entry, 1);
      if (kind === "claim") makeReachable(made, seg.input.analysis.claims[entry]!);
    }
    list.push(...made);
  }

  private noteShown(seg: Segment, kind: MarkKind, entry: number, delta: 1 | -1): void {
    if (kind !== "source") {
      this.shownCount[kind] += delta;
      return;
    }
    const global = seg.sourceIndex[entry]!;
    const before = this.sourceMarked[global] ?? 0;
    const after = before + delta;
    this.sourceMarked[global] = after;
    if (before === 0 && after > 0) this.shownCount.source++;
    else if (before > 0 && after === 0) this.shownCount.source--;
  }

  private *markClutter(seg: Segment, mode: ClutterMode): Work {
    const { clutter } = seg.input;
    for (let i = 0; i < clutter.length; ) {
      const end = Math.min(clutter.length, i + this.pace.take("clutter"));
      const start = i;
      for (; i < end; i++) {
        const { element } = clutter[i]!;
        if (!this.clutterMarked.has(element)) {
          this.clutterMarked.set(element, {
            mark: element.getAttribute("data-fogwatch"),
            mode: element.getAttribute("data-fogwatch-clutter"),
          });
          element.setAttribute("data-fogwatch", "clutter");
        }
        if (element.getAttribute("data-fogwatch-clutter") !== mode) element.setAttribute("data-fogwatch-clutter", mode);
      }
      this.pace.done("clutter", end - start);
      this.syncChrome();
      yield;
    }
  }

  private *unmarkClutter(): Work {
    while (this.clutterMarked.size) {
      const limit = this.pace.take("clutter");
      let n = 0;
      for (const [el, saved] of this.clutterMarked) {
        if (n++ >= limit) break;
        restoreAttribute(el, "data-fogwatch", saved.mark);
        restoreAttribute(el, "data-fogwatch-clutter", saved.mode);
        this.clutterMarked.delete(el);
      }
      this.pace.done("clutter", n);
      this.syncChrome();
      yield;
    }
  }

  /** The stylesheet while anything is marked; the claim listeners while claims are shown and wanted. */
  private syncChrome(): void {
    this.setListening(this.config.toggles.claims && this.shownCount.claim > 0);
    this.setStyle(this.highlighter.size > 0 || this.clutterMarked.size > 0);
  }

  /** Runs work in slices until it is done or a later apply or destroy bumps the generation. */
  private async runSliced(work: Work, generation: number, options: SliceOptions): Promise<void> {
    const pace = new SlicePace(options.budgetMs ?? DEFAULT_BUDGET_MS);
    const yieldTo = options.yieldTo ?? yieldToPage;
    try {
      for (;;) {
        this.pace = pace;
        const step = work.next();
        this.pace = UNLIMITED;
        if (step.done) return;
        if (pace.isSliceOver()) {
          await yieldTo();
          if (generation !== this.generation) return;
          pace.startSlice();
        }
      }
    } finally {
      this.pace = UNLIMITED;
      work.return();
    }
  }

  private setStyle(on: boolean): void {
    if (!on) {
      this.style?.remove();
      this.style = null;
      return;
    }
    if (this.style?.isConnected) return;
    const style = this.doc.createElement("style");
    style.setAttribute("data-fogwatch", "ui");
    style.textContent = PAGE_CSS;
    (this.doc.head ?? this.doc.documentElement).appendChild(style);
    this.style = style;
  }

  private setListening(on: boolean): void {
    if (on === this.listening) return;
    this.listening = on;
    const method = on ? "addEventListener" : "removeEventListener";
    this.doc[method]("mouseover", this.onPointer, true);
    this.doc[method]("mouseout", this.onPointerOut, true);
    this.doc[method]("focusin", this.onPointer, true);
    this.doc[method]("focusout", this.onPointerOut, true);
    this.doc[method]("keydown", this.onKey, true);
    // The tooltip is fixed to the viewport: it follows its claim when the page scrolls.
    this.doc[method]("scroll", this.onScroll, true);
    if (!on) {
      this.tooltip?.destroy();
      this.tooltip = null;
    }
  }

  private readonly onPointer = (event: Event): void => {
    const mark = closestClaim(event.target);
    const index = this.claimIndexOf(mark);
    const claim = index === null ? undefined : this.claimAt(index);
    if (!mark || !claim) return;
    this.tooltip ??= new Tooltip(this.doc);
    this.tooltip.show(mark, tooltipContent(claim));
  };

  private readonly onPointerOut = (event: Event): void => {
    const from = closestClaim(event.target);
    const to = closestClaim((event as FocusEvent | MouseEvent).relatedTarget);
    if (from && (!to || to.dataset.fogwatchIndex !== from.dataset.fogwatchIndex)) this.tooltip?.hide();
  };

  private readonly onScroll = (): void => {
    this.tooltip?.reposition();
  };

  private readonly onKey = (event: Event): void => {
    if ((event as KeyboardEvent).key === "Escape") this.tooltip?.hide();
  };

  private claimIndexOf(el: Element | null): number | null {
    const mark = closestClaim(el);
    const index = Number(mark?.dataset.fogwatchIndex);
    return mark && Number.isInteger(index) && this.marksOf("claim", index).includes(mark) ? index : null;
  }

  private focusClaim(index: number, scroll = false): boolean {
    this.showHolding("claim", index);
    const first = this.marksOf("claim", index)[0];
    if (!first?.isConnected) return false;
    this.stepIndex = index;
    if (scroll) scrollToCentre(first);
    first.focus({ preventScroll: true });
    return true;
  }
}

function copyConfig(config: SessionConfig): SessionConfig {
  return { toggles: { ...config.toggles }, clutterMode: config.clutterMode };
}

function runAll(work: Work): void {
  while (!work.next().done);
}

/**
 * The time budget of a sliced run: a slice is over when `budgetMs` have passed since it started. Chunks
 * are sized from what an item of the same phase cost so far (highlighting a claim, unwrapping a mark,
 * searching 1 KB of text for sources) to fill a quarter of the budget or what is left of it; the first
 * chunk of a phase is small, since nothing is known about it yet.
 */
class SlicePace implements Pace {
  private readonly costs = new Map<string, number>();
  private sliceStart = performance.now();
  private chunkStart = 0;

  constructor(private readonly budgetMs: number) {}

  startSlice(): void {
    this.sliceStart = performance.now();
  }

  isSliceOver(): boolean {
    return performance.now() - this.sliceStart >= this.budgetMs;
  }

  take(phase: string): number {
    this.chunkStart = performance.now();
    const cost = this.costs.get(phase);
    if (cost === undefined) return 4;
    // A quarter of the budget at most: an item dearer than the estimate overshoots by one small chunk.
    const left = Math.min(this.budgetMs / 4, this.budgetMs - (this.chunkStart - this.sliceStart));
    return Math.max(1, Math.min(1000, Math.floor(left / Math.max(cost, 0.001))));
  }

  done(phase: string, items: number): void {
    if (items <= 0) return;
    const cost = (performance.now() - this.chunkStart) / items;
    const before = this.costs.get(phase);
    // Quick to believe that items got dearer, slow to believe they got cheaper.
    this.costs.set(phase, before === undefined ? cost : Math.max(cost, (before + cost) / 2));
  }
}

function closestClaim(target: EventTarget | null): HTMLElement | null {
  const el = target as Element | null;
  if (!el || typeof el.closest !== "function") return null;
  return el.closest<HTMLElement>(CLAIM);
}

function restoreAttribute(el: Element, name: string, value: string | null): void {
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

function scrollToCentre(el: Element): void {
  // jsdom (tests) has no scrollIntoView.
  if (typeof el.scrollIntoView === "function") el.scrollIntoView({ block: "center", behavior: "smooth" });
}

const STATUS_HEADINGS: Record<string, string> = {
  disclaimed: "Could not be verified",
  unverified: "Unverified claim",
  confirmed: "Confirmed",
};

/** What the tooltip says about a claim. */
export function tooltipContent(claim: Claim): TooltipContent {
  return {
    heading: STATUS_HEADINGS[claim.status] ?? claim.status,
    status: claim.status,
    rows: [
      ["Claimed by", claim.source ?? "an unnamed source"],
      ["Side", sideLabel(claim.side)],
    ],
    reasons: claim.reasons,
    tone: sideColour(claim.side),
  };
}

/** Keyboard readers reach each claim once (its first piece) and hear what the tooltip says. */
function makeReachable(marks: readonly HTMLElement[], claim: Claim): void {
  const first = marks[0];
  if (!first) return;
  first.tabIndex = 0;
  first.setAttribute("role", "mark");
  first.setAttribute("aria-description", describe(claim));
}

function describe(claim: Claim): string {
  const c = tooltipContent(claim);
  return [c.heading, ...c.rows.map(([k, v]) => `${k}: ${v}`), ...c.reasons].join(". ");
}
