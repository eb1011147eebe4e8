import { isPromoLabel, labelKind, startsWithPromoLabel } from "./clutter-lexicon.ts";
import type { ClutterItem, ClutterKind } from "./types.ts";

/** A plain text split into story paragraphs and clutter lines. */
export interface TextClutterResult {
  /** The text with clutter lines removed (paragraphs kept, separated by blank lines). */
  text: string;
  clutter: ClutterItem[];
}

/** Screen-reader scaffolding around lists in scraped pages ("list 1 of 4", "end of list"). */
const LIST_SCAFFOLD = /^(?:list of \d+ items?|list \d+ of \d+|end of list)$/i;
/** Most teaser headlines (lines of four words or more) listed after a "Related"/"Recommended" label. */
const MAX_TEASERS = 30;
const SENTENCE_END = /[.!]["”’)]?$/;
const TOO_SHORT_LABELS = new Set(["more", "watch", "popular", "related"]);

function wordCount(s: string): number {
  return s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** A line that reads like a teaser headline rather than a story sentence. */
function isTeaserLine(line: string): boolean {
  if (LIST_SCAFFOLD.test(line)) return true;
  const words = wordCount(line);
  if (!words || words > 22 || line.length > 160) return false;
  return !SENTENCE_END.test(line) || line.endsWith("…");
}

/** The kind of clutter a single line is, or null for story text. */
export function lineClutterKind(line: string): ClutterKind | null {
  // A bare "More"/"Watch" line is a menu item in page dumps, not a label.
  if (TOO_SHORT_LABELS.has(line.toLowerCase().replace(/[^\p{L}]/gu, ""))) return null;
  const kind = labelKind(line);
  if (kind) return kind;
  if (startsWithPromoLabel(line) && wordCount(line) <= 60) return "related";
  if (/^for the latest news\b/i.test(line) && line.length <= 160) return "promo";
  return null;
}

/**
 * The body of a Markdown page dump ("## Content" … "## Links"): its metadata and link sections are not
 * part of the page text. Plain texts come back unchanged.
 */
function contentSection(raw: string): string {
  const lines = raw.split("\n");
  const start = lines.findIndex((l) => /^##\s+content\s*$/i.test(l.trim()));
  if (start < 0) return raw;
  let end = lines.findIndex((l, i) => i > start && /^##\s+(?:links|images|metadata|page structure)\s*$/i.test(l.trim()));
  if (end < 0) end = lines.length;
  return lines.slice(start + 1, end).join("\n");
}

/** Paragraphs of a text: blank-line separated blocks, or single lines when the text has no blank lines. */
function units(text: string): string[] {
  const blocks = text.split(/\n[ \t]*\n/);
  const paragraphed = blocks.length > 2 && blocks.filter((b) => b.includes("\n")).length < blocks.length / 2;
  const parts = paragraphed ? blocks.map((b) => b.replace(/\s*\n\s*/g, " ")) : text.split("\n");
  return parts.map((p) => p.replace(/[ \t\u00a0]+/g, " ").trim()).filter(Boolean);
}

/**
 * Separates clutter lines ("Advertisement", "Also Read …", "Sign up to … newsletter", "Read more: …",
 * "Recommended Stories" and the teaser headlines listed under it) from a plain-text copy of an article.
 * Pure: no DOM. Labels come from the shared lexicon, in many languages.
 */
export function splitTextClutter(raw: string): TextClutterResult {
  const clutter: ClutterItem[] = [];
  const kept: string[] = [];
  const lines = units(contentSection(String(raw ?? "").replace(/\r\n?/g, "\n")));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const kind = lineClutterKind(line);
    if (!kind) {
      kept.push(line);
      continue;
    }
    clutter.push({ text: line, kind });
    // A "Recommended Stories" / "In Other News" label heads a list of teaser headlines.
    if (kind === "related" && isPromoLabel(line)) {
      let n = 0;
      while (i + 1 < lines.length && n < MAX_TEASERS && isTeaserLine(lines[i + 1]!)) {
        const next = lines[++i]!;
        if (wordCount(next) >= 4) n++;
        clutter.push({ text: next, kind: LIST_SCAFFOLD.test(next) ? "other" : lineClutterKind(next) ?? "related" });
      }
    }
  }
  return { text: kept.join("\n\n"), clutter };
}
