import type { ClutterItem } from "./types.ts";

export interface TextClutterResult {
  /** The text with clutter lines removed (paragraphs kept, separated by blank lines). */
  text: string;
  clutter: ClutterItem[];
}

/**
 * Separates clutter lines ("Advertisement", "Also Read …") from a plain-text copy of an article.
 * Placeholder: only exact "Advertisement" lines.
 */
export function splitTextClutter(raw: string): TextClutterResult {
  const clutter: ClutterItem[] = [];
  const kept: string[] = [];
  for (const block of raw.replace(/\r\n?/g, "\n").split(/\n\s*\n/)) {
    const t = block.trim();
    if (!t) continue;
    if (/^advertisement$/i.test(t)) clutter.push({ text: t, kind: "ad" });
    else kept.push(t);
  }
  return { text: kept.join("\n\n"), clutter };
}
