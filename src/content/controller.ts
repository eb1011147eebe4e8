/**
 * The content script's parts:
 *
 *   page load ─► detect (findArticle, read-only, cheap) ─┬─ no: report "not-article", watch a
 *                                                         │      while for a late-rendered story
 *                                                         └─ yes: settings ─► read the page (clutter,
 *                                                               text map) ─► analyze in the background
 *                                                               ─► session.applySliced (yields to the page)
 *   storage.onChanged (settings) ─► session.apply(effective toggles)  (at once, no reload)
 *   a huge story (thousands of posts) ─► its head as above, then the rest a part per step
 *                                          (read, analyse, session.holdSegment); a part's marks are
 *                                          written when the reader comes near it (NearView ─► showSegment)
 *   page appends to the story (live blog, "load more") ─► read and analyse only the new elements
 *                                                         ─► session.addSegment
 *   page rewrites the story ─► destroy, read and analyse again, apply (bounded)
 *   popup / background messages ─► get-state, reveal, step
 *   every change of state ─► "fogwatch:page-state" to the background (badge)
 *
 * Page work is serialised (one step at a time, in order); nothing here may throw into the page:
 * every entry point goes through `safely`.
 */
import type { Analysis } from "../core/types.ts";
import { createCountPill, type CountPill } from "../page/count-pill.ts";
import { findArticle, findArticleSteps } from "../page/article.ts";
import { clutterItems, readPageSteps } from "../page/read-page.ts";
import { runStepsSliced, yieldToPage, type Steps } from "../page/steps.ts";
import { AnnotationSession, type SessionConfig } from "../page/session.ts";
import { readAddedPosts, readStoryBlocks, type ReadPosts } from "../page/added-posts.ts";
import { NearView } from "../page/near-view.ts";
import { splitStory } from "../page/story-parts.ts";
import type { ArticleCandidate } from "../page/types.ts";
import { loadSettings, onMessage, onSettingsChanged, sendToBackground } from "../platform/index.ts";
import {
  isAnalysis, isContentMessage, MAX_ANALYSIS_CHARS, type AnalysisRequest, type ContentMessage, type PageState, type PageStatus,
} from "../shared/messages.ts";
import { DEFAULT_SETTINGS, effectiveToggles, type Settings } from "../shared/settings.ts";
import { watchForLateArticle, watchRoots, type StoryChange, type Watcher } from "./watch.ts";

/**
 * Slice budget (ms) for annotating new posts or a part of a huge story. Above the session's default of 8:
 * a batch of new posts then usually fits in one slice, and the page lays it out in one rendering update
 * instead of two (on a long live blog every update lays out the whole list again, 25-30 ms here).
 */
const SEGMENT_BUDGET_MS = 20;

/** How often a page that keeps rewriting its story gets read again from scratch before we stop following. */
const MAX_REREADS = 8;

/** Runs the core's analysis somewhere (the background in the extension; in-process in tests). */
export type Analyzer = (request: AnalysisRequest) => Promise<Analysis>;

/** Asks the background to analyse the text: the analysis never runs on the page's main thread. */
export const analyzeInBackground: Analyzer = async (request) => {
  const reply: unknown = await sendToBackground("fogwatch:analyze", request);
  if (!isAnalysis(reply)) throw new Error("the background sent no analysis");
  return reply;
};

interface Annotated {
  article: ArticleCandidate;
  session: AnnotationSession;
  watcher: Watcher;
  /** The story's clutter elements (left out of parts and new posts too). */
  clutter: ReadonlySet<Element>;
  /** Parts of a huge story still to read, analyse and annotate (see story-parts.ts). */
  rest: Element[][];
  /** Watches the parts read but not yet written, to write each when the reader comes near it. */
  nearView: NearView;
}

