import { readFileSync } from "node:fs";
import { join } from "node:path";
import { overlap, tokens } from "../scorer-match.ts";

export { tokens };

export const PAGES = join(import.meta.dirname, "..", "fixtures", "pages");
export const SEED = join(import.meta.dirname, "..", "fixtures", "seed");

/** Parses a saved page into its own Document (jsdom's DOMParser in the test environment). */
export function loadPage(dir: string, name: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(dir, name), "utf8"), "text/html");
}

export function readText(dir: string, name: string): string {
  return readFileSync(join(dir, name), "utf8");
}

/** Token recall and precision of extracted text against the expected text, as the scorer computes them. */
export function textScore(expected: string, got: string): { recall: number; precision: number } {
  const want = tokens(expected), have = tokens(got);
  const o = overlap(want, have);
  return { recall: want.length ? o / want.length : 0, precision: have.length ? o / have.length : 0 };
}

/** Share of a quote's tokens found in a text (the scorer's clutter match is ≥ 0.8). */
export function coverage(quote: string, text: string): number {
  const q = tokens(quote);
  return q.length ? overlap(q, tokens(text)) / q.length : 0;
}
