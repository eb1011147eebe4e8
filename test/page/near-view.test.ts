// @vitest-environment jsdom
/**
 * NearView: when a region counts as near the viewport, and when it is checked (soon after add, then once
 * scrolling pauses). Boxes are set by hand here (jsdom lays nothing out); the same code runs in real
 * Chromium and Firefox in the huge live blog tests (test/e2e).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { isNear, NearView, SETTLE_MS } from "../../src/page/near-view.ts";

describe("isNear", () => {
  const height = 800;
  const margin = 1200;

  it("takes a box in, across or around the viewport", () => {
    expect(isNear(100, 300, height, margin)).toBe(true);
    expect(isNear(-500, 100, height, margin)).toBe(true);
    expect(isNear(-20_000, 30_000, height, margin)).toBe(true); // the viewport inside a long part
  });

  it("takes a box within the margin above or below, and nothing further", () => {
    expect(isNear(1_999, 5_000, height, margin)).toBe(true);
    expect(isNear(2_000, 5_000, height, margin)).toBe(false);
    expect(isNear(-5_000, -1_199, height, margin)).toBe(true);
    expect(isNear(-5_000, -1_200, height, margin)).toBe(false);
  });
});

describe("NearView", () => {
  /** An element whose box is `top`..`top + height` in viewport coordinates (0×0: no box). */
  const box = (top: number, height = 100, width = 600) => {
    const el = document.createElement("div");
    document.body.append(el);
    const at = { top };
    el.getBoundingClientRect = () => ({ top: at.top, bottom: at.top + height, height, width, left: 0, right: width, x: 0, y: at.top, toJSON: () => ({}) });
    return { el, moveTo: (y: number) => void (at.top = y) };
  };
  let view: NearView;

  beforeEach(() => {
    vi.useFakeTimers();
    Object.defineProperty(window, "innerHeight", { value: 800, configurable: true });
    view = new NearView(window, 1.5);
  });

  afterEach(() => {
    view.disconnect();
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it("calls back soon for a region near the viewport, and for one without a box, once each", () => {
    const near = vi.fn();
    const hidden = vi.fn();
    const first = box(500);
    const last = box(9_000);
    view.add(first.el, last.el, near);
    const gone = box(0, 0, 0);
    view.add(gone.el, gone.el, hidden);
    expect(near).not.toHaveBeenCalled(); // not inside add: in a task of its own
    vi.advanceTimersByTime(0);
    expect(near).toHaveBeenCalledTimes(1);
    expect(hidden).toHaveBeenCalledTimes(1);
    document.dispatchEvent(new Event("scroll"));
    vi.advanceTimersByTime(SETTLE_MS);
    expect(near).toHaveBeenCalledTimes(1);
  });

  it("checks a far region again once scrolling pauses, and stops after disconnect", () => {
    const onNear = vi.fn();
    const first = box(5_000);
    const last = box(20_000);
    view.add(first.el, last.el, onNear);
    vi.advanceTimersByTime(0);
    expect(onNear).not.toHaveBeenCalled();
    // The reader scrolls the region into reach, and keeps scrolling: nothing until the scroll pauses.
    first.moveTo(-3_000);
    last.moveTo(12_000);
    const scroller = document.createElement("div");
    document.body.append(scroller);
    for (let i = 0; i < 5; i++) {
      scroller.dispatchEvent(new Event("scroll")); // any scroller (scroll does not bubble; captured at the document)
      vi.advanceTimersByTime(SETTLE_MS - 10);
    }
    expect(onNear).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10);
    expect(onNear).toHaveBeenCalledTimes(1);

    const later = vi.fn();
    const far = box(50_000);
    view.add(far.el, far.el, later);
    vi.advanceTimersByTime(0);
    view.disconnect();
    far.moveTo(0);
    document.dispatchEvent(new Event("scroll"));
    window.dispatchEvent(new Event("resize"));
    vi.advanceTimersByTime(10 * SETTLE_MS);
    expect(later).not.toHaveBeenCalled();
  });

  it("checks again after a resize", () => {
    const onNear = vi.fn();
    const part = box(2_100);
    view.add(part.el, part.el, onNear);
    vi.advanceTimersByTime(0);
    expect(onNear).not.toHaveBeenCalled(); // 2,100 > 800 + 1,200
    Object.defineProperty(window, "innerHeight", { value: 1_000, configurable: true }); // 1,000 + 1,500
    window.dispatchEvent(new Event("resize"));
    vi.advanceTimersByTime(SETTLE_MS);
    expect(onNear).toHaveBeenCalledTimes(1);
  });
});
