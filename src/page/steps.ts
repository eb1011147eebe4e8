/**
 * Work written once as a generator of steps (`yield` between stages) and run either at once (the CLI,
 * tests, small pages) or in slices that give the page a turn between steps once a time budget is
 * spent (the content script on a huge page). A step itself is never cut: the stages are sized so
 * that each stays short even on a page of thousands of posts. `yieldToPage` is the turn the content
 * script and the annotation session give the page between their slices.
 */

/** A computation that pauses (`yield`) where it may be cut, and returns its result at the end. */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Runs the steps, awaiting `yieldTo()` between two steps once `budgetMs` has passed since the last turn. */
export async function runStepsSliced<T>(steps: Steps<T>, yieldTo: () => Promise<void>, budgetMs = 10): Promise<T> {
  let since = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - since >= budgetMs) {
      await yieldTo();
      since = performance.now();
    }
  }
}

/** Lets the page run: `scheduler.yield()` (it resumes us before other queued tasks), else a new task. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  // A message-channel task rather than setTimeout(0), which browsers clamp to 4 ms when nested.
  if (typeof MessageChannel === "function") {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
