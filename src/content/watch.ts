/**
 * Watching the page for content that arrives late, without reacting to our own changes.
 */
import { yieldToPage } from "../page/steps.ts";

export interface Watcher {
  /** Runs `change` with the watcher paused, so the DOM changes it makes are not reported back. */
  quietly<T>(change: () => T): T;
  /**
   * Runs work that changes the DOM in slices, yielding to the page between them (`run` awaits the
   * `yieldToPage` it is given between slices). The slices' own changes are not reported; what the
   * page does while we yield is.
   */
  sliced<T>(run: (yieldToPage: () => Promise<void>) => Promise<T>): Promise<T>;
  disconnect(): void;
}

/** What the page did to the story since the last report. */
export interface StoryChange {
  /** Elements the page added (live-blog posts, "load more"), outermost only, in no particular order. */
  added: Element[];
  /** The page also removed story content or edited text in place: the story must be read again. */
  rewritten: boolean;
}

const ELEMENT = 1;
const TEXT = 3;

/**
 * Calls `onChange` (debounced) after the page changes the subtree of any root (nodes added or
 * removed, text edited), saying whether it only added elements. Attribute changes are ignored: the
 * session's clutter marks are attributes and pages flip attributes constantly.
 */
export function watchRoots(roots: readonly Node[], onChange: (change: StoryChange) => void, delayMs = 800): Watcher {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let active = true;
  /** True while one of our slices runs and until its mutation records are dropped. */
  let busy = false;
  let pending: StoryChange = { added: [], rewritten: false };
  const schedule = (records: readonly MutationRecord[]) => {
    if (!active || busy) return; // records delivered while busy are our own slice's
    note(pending, records);
    if (timer !== null) return;
    timer = setTimeout(() => {
      timer = null;
      const change = pending;
      pending = { added: [], rewritten: false };
      onChange(change);
    }, delayMs);
  };
  const observer = new MutationObserver(schedule);
  const observe = () => {
    for (const root of roots) observer.observe(root, { childList: true, subtree: true, characterData: true });
  };
  observe();
  const drop = () => void observer.takeRecords();
  return {
    quietly(change) {
      if (!active) return change();
      // Keep what the page did before our change; drop only what we do.
      const before = observer.takeRecords();
      if (before.length) schedule(before);
      observer.disconnect();
      try {
        return change();
      } finally {
        observe();
      }
    },
    async sliced(run) {
      const before = observer.takeRecords();
      if (before.length) schedule(before);
      busy = true;
      try {
        return await run(async () => {
          drop();
          busy = false;
          await yieldToPage();
          busy = true;
        });
      } finally {
        drop();
        busy = false;
      }
    },
    disconnect() {
      active = false;
      observer.disconnect();
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}

/** Adds mutation records to a change summary. */
function note(change: StoryChange, records: readonly MutationRecord[]): void {
  for (const record of records) {
    if (record.type !== "childList") {
      if (record.type === "characterData") change.rewritten = true;
      continue;
    }
    for (const node of record.removedNodes) {
      if (node.nodeType === ELEMENT || hasText(node)) change.rewritten = true;
    }
    for (const node of record.addedNodes) {
      if (node.nodeType === ELEMENT) change.added.push(node as Element);
      else if (hasText(node)) change.rewritten = true;
    }
  }
}

const hasText = (node: Node) => node.nodeType === TEXT && /\S/.test((node as Text).data);


/**
 * On a page that is not (yet) an article: for a limited time after load, re-runs the cheap `check`
 * when the body's text has grown noticeably (a story rendered by script), and stops once it says yes.
 */
export function watchForLateArticle(
  body: HTMLElement,
  check: () => boolean,
  { windowMs = 15_000, delayMs = 700, minGrowth = 400 } = {},
): () => void {
  let seen = body.textContent?.length ?? 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const stop = () => {
    observer.disconnect();
    clearTimeout(deadline);
    if (timer !== null) clearTimeout(timer);
  };
  const run = () => {
    timer = null;
    const length = body.textContent?.length ?? 0;
    if (length - seen < minGrowth) return;
    seen = length;
    if (check()) stop();
  };
  const observer = new MutationObserver(() => {
    if (timer === null) timer = setTimeout(run, delayMs);
  });
  observer.observe(body, { childList: true, subtree: true });
  const deadline = setTimeout(stop, windowMs);
  return stop;
}
