/**
 * Tells when regions of the page come near the viewport, so that work on what the reader has not reached
 * (the marks of a huge story's later parts) waits until they get there.
 *
 *   add(first, last, onNear) ──► near now? ─┬─ yes: onNear() in a task of its own, once
 *                                            └─ no: kept until a check finds it near
 *   scroll (any scroller, captured at the document) / resize ──► one check per animation frame
 *
 * onNear is never called inside the frame: work it starts (writing marks) then runs in its own task,
 * and the rendering update that follows is not added to the same task.
 *
 * A region is a run of elements in document order, from `first` to `last`: its box is the union of
 * theirs, so a viewport in the middle of a long region is inside it. It is near when that box is within
 * `margin` viewport heights of the viewport, or when neither element has a box (hidden or detached:
 * nothing to lay out, so no reason to wait). Why not an IntersectionObserver: it would have to watch
 * every element of every region (a viewport can sit between any two of them), and with the 5,000 posts
 * of the bench's live blog observed that cost about 3 ms per frame while scrolling, measured in
 * Chromium; two rectangles per region per frame cost microseconds.
 */

interface Region {
  first: Element;
  last: Element;
  onNear: () => void;
}

/** How far (in viewport heights) above and below the viewport a region counts as near. */
export const NEAR_MARGIN = 1.5;

export class NearView {
  private regions: Region[] = [];
  private frame: number | null = null;
  private listening = false;
  private readonly timers = new Set<number>();

  constructor(
    private readonly win: Window = window,
    private readonly margin = NEAR_MARGIN,
  ) {}

  /**
   * Calls `onNear` once, when a check finds the region near: at once (it reads two boxes, in the layout
   * the page has), or later while the page scrolls or resizes.
   */
  add(first: Element, last: Element, onNear: () => void): void {
    const region = { first, last, onNear };
    const height = this.win.innerHeight;
    if (isRegionNear(region, height, height * this.margin)) {
      this.call([region]);
      return;
    }
    this.regions.push(region);
    this.setListening(true);
  }

  /** How many regions are still waiting. */
  get size(): number {
    return this.regions.length;
  }

  /** Stops watching: no region's callback is called after this. */
  disconnect(): void {
    this.regions = [];
    this.setListening(false);
    if (this.frame !== null) this.win.cancelAnimationFrame(this.frame);
    this.frame = null;
    for (const timer of this.timers) this.win.clearTimeout(timer);
    this.timers.clear();
  }

  private readonly schedule = (): void => {
    if (this.frame === null && this.regions.length) this.frame = this.win.requestAnimationFrame(this.check);
  };

  private readonly check = (): void => {
    this.frame = null;
    const height = this.win.innerHeight;
    const near: Region[] = [];
    const waiting: Region[] = [];
    for (const region of this.regions) (isRegionNear(region, height, height * this.margin) ? near : waiting).push(region);
    this.regions = waiting;
    if (!waiting.length) this.setListening(false);
    this.call(near);
  };

  private call(regions: readonly Region[]): void {
    if (!regions.length) return;
    const timer = this.win.setTimeout(() => {
      this.timers.delete(timer);
      for (const region of regions) region.onNear();
    }, 0);
    this.timers.add(timer);
  }

  private setListening(on: boolean): void {
    if (on === this.listening) return;
    this.listening = on;
    const method = on ? "addEventListener" : "removeEventListener";
    this.win.document[method]("scroll", this.schedule, { capture: true, passive: true } as AddEventListenerOptions);
    this.win[method]("resize", this.schedule, { passive: true } as AddEventListenerOptions);
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
