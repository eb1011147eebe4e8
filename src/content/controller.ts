/**
 * The content script's parts:
 *
 *   page load ─► detect (findArticle, read-only, cheap) ─┬─ no: report "not-article", watch a
 *                                                         │      while for a late-rendered story
 *                                                         └─ yes: settings ─► analyze ─► session.apply
 *   storage.onChanged (settings) ─► session.apply(effective toggles)  (at once, no reload)
 *   page edits the story (MutationObserver) ─► destroy, analyze again, apply (bounded)
 *   popup / background messages ─► get-state, reveal, step
 *   every change of state ─► "fogwatch:page-state" to the background (badge)
 *
 * Nothing here may throw into the page: every entry point goes through `safely`.
 */
import { analyzeDocument } from "../page/analyze-page.ts";
import { findArticle } from "../page/article.ts";
import { createCountPill, type CountPill } from "../page/count-pill.ts";
import { AnnotationSession } from "../page/session.ts";
import type { PageAnalysis } from "../page/types.ts";
import { loadSettings, onMessage, onSettingsChanged, sendToBackground } from "../platform/index.ts";
import { isContentMessage, type ContentMessage, type PageState, type PageStatus } from "../shared/messages.ts";
import { DEFAULT_SETTINGS, effectiveToggles, type Settings } from "../shared/settings.ts";
import { watchForLateArticle, watchRoots, type Watcher } from "./watch.ts";

/** How often a page that keeps rewriting its story gets analysed again before we stop following. */
const MAX_REANALYSES = 8;

interface Annotated {
  page: PageAnalysis & { textMap: NonNullable<PageAnalysis["textMap"]> };
  session: AnnotationSession;
  watcher: Watcher;
}

export class ContentController {
  private status: PageStatus = "not-article";
  private settings: Settings = structuredClone(DEFAULT_SETTINGS);
  private isArticle = false;
  private annotated: Annotated | null = null;
  /** The candidate the last findArticle() returned, for analyze() to reuse instead of detecting again. */
  private detected: ReturnType<typeof findArticle> = null;
  private reanalyses = 0;
  /** The reader's count of highlighted claims in the page corner; dismissed for this page only. */
  private pill: CountPill | null = null;
  private pillDismissed = false;
  private ready: Promise<void> = Promise.resolve();

  constructor(
    private readonly doc: Document = document,
    private readonly host: string = location.hostname,
  ) {}

  /** Detects the article, annotates it per settings, and starts listening. */
  start(): Promise<void> {
    onMessage(isContentMessage, (message) => this.answer(message));
    onSettingsChanged((settings) =>
      safely(() => {
        this.settings = settings;
        this.update();
      }),
    );
    this.isArticle = timed("fogwatch:detect", () => (this.detected = findArticle(this.doc)) !== null);
    if (!this.isArticle) {
      this.report();
      const body = this.doc.body;
      if (body) watchForLateArticle(body, () => safely(() => this.lateArticle()) ?? true);
      return this.ready;
    }
    this.ready = this.loadAndUpdate();
    return this.ready;
  }

  /** What the popup and background are told about this page. */
  get state(): PageState {
    const a = this.annotated;
    return {
      status: this.status,
      host: this.host,
      analysis: this.status === "article" && a ? a.page.analysis : null,
      shown: a ? a.session.shown : { claims: 0, sources: 0, figures: 0, clutter: 0 },
    };
  }

  private async loadAndUpdate(): Promise<void> {
    try {
      this.settings = await loadSettings();
    } catch (error) {
      warn(error); // storage unavailable: defaults
    }
    // Analysis is one long task (tens of ms on big pages): let the page handle input first.
    await idle();
    safely(() => this.update());
    safely(() => performance.mark("fogwatch:ready"));
  }

  /** Brings the page in line with the settings; analyses the story on first need. */
  private update(): void {
    if (!this.isArticle) {
      if (this.status !== "not-article") this.setStatus("not-article");
      return;
    }
    const toggles = effectiveToggles(this.settings, this.host);
    if (!Object.values(toggles).some(Boolean)) {
      const a = this.annotated;
      if (a) a.watcher.quietly(() => a.session.apply({ toggles, clutterMode: this.settings.clutterMode }));
      this.setStatus("off");
      return;
    }
    const a = this.annotated ?? this.analyze();
    if (!a) {
      this.isArticle = false;
      this.setStatus("not-article");
      return;
    }
    timed("fogwatch:highlight", () =>
      a.watcher.quietly(() => a.session.apply({ toggles, clutterMode: this.settings.clutterMode })),
    );
    this.setStatus("article");
  }

  private analyze(): Annotated | null {
    const page = timed("fogwatch:analyze", () => analyzeDocument(this.doc, this.detected));
    const { article, textMap } = page;
    if (!article || !textMap || !page.analysis.article) return null;
    const session = new AnnotationSession({ analysis: page.analysis, textMap, clutter: page.clutter }, this.doc);
    const watcher = watchRoots(article.roots, () => safely(() => this.storyChanged()));
    this.annotated = { page: { ...page, textMap }, session, watcher };
    return this.annotated;
  }

  /** The page rewrote part of the story: start over from its current DOM (a bounded number of times). */
  private storyChanged(): void {
    const a = this.annotated;
    if (!a) return;
    if (++this.reanalyses > MAX_REANALYSES) {
      a.watcher.disconnect(); // keep what is shown; stop following a page that never settles
      return;
    }
    a.watcher.quietly(() => a.session.destroy());
    a.watcher.disconnect();
    this.annotated = null;
    this.isArticle = (this.detected = findArticle(this.doc)) !== null;
    this.update();
  }

  private lateArticle(): boolean {
    if (this.annotated || (this.detected = findArticle(this.doc)) === null) return false;
    this.isArticle = true;
    this.ready = this.loadAndUpdate();
    return true;
  }

  private async answer(message: ContentMessage): Promise<unknown> {
    await this.ready;
    const session = this.annotated?.session;
    switch (message.type) {
      case "fogwatch:get-state":
        return this.state;
      case "fogwatch:reveal":
        return safely(() => session?.reveal(message.kind, message.index)) ?? false;
      case "fogwatch:step":
        return safely(() => session?.step(message.direction)) ?? false;
    }
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
        onNext: () => safely(() => this.annotated?.session.step(1)),
        onDismiss: () => {
          this.pillDismissed = true;
          this.pill = null;
        },
      });
    }
  }

  private report(): void {
    try {
      sendToBackground("fogwatch:page-state", { state: this.state }).catch(() => undefined);
    } catch (error) {
      warn(error); // the extension was reloaded or removed: this script is orphaned
    }
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

/** Runs `fn` inside a User Timing measure `name` (visible in the browser's performance tools). */
function timed<T>(name: string, fn: () => T): T {
  const start = performance.now();
  try {
    return fn();
  } finally {
    try {
      performance.measure(name, { start, end: performance.now() });
    } catch {
      // User Timing unavailable: timings are optional
    }
  }
}
