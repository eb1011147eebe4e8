import { BLOCK_TAGS, ELEMENT, NON_CONTENT_TAGS, TEXT, isHiddenByMarkup, tagOf } from "./detect/dom.ts";
import type { NodeSlice, TextMap } from "./types.ts";

interface Run {
  node: Text;
  /** Offset of this run in the map's text. */
  start: number;
  /** For each character of the run's normalised text, its offset in the node's data. */
  offsets: number[];
}

/** What `buildTextMap` leaves out and where it starts and stops. */
export interface TextMapOptions {
  /** Elements whose text is left out (clutter, captions, bylines). Hidden and non-content elements always are. */
  skip?: (element: Element) => boolean;
  /** Text before this element (in document order, inside the roots) is left out. */
  start?: Element | null;
  /** Text after this element is left out. */
  end?: Element | null;
  /** Text put first, separated by a blank line, that maps to no DOM node (a title found only in <head>). */
  prefix?: string | null;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160 || c === 0x200b || c === 0xfeff ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}

/**
 * Builds the article text from DOM roots the way a reader would copy it: whitespace collapsed, blocks
 * separated by blank lines, hidden parts, scripts, form fields and skipped elements left out. Keeps, for
 * every character, the text node and offset it came from, so `slicesFor` can map spans back. Read-only.
 */
export function buildTextMap(roots: Element[], options: TextMapOptions = {}): TextMap {
  const runs: Run[] = [];
  const parts: string[] = [];
  let length = 0;
  let last = -1; // char code of the last emitted character, -1 at the start
  let pendingBreak = false;
  let started = !options.start;
  let ended = false;
  const prefix = options.prefix?.replace(/\s+/g, " ").trim();
  if (prefix) {
    parts.push(prefix);
    length = prefix.length;
    last = prefix.charCodeAt(prefix.length - 1);
    pendingBreak = true;
  }

  const push = (node: Text) => {
    const data = node.data;
    let chunk = "";
    const offsets: number[] = [];
    for (let i = 0; i < data.length; i++) {
      const c = data.charCodeAt(i);
      if (isSpace(c)) {
        const prev = chunk.length ? chunk.charCodeAt(chunk.length - 1) : last;
        if (prev === -1 || prev === 32 || prev === 10 || pendingBreak) continue;
        chunk += " ";
      } else {
        if (!chunk.length && pendingBreak && length) {
          // Start a new paragraph: drop a trailing space, then a blank line.
          if (last === 32) trimTrailingSpace();
          parts.push("\n\n");
          length += 2;
          last = 10;
        }
        pendingBreak = false;
        chunk += data[i];
      }
      offsets.push(i);
    }
    if (!chunk.length) return;
    runs.push({ node, start: length, offsets });
    parts.push(chunk);
    length += chunk.length;
    last = chunk.charCodeAt(chunk.length - 1);
  };
  const trimTrailingSpace = () => {
    const tail = parts[parts.length - 1];
    const run = runs[runs.length - 1];
    if (!tail || !tail.endsWith(" ")) return;
    parts[parts.length - 1] = tail.slice(0, -1);
    length--;
    if (run && run.start + run.offsets.length > length) run.offsets.pop();
  };
  const walk = (el: Element) => {
    for (let child = el.firstChild; child && !ended; child = child.nextSibling) {
      if (child.nodeType === TEXT) {
        if (started) push(child as Text);
      } else if (child.nodeType === ELEMENT) {
        const e = child as Element;
        const tag = tagOf(e);
        if (e === options.start) started = true;
        if (NON_CONTENT_TAGS.has(tag) || isHiddenByMarkup(e) || options.skip?.(e)) {
          if (e === options.end) ended = true;
          continue;
        }
        const block = BLOCK_TAGS.has(tag);
        if (block) pendingBreak = true;
        walk(e);
        if (block) pendingBreak = true;
        if (e === options.end) ended = true;
      }
    }
  };
  for (const root of roots) {
    if (ended) break;
    pendingBreak = true;
    if (root === options.start) started = true;
    walk(root);
  }
  if (last === 32) trimTrailingSpace();
  const text = parts.join("");
  return {
    text,
    slicesFor(start: number, end: number): NodeSlice[] {
      const out: NodeSlice[] = [];
      if (!(end > start)) return out;
      // Binary search for the first run ending after `start`.
      let lo = 0, hi = runs.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const r = runs[mid]!;
        if (r.start + r.offsets.length <= start) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < runs.length; i++) {
        const run = runs[i]!;
        if (run.start >= end) break;
        const runEnd = run.start + run.offsets.length;
        const a = Math.max(start, run.start) - run.start;
        const b = Math.min(end, runEnd) - run.start;
        if (b <= a) continue;
        const startOffset = run.offsets[a]!;
        const endOffset = run.offsets[b - 1]! + 1;
        out.push({ node: run.node, startOffset, endOffset });
      }
      return out;
    },
  };
}