export class ContentController {
  private status: PageStatus = "not-article";
  private settings: Settings = structuredClone(DEFAULT_SETTINGS);
  private isArticle = false;
  private annotated: Annotated | null = null;
  /** The candidate the last findArticle() returned, for readPage() to reuse instead of detecting again. */
  private detected: ArticleCandidate | null = null;
  private rereads = 0;
  /** The reader's count of highlighted claims in the page corner; dismissed for this page only. */
  private pill: CountPill | null = null;
  private pillDismissed = false;
  /** The last queued step of page work: steps run one after another. */
  private queue: Promise<void> = Promise.resolve();
  private ready: Promise<void> = Promise.resolve();

  constructor(
    private readonly doc: Document = document,
    private readonly host: string = location.hostname,
    private readonly analyzer: Analyzer = analyzeInBackground,
  ) {}

  /** Detects the article, annotates it per settings, and starts listening. */
  start(): Promise<void> {
    onMessage(isContentMessage, (message) => this.answer(message));
    onSettingsChanged((settings) => {
      this.settings = settings;
      void this.enqueue(() => this.update());
    });
    this.ready = this.enqueue(() => this.begin());
    return this.ready;
  }

  /**
   * Detects the article (in steps that yield on a huge page); annotates it, or watches for a late one.
   * Waits for the browser to be idle first: the page's own first rendering (seconds of layout on a
   * huge page) goes before our work rather than between its slices.
   */
  private async begin(): Promise<void> {
    await idle();
    this.detected = await timedAsync("fogwatch:detect", () => sliced(findArticleSteps(this.doc)));
    this.isArticle = this.detected !== null;
    if (!this.isArticle) {
      this.report();
      const body = this.doc.body;
      if (body) watchForLateArticle(body, () => safely(() => this.lateArticle()) ?? true);
      return;
    }
    await this.loadAndUpdate();
  }

  /** What the popup and background are told about this page. */
  get state(): PageState {
    const a = this.annotated;
    return {
      status: this.status,
      host: this.host,
      analysis: this.status === "article" && a ? a.session.analysis : null,
      shown: a ? a.session.shown : { claims: 0, sources: 0, figures: 0, clutter: 0 },
    };
  }

  /** Queues a step of page work after the ones before it; a failing step is reported, not thrown. */
  private enqueue(step: () => Promise<void> | void): Promise<void> {
    this.queue = this.queue.then(step).catch(warn);
    return this.queue;
  }

  private async loadAndUpdate(): Promise<void> {
    try {
      this.settings = await loadSettings();
    } catch (error) {
      warn(error); // storage unavailable: defaults
    }
    // Let the page handle input and paint first.
    await idle();
    await this.update();
    safely(() => performance.mark("fogwatch:ready"));
  }

  private config(): SessionConfig {
    return { toggles: effectiveToggles(this.settings, this.host), clutterMode: this.settings.clutterMode };
  }

  /** Brings the page in line with the settings; reads and analyses the story on first need. */
  private async update(): Promise<void> {
    if (!this.isArticle) {
      if (this.status !== "not-article") this.setStatus("not-article");
      return;
    }
    const config = this.config();
    if (!Object.values(config.toggles).some(Boolean)) {
      const a = this.annotated;
      if (a) await a.watcher.sliced((yieldToPage) => a.session.applySliced(config, { yieldTo: yieldToPage }));
      this.setStatus("off");
      return;
    }
    const a = this.annotated ?? (await this.analyze());
    if (!a) {
      this.isArticle = false;
      this.setStatus("not-article");
      return;
    }
    await timedAsync("fogwatch:highlight", () =>
      a.watcher.sliced((yieldToPage) => a.session.applySliced(this.config(), { yieldTo: yieldToPage })),
    );
    this.setStatus("article");
    if (a.rest.length) void this.enqueue(() => this.readNextPart(a));
    else markComplete();
  }

