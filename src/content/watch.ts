/**
 * Watching the page for content that arrives late, without reacting to our own changes.
 */

export interface Watcher {
  /** Runs `change` with the watcher paused, so the DOM changes it makes are not reported back. */
  quietly<T>(change: () => T): T;
  disconnect(): void;
}

/**
 * Calls `onChange` (debounced) after the page changes the subtree of any root (nodes added or
 * removed, text edited). Attribute changes are ignored: the session's clutter marks are attributes
 * and pages flip attributes constantly.
 */
export function watchRoots(roots: readonly Node[], onChange: () => void, delayMs = 800): Watcher {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let active = true;
  const schedule = () => {
    if (timer !== null || !active) return;
    timer = setTimeout(() => {
      timer = null;
      onChange();
    }, delayMs);
  };
  const observer = new MutationObserver(schedule);
  const observe = () => {
    for (const root of roots) observer.observe(root, { childList: true, subtree: true, characterData: true });
  };
  observe();
  return {
    quietly(change) {
      if (!active) return change();
      // Keep what the page did before our change; drop only what we do.
      if (observer.takeRecords().length) schedule();
      observer.disconnect();
      try {
        return change();
      } finally {
        observe();
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
