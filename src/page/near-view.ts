/**
 * Tells when regions of the page come near the viewport, so that work on what the reader has not reached
 * (the marks of a huge story's later parts) waits until they get there.
 *
 *   add(first, last, onNear) ──► check soon (a task of its own)
 *   scroll (any scroller, captured at the document) / resize ──► check once they pause for SETTLE_MS
 *   check: each region near ──► onNear(), once; the region is dropped
 *
 * A region is a run of elements in document order, from `first` to `last`: its box is the union of
 * theirs, so a viewport in the middle of a long region is inside it. It is near when that box is within
 * `margin` viewport heights of the viewport, or when neither element has a box (hidden or detached:
 * nothing to lay out, so no reason to wait).
 *
 * Why checks wait for the scrolling to pause: a write into a page of thousands of posts costs a rendering
 * update of the whole list, and in a frame that also paints a scroll that update took 35-40 ms, against
 * 25-32 ms once the scrolling had stopped (Chromium traces of the bench's 5,000-post live blog). With a
 * margin of 1.5 viewports, what the reader stops at is usually written before they get there.
 * Why not an IntersectionObserver: it would have to watch every element of every region (a viewport can
 * sit between any two of them), and with the 5,000 posts observed that cost about 3 ms per frame while
 * scrolling; two rectangles per region per check cost microseconds.
 */

interface Region {
  first: Element;
  last: Element;
  onNear: () => void;
}

/** How far (in viewport heights) above and below the viewport a region counts as near. */
export const NEAR_MARGIN = 1.5;
/** How long (ms) scrolling or resizing must pause before the regions are checked. */
export const SETTLE_MS = 150;

export class NearView {
  private regions: Region[] = [];
  private timer: number | null = null;
  private listening = false;

  constructor(
    private readonly win: Window = window,
    private readonly margin = NEAR_MARGIN,
    private readonly settleMs = SETTLE_MS,
  ) {}

  /** Calls `onNear` once, when a check finds the region near: the next one (soon), or one after a scroll. */
  add(first: Element, last: Element, onNear: () => void): void {
    this.regions.push({ first, last, onNear });
    this.setListening(true);
    this.schedule(0);
  }

  /** Stops watching: no region's callback is called after this. */
  disconnect(): void {
    this.regions = [];
    this.setListening(false);
    if (this.timer !== null) this.win.clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(delay: number): void {
    if (this.timer !== null) this.win.clearTimeout(this.timer);
    this.timer = this.win.setTimeout(this.check, delay);
  }

  private readonly onScroll = (): void => this.schedule(this.settleMs);

  private readonly check = (): void => {
    this.timer = null;
    const height = this.win.innerHeight;
    const near: Region[] = [];
    const waiting: Region[] = [];
    for (const region of this.regions) (isRegionNear(region, height, height * this.margin) ? near : waiting).push(region);
    this.regions = waiting;
    if (!waiting.length) this.setListening(false);
    for (const region of near) region.onNear();
  };

  private setListening(on: boolean): void {
    if (on === this.listening) return;
    this.listening = on;
    const method = on ? "addEventListener" : "removeEventListener";
    this.win.document[method]("scroll", this.onScroll, { capture: true, passive: true } as AddEventListenerOptions);
    this.win[method]("resize", this.onScroll, { passive: true } as AddEventListenerOptions);
  }
}

function isRegionNear(region: Region, viewportHeight: number, margin: number): boolean {
  let top = Infinity;
  let bottom = -Infinity;
  for (const el of [region.first, region.last]) {
    const box = el.getBoundingClientRect();
    if (!box.width && !box.height) continue;
    top = Math.min(top, box.top);
    bottom = Math.max(bottom, box.bottom);
  }
  return top === Infinity || isNear(top, bottom, viewportHeight, margin);
}

/** A box from `top` to `bottom` (viewport coordinates) is within `margin` px of a viewport `viewportHeight` tall. */
export function isNear(top: number, bottom: number, viewportHeight: number, margin: number): boolean {
  return top < viewportHeight + margin && bottom > -margin;
}