  private async analyze(): Promise<Annotated | null> {
    // A huge story is read in parts: its head now, the rest after it is shown (one part per step).
    const split = this.detected ? splitStory(this.detected) : null;
    const parts = await timedAsync("fogwatch:read", () => sliced(readPageSteps(this.doc, split?.head ?? this.detected)));
    if (!parts) return null;
    const { textMap, clutter } = parts;
    const article = split && parts.article === split.head ? this.detected! : parts.article;
    const rest = split && parts.article === split.head ? split.rest : [];
    const analysis = await timedAsync("fogwatch:analyze", () =>
      this.analyzer({ text: textMap.text.slice(0, MAX_ANALYSIS_CHARS), meta: article.meta, clutter: clutterItems(clutter) }),
    );
    if (!analysis.article) return null;
    const session = new AnnotationSession({ analysis, textMap, clutter }, this.doc);
    const watcher = watchRoots(article.roots, (change) => void this.enqueue(() => this.storyChanged(change)));
    const nearView = new NearView(this.doc.defaultView ?? window);
    this.annotated = { article, session, watcher, clutter: new Set(clutter.map((c) => c.element)), rest, nearView };
    return this.annotated;
  }

  /** The page changed the story: annotate what it added, or read the story again if it rewrote it. */
  private async storyChanged(change: StoryChange): Promise<void> {
    const a = this.annotated;
    if (!a) return;
    if (!change.rewritten) {
      const added = await this.addPosts(a, () => readAddedPosts(a.article, change.added, (el) => a.clutter.has(el)), "fogwatch:append");
      if (added) return;
    }
    if (++this.rereads > MAX_REREADS) {
      a.watcher.disconnect(); // keep what is shown; stop following a page that never settles
      return;
    }
    a.nearView.disconnect();
    a.watcher.quietly(() => a.session.destroy());
    a.watcher.disconnect();
    this.annotated = null;
    this.detected = await sliced(findArticleSteps(this.doc));
    this.isArticle = this.detected !== null;
    await this.update();
  }

  /** Reads, analyses and annotates the next part of a huge story; queues the one after it. */
  private async readNextPart(a: Annotated): Promise<void> {
    const part = a.rest.shift();
    if (!part || this.annotated !== a) return;
    await this.addPosts(a, () => readStoryBlocks(a.article, part, (el) => a.clutter.has(el)), "fogwatch:part", part);
    if (a.rest.length) {
      void this.enqueue(() => this.readNextPart(a));
      return;
    }
    // The count pill learns the whole story's count once: each update of it is a rendering update.
    if (this.status === "article" && this.annotated === a) this.setStatus("article");
    markComplete();
  }

  /**
   * Writes the marks of a part held until the reader came near it, in a task of its own: parts that came
   * near together are written one per task, each followed by its own (small) rendering update.
   */
  private async showPart(a: Annotated, id: number): Promise<void> {
    await yieldToPage();
    if (this.annotated !== a) return;
    await timedAsync("fogwatch:show-part", () =>
      a.watcher.sliced((yieldToPage) => a.session.showSegment(id, { yieldTo: yieldToPage, budgetMs: SEGMENT_BUDGET_MS })),
    );
  }

  /**
   * New posts in a live blog (or a "load more"), or the next part of a huge story: maps and analyses
   * only what `read` reads and adds it to the session as a segment, within a User Timing measure
   * `name`. A part (its blocks given) is held, and written when the reader comes near it. False when
   * the additions cannot be read on their own.
   */
  private async addPosts(a: Annotated, read: () => ReadPosts | null, name: string, part?: readonly Element[]): Promise<boolean> {
    const start = performance.now();
    const posts = read();
    if (!posts) return false;
    if (!posts.textMap.text.trim()) return true; // nothing to read in what was added (images, empty shells)
    const analysis = await this.analyzer({
      text: posts.textMap.text.slice(0, MAX_ANALYSIS_CHARS),
      meta: a.article.meta,
      clutter: [],
      profiles: a.session.analysis.profiles ?? [],
      conflict: a.session.analysis.claims.length > 0,
    });
    if (this.annotated !== a) return true; // the story was read again meanwhile
    const input = { analysis, textMap: posts.textMap, clutter: [] };
    const held = part?.length ? part : null;
    if (held) {
      const id = a.session.holdSegment(input);
      a.nearView.add(held[0]!, held.at(-1)!, () => void this.enqueue(() => this.showPart(a, id)));
    } else {
      await a.watcher.sliced((yieldToPage) => a.session.addSegment(input, { yieldTo: yieldToPage, budgetMs: SEGMENT_BUDGET_MS }));
    }
    measure(name, start);
    // A part: the badge now, the count pill when the last part is in (see readNextPart).
    if (this.status !== "article") return true;
    if (held) this.report();
    else this.setStatus("article");
    return true;
  }

