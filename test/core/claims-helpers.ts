import { readFileSync } from "node:fs";
import { analyze } from "../../src/core/analyze.ts";
import type { Analysis, Claim, Source } from "../../src/core/types.ts";

/** A fixture text from test/fixtures/text (or seed/). */
export function fixture(name: string): string {
  const dir = name.startsWith("seed") ? "seed" : "text";
  return readFileSync(new URL(`../fixtures/${dir}/${name}`, import.meta.url), "utf8");
}

/** The analysis of `text`. */
export function run(text: string): Analysis {
  return analyze(text);
}

/** The claim whose text contains `needle`, if any. */
export function claimWith(a: Analysis, needle: string): Claim | undefined {
  return a.claims.find((c) => c.text.includes(needle));
}

/** The source whose name or an alias contains `needle`, if any. */
export function sourceWith(a: Analysis, needle: string): Source | undefined {
  return a.sources.find((s) => s.name.includes(needle)) ?? a.sources.find((s) => s.aliases.some((x) => x.includes(needle)));
}

/** Highlighted claims: what the extension marks as unverified or disclaimed. */
export function highlighted(a: Analysis): Claim[] {
  return a.claims.filter((c) => c.status !== "confirmed");
}
