import { describe, expect, it } from "vitest";
import { badgeFor } from "../../src/background/badge.ts";
import type { PageState } from "../../src/shared/messages.ts";

const state = (status: PageState["status"], claims: number): PageState => ({
  status,
  host: "example.com",
  analysis: null,
  shown: { claims, sources: 0, figures: 0, clutter: 0 },
});

describe("badgeFor", () => {
  it("shows the number of highlighted claims on an article", () => {
    expect(badgeFor(state("article", 1))).toEqual({ text: "1", title: "Fogwatch: 1 unverified claim highlighted" });
    expect(badgeFor(state("article", 14)).text).toBe("14");
    expect(badgeFor(state("article", 250)).text).toBe("99+");
  });

  it("is empty without highlighted claims, off, on other pages or without a report", () => {
    expect(badgeFor(state("article", 0)).text).toBe("");
    expect(badgeFor(state("off", 3)).text).toBe("");
    expect(badgeFor(state("not-article", 0)).text).toBe("");
    expect(badgeFor(state("error", 0)).text).toBe("");
    expect(badgeFor(undefined)).toEqual({ text: "", title: "Fogwatch" });
  });
});