  private lateArticle(): boolean {
    if (this.annotated || (this.detected = findArticle(this.doc)) === null) return false;
    this.isArticle = true;
    this.ready = this.enqueue(() => this.loadAndUpdate());
    return true;
  }

  private async answer(message: ContentMessage): Promise<unknown> {
    await this.ready;
    switch (message.type) {
      case "fogwatch:get-state":
        return this.state;
      case "fogwatch:reveal":
        return this.onSession((session) => session.reveal(message.kind, message.index));
      case "fogwatch:step":
        return this.onSession((session) => session.step(message.direction));
    }
  }

  /** Runs a reader's request on the session; its writes (a held part it reaches) are not story changes. */
  private onSession(request: (session: AnnotationSession) => boolean): boolean {
    const a = this.annotated;
    return (a && safely(() => a.watcher.quietly(() => request(a.session)))) ?? false;
  }

  private setStatus(status: PageStatus): void {
    this.status = status;
    safely(() => this.syncCountPill());
    this.report();
  }

  /** Shows the count pill while claims are highlighted (unless dismissed); removes it otherwise. */
  private syncCountPill(): void {
    const claims = (this.status === "article" && this.annotated?.session.shown.claims) || 0;
    if (!claims || this.pillDismissed) {
      this.pill?.remove();
      this.pill = null;
    } else if (this.pill?.host.isConnected) {
      this.pill.update(claims);
    } else {
      this.pill = createCountPill(this.doc, {
        count: claims,
        onNext: () => this.onSession((session) => session.step(1)),
        onDismiss: () => {
          this.pillDismissed = true;
          this.pill = null;
        },
      });
    }
  }

  /**
   * Tells the background the page's status and counts (for the badge). Not the analysis: copying it
   * into a message on every change would cost in proportion to the whole story (a live blog reports
   * after each part and each new batch of posts); the popup asks this script for it.
   */
  private report(): void {
    try {
      sendToBackground("fogwatch:page-state", { state: { ...this.state, analysis: null } }).catch(() => undefined);
    } catch (error) {
      warn(error); // the extension was reloaded or removed: this script is orphaned
    }
  }
}

/** Runs page-reading steps, yielding to the page between them on a big page; null (reported) if they throw. */
async function sliced<T>(steps: Steps<T | null>): Promise<T | null> {
  try {
    return await runStepsSliced(steps, yieldToPage);
  } catch (error) {
    warn(error);
    return null;
  }
}

/** Runs `fn`, reporting instead of throwing. */
export function safely<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch (error) {
    warn(error);
    return undefined;
  }
}

function warn(error: unknown): void {
  try {
    console.warn("[fogwatch]", error);
  } catch {
    // console replaced by the page; nothing else to do
  }
}

/** Resolves when the browser is idle (or after a short while on a busy page). */
function idle(timeout = 1000): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === "function") requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 1);
  });
}

/** The User Timing mark `fogwatch:complete`, once: the whole story (every part of a huge one) is read and analysed. */
function markComplete(): void {
  try {
    if (!performance.getEntriesByName("fogwatch:complete", "mark").length) performance.mark("fogwatch:complete");
  } catch {
    // User Timing unavailable: timings are optional
  }
}

/** Records a User Timing measure `name` from `start` to now (visible in the browser's performance tools). */
function measure(name: string, start: number): void {
  try {
    performance.measure(name, { start, end: performance.now() });
  } catch {
    // User Timing unavailable: timings are optional
  }
}

/** Runs the async `fn` inside a User Timing measure `name` (wall time, including the waits). */
async function timedAsync<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await fn();
  } finally {
    measure(name, start);
  }
}
