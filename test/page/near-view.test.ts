/**
 * NearView's geometry: when a region's box counts as near the viewport. (Its scroll and frame handling
 * runs in real Chromium: the huge live blog test in test/e2e/extension.e2e.test.ts.)
 */
import { describe, expect, it } from "vitest";
import { isNear } from "../../src/page/near-view.ts";

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
