import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/analyze.ts";
import {
  MAX_ANALYSIS_CHARS, isAnalysis, isAnalysisRequest, isBackgroundMessage, isContentMessage, isPageState,
} from "../../src/shared/messages.ts";

const text = "Russia's defence ministry said its forces shot down 12 Ukrainian drones overnight. The claim could not be verified.";
const request = { text, meta: { title: "Drones", site: "Example News", byline: null }, clutter: [{ text: "Advertisement", kind: "ad" }] };

describe("analysis requests", () => {
  it("accepts text, metadata and clutter items of the contract's kinds", () => {
    expect(isAnalysisRequest(request)).toBe(true);
    expect(isBackgroundMessage({ type: "fogwatch:analyze", ...request })).toBe(true);
  });

  it("rejects wrong types, unknown clutter kinds and oversized text", () => {
    expect(isAnalysisRequest({ ...request, text: 42 })).toBe(false);
    expect(isAnalysisRequest({ ...request, meta: { title: 7 } })).toBe(false);
    expect(isAnalysisRequest({ ...request, meta: null })).toBe(false);
    expect(isAnalysisRequest({ ...request, clutter: [{ text: "x", kind: "popup" }] })).toBe(false);
    expect(isAnalysisRequest({ ...request, clutter: "Advertisement" })).toBe(false);
    expect(isAnalysisRequest({ ...request, text: "a".repeat(MAX_ANALYSIS_CHARS + 1) })).toBe(false);
    expect(isBackgroundMessage({ type: "fogwatch:analyse", ...request })).toBe(false);
  });
});

describe("analyses", () => {
  it("accepts what analyze() returns and rejects other shapes", () => {
    const analysis = analyze(text, request.meta);
    expect(isAnalysis(analysis)).toBe(true);
    expect(isAnalysis(JSON.parse(JSON.stringify(analysis)))).toBe(true);
    expect(isAnalysis({ ...analysis, schema: "other/1" })).toBe(false);
    expect(isAnalysis({ ...analysis, claims: {} })).toBe(false);
    expect(isAnalysis(null)).toBe(false);
  });

  it("checks the analysis inside a page state", () => {
    const shown = { claims: 1, sources: 1, figures: 1, clutter: 0 };
    expect(isPageState({ status: "article", host: "example.org", analysis: analyze(text), shown })).toBe(true);
    expect(isPageState({ status: "article", host: "example.org", analysis: { schema: "fogwatch.analysis/1" }, shown })).toBe(false);
  });
});

describe("content messages", () => {
  it("accepts the three requests and checks their fields", () => {
    expect(isContentMessage({ type: "fogwatch:get-state" })).toBe(true);
    expect(isContentMessage({ type: "fogwatch:reveal", kind: "claim", index: 2 })).toBe(true);
    expect(isContentMessage({ type: "fogwatch:reveal", kind: "claim", index: -1 })).toBe(false);
    expect(isContentMessage({ type: "fogwatch:step", direction: 2 })).toBe(false);
    expect(isContentMessage({ type: "fogwatch:analyze", ...request })).toBe(false);
  });
});

describe("analysis requests with known profiles", () => {
  it("accepts a short list of profile ids and nothing else", () => {
    expect(isAnalysisRequest({ ...request, profiles: ["russia-ukraine"] })).toBe(true);
    expect(isAnalysisRequest({ ...request, profiles: [3] })).toBe(false);
    expect(isAnalysisRequest({ ...request, profiles: "russia-ukraine" })).toBe(false);
  });
});

describe("analysis requests about a known conflict", () => {
  it("takes `conflict` only as a boolean", () => {
    expect(isAnalysisRequest({ ...request, conflict: true })).toBe(true);
    expect(isAnalysisRequest({ ...request, conflict: "yes" })).toBe(false);
  });
});
