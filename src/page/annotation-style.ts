/**
 * How annotations look in the page: one stylesheet (added and removed by the annotation session) and
 * the side → tone table. Tones come from the Okabe–Ito colour-blind-safe palette, and colour is never
 * the only cue: claim status is the underline style (dashed: unverified, wavy: the article says it
 * could not be verified), figures have a dotted rule, sources a solid stroke, and the tooltip says it
 * all in words.
 */
import type { Side } from "../core/types.ts";

/** Tone per side id; the two parties of a conflict get the two most distinct tones. */
const TONES: Record<string, string> = {
  russia: "a",
  ukraine: "b",
  israel: "a",
  palestinian: "b",
  hezbollah: "c",
  iran: "d",
  belligerent: "e",
  international: "intl",
  independent: "indep",
  unknown: "unknown",
};

export function sideTone(side: Side): string {
  return TONES[side] ?? "e";
}

const LABELS: Record<string, string> = {
  russia: "Russia",
  ukraine: "Ukraine",
  israel: "Israel",
  palestinian: "Palestinian",
  hezbollah: "Hezbollah",
  iran: "Iran",
  international: "International",
  independent: "Independent",
  unknown: "Unknown side",
};

/** A reader-facing name for a side id ("south-sudan" → "South sudan" when there is no label). */
export function sideLabel(side: Side): string {
  const words = side.replace(/[-_]+/g, " ").trim();
  return LABELS[side] ?? (words.charAt(0).toUpperCase() + words.slice(1) || "Unknown side");
}

const TONE_COLOURS: Record<string, string> = {
  a: "#d55e00",
  b: "#0072b2",
  c: "#e69f00",
  d: "#cc79a7",
  e: "#7a5195",
  intl: "#009e73",
  indep: "#56b4e9",
  unknown: "#6e6e6e",
};

/** The colour of a side's tone (for UI outside the page stylesheet, such as the tooltip). */
export function sideColour(side: Side): string {
  return TONE_COLOURS[sideTone(side)] ?? "#6e6e6e";
}

const toneRules = Object.entries(TONE_COLOURS)
  .map(([tone, colour]) => `fogwatch-mark[data-fogwatch-tone="${tone}"]{--fogwatch-tone:${colour}}`)
  .join("\n");

/** The page stylesheet. `all: unset` first, so page rules such as `article * {…}` do not reach marks. */
export const PAGE_CSS = `
fogwatch-mark[data-fogwatch]{all:unset;--fogwatch-tone:#6e6e6e}
${toneRules}
fogwatch-mark[data-fogwatch="claim"]{
  background-color:color-mix(in srgb,var(--fogwatch-tone) 14%,transparent);
  text-decoration-line:underline;text-decoration-style:dashed;text-decoration-thickness:2px;
  text-decoration-color:var(--fogwatch-tone);text-underline-offset:.22em;text-decoration-skip-ink:none;
  border-radius:2px;cursor:help}
fogwatch-mark[data-fogwatch="claim"][data-fogwatch-status="disclaimed"]{
  text-decoration-style:wavy;background-color:color-mix(in srgb,var(--fogwatch-tone) 22%,transparent)}
fogwatch-mark[data-fogwatch="claim"]:focus-visible{outline:2px solid var(--fogwatch-tone);outline-offset:2px}
fogwatch-mark[data-fogwatch="figure"]{border-bottom:2px dotted #5f6b7a;font-variant-numeric:tabular-nums}
fogwatch-mark[data-fogwatch="source"]{box-shadow:inset 0 -.3em 0 color-mix(in srgb,var(--fogwatch-tone) 30%,transparent)}
fogwatch-mark[data-fogwatch-flash]{outline:3px solid var(--fogwatch-tone);outline-offset:2px}
@media (prefers-reduced-motion:no-preference){
  fogwatch-mark[data-fogwatch-flash]{animation:fogwatch-flash 1.6s ease-out}
  @keyframes fogwatch-flash{from{outline-offset:8px;outline-color:transparent}}
}
[data-fogwatch="clutter"][data-fogwatch-clutter="dim"]{opacity:.22!important;filter:grayscale(1)!important;transition:opacity .15s}
[data-fogwatch="clutter"][data-fogwatch-clutter="dim"]:hover,
[data-fogwatch="clutter"][data-fogwatch-clutter="dim"]:focus-within{opacity:1!important;filter:none!important}
[data-fogwatch="clutter"][data-fogwatch-clutter="collapse"]{display:none!important}
`;
