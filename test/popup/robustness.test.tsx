// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { App } from "../../src/popup/components/app.tsx";
import { ErrorBoundary } from "../../src/popup/components/error-boundary.tsx";
import { sanitizeAnalysis } from "../../src/popup/sanitize.ts";
import type { PageState } from "../../src/shared/messages.ts";
import { makeAnalysis, makePageState } from "./fixtures.ts";
import { fakeConnector, flush, mount, tr } from "./helpers.tsx";

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe("sanitizeAnalysis", () => {
  it("leaves a well-formed analysis as it is", () => {
    expect(sanitizeAnalysis(makeAnalysis())).toEqual(makeAnalysis());
  });

  it("drops malformed items, fills safe defaults, and rejects other schemas", () => {
    const a = sanitizeAnalysis({
      schema: "fogwatch.analysis/1",
      article: { title: 5, text: "Body" },
      claims: [{ text: "x", status: "probably", side: 3, reasons: ["ok", 1] }, { nope: true }, "str"],
      sources: [{ name: "S", kind: "alien" }, { kind: "media" }],
      figures: [{ text: "3 km", start: 0, end: 4, value: "3", category: "length", approximate: "yes" }],
      clutter: [{ text: "Ad", kind: "banner" }, null],
      figureConflicts: [{ message: "m", figures: [{ text: "3 km", start: 0, end: 4 }] }],
    });
    expect(a?.article).toEqual({ title: "", site: null, byline: null, published: null, language: "en", words: 0, text: "Body" });
    expect(a?.claims).toEqual([{ text: "x", start: 0, end: 0, source: null, side: "unknown", status: "unverified", reasons: ["ok"] }]);
    expect(a?.sources).toEqual([{ name: "S", aliases: [], kind: "unknown", side: "unknown", mentions: 0, claims: 0 }]);
    expect(a?.figures[0]).toMatchObject({ value: null, category: "other", approximate: false });
    expect(a?.clutter).toEqual([{ text: "Ad", kind: "other" }]);
    expect(a?.figureConflicts).toEqual([]);
    expect(a?.profiles).toEqual([]);
    expect(sanitizeAnalysis({ schema: "fogwatch.analysis/2" })).toBeNull();
    expect(sanitizeAnalysis(null)).toBeNull();
  });

  it("keeps conflict figures identical to the listed ones, so they can be revealed by index", () => {
    const a = sanitizeAnalysis(JSON.parse(JSON.stringify(makeAnalysis())));
    expect(a?.figureConflicts?.[0]?.figures[1]).toBe(a?.figures[5]);
  });
});

describe("a malformed page state", () => {
  it("renders what it can instead of failing", async () => {
    const bad = { ...makePageState(), analysis: { schema: "fogwatch.analysis/1", article: makeAnalysis().article, sources: "oops" } };
    const connector = fakeConnector({ page: { kind: "page", state: bad as unknown as PageState } });
    const m = mount(<App connector={connector} translator={tr} />);
    cleanup = m.unmount;
    await flush();
    expect(m.root.querySelector("h1")?.textContent).toContain("Russia launches");
    expect(m.root.querySelector(".empty-title")?.textContent).toBe("Nothing to flag");
  });

  it("shows the error screen if rendering throws", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const Boom = () => {
      throw new Error("boom");
    };
    const m = mount(
      <ErrorBoundary>
        <Boom />
      </ErrorBoundary>,
    );
    cleanup = m.unmount;
    expect(m.root.querySelector(".empty-title")?.textContent).toBe("Something went wrong");
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});
