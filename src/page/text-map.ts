import { BLOCK_TAGS, ELEMENT, NON_CONTENT_TAGS, TEXT, isHiddenByMarkup, tagOf } from "./detect/dom.ts";
import { runSteps, type Steps } from "./steps.ts";
import type { NodeSlice, TextMap } from "./types.ts";

interface Run {
  node: Text;
  /** The node's data as it was read: offsets refer to it, as they did when the map was built. */
  data: string;
  /** Offset of this run in the map's text. */
  start: number;
  /** Length of the run's normalised text. */
  length: number;
  /** Whether whitespace at the start of `data` was dropped (it followed a space or a paragraph break). */
  dropsLeadingSpace: boolean;
  /** Whether the run's text has one character per character of `data` (nothing collapsed or dropped). */
  isVerbatim: boolean;
  /** For each character of the run's normalised text, its offset in `data`: computed when first needed. */
  offsets: number[] | null;
}

/**
 * Whitespace (as `isSpace` defines it) that collapsing to one space changes: runs, and single characters
 * other than a space. Running text mostly has neither, and then `replace` has nothing to copy.
 */
const SPACE_RUN = /[ \n\t\r\f\u00a0\u200b\ufeff\u2000-\u200a\u202f\u205f\u3000]{2,}|[\n\t\r\f\u00a0\u200b\ufeff\u2000-\u200a\u202f\u205f\u3000]/g;

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

/** Offset in the run's data of the run's `k`-th character. */
function offsetAt(run: Run, k: number): number {
  if (run.isVerbatim) return k;
  run.offsets ??= runOffsets(run);
  return run.offsets[k]!;
}

/** The offsets `push` skipped: the first space of each whitespace run, and every other character. */
function runOffsets(run: Run): number[] {
  const offsets: number[] = [];
  let previousIsSpace = run.dropsLeadingSpace;
  for (let i = 0; i < run.data.length && offsets.length < run.length; i++) {
    if (isSpace(run.data.charCodeAt(i))) {
      if (previousIsSpace) continue;
      previousIsSpace = true;
    } else {
      previousIsSpace = false;
    }
    offsets.push(i);
  }
  return offsets;
}

/**
 * Builds the article text from DOM roots the way a reader would copy it: whitespace collapsed, blocks
 * separated by blank lines, hidden parts, scripts, form fields and skipped elements left out. Keeps, for
 * every character, the text node and offset it came from, so `slicesFor` can map spans back. Read-only.
 */
export function buildTextMap(roots: Element[], options: TextMapOptions = {}): TextMap {
  return runSteps(buildTextMapSteps(roots, options));
}

/** Nodes `buildTextMapSteps` reads between two steps. */
const NODES_PER_STEP = 4000;

/** `buildTextMap` as steps (see steps.ts): it pauses every NODES_PER_STEP nodes. */
export function* buildTextMapSteps(roots: Element[], options: TextMapOptions = {}): Steps<TextMap> {
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

  // Collapsing with one regex replace per node (not character by character) and leaving the offsets for
  // later keeps a long page's map cheap: most spans are never mapped back, and most runs need no table.
  const push = (node: Text) => {
    const data = node.data;
    const dropsLeadingSpace = pendingBreak || last === -1 || last === 32 || last === 10;
    let chunk = data.replace(SPACE_RUN, " ");
    if (dropsLeadingSpace && chunk.charCodeAt(0) === 32) chunk = chunk.slice(1);
    if (!chunk.length) return;
    if (pendingBreak) {
      // Start a new paragraph: drop a trailing space, then a blank line.
      if (length) {
        if (last === 32) trimTrailingSpace();
        parts.push("\n\n");
        length += 2;
        last = 10;
      }
      pendingBreak = false;
    }
    const isVerbatim = chunk.length === data.length;
    runs.push({ node, data, start: length, length: chunk.length, dropsLeadingSpace, isVerbatim, offsets: null });
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
    if (run && run.start + run.length > length) run.length--;
  };
  // An iterative walk (a generator cannot yield from inside a recursive one), pausing every NODES_PER_STEP
  // nodes: a live blog of thousands of posts is mapped in many short steps.
  const open: Element[] = [];
  const blocks: boolean[] = [];
  let seen = 0;
  for (const root of roots) {
    if (ended) break;
    pendingBreak = true;
    if (root === options.start) started = true;
    let child: Node | null = root.firstChild;
    for (;;) {
      if (++seen % NODES_PER_STEP === 0) yield;
      // Past the last child of an element: close it (and its ancestors whose last child it was).
      while (!child && open.length) {
        const e = open.pop()!;
        if (blocks.pop()) pendingBreak = true;
        if (e === options.end) ended = true;
        child = e.nextSibling;
      }
      if (!child || ended) break;
      const type = child.nodeType;
      if (type === TEXT) {
        if (started) push(child as Text);
      } else if (type === ELEMENT) {
        const e = child as Element;
        const tag = tagOf(e);
        if (e === options.start) started = true;
        // The caller's predicate first (the story filter caches its verdicts and leaves hidden elements out too).
        if (NON_CONTENT_TAGS.has(tag) || options.skip?.(e) || isHiddenByMarkup(e)) {
          if (e === options.end) ended = true;
          child = e.nextSibling;
          continue;
        }
        const block = BLOCK_TAGS.has(tag);
        if (block) pendingBreak = true;
        open.push(e);
        blocks.push(block);
        child = e.firstChild;
        continue;
      }
      child = child.nextSibling;
    }
    open.length = 0;
    blocks.length = 0;
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
        if (r.start + r.length <= start) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < runs.length; i++) {
        const run = runs[i]!;
        if (run.start >= end) break;
        const runEnd = run.start + run.length;
        const a = Math.max(start, run.start) - run.start;
        const b = Math.min(end, runEnd) - run.start;
        if (b <= a) continue;
        const startOffset = offsetAt(run, a);
        const endOffset = offsetAt(run, b - 1) + 1;
        out.push({ node: run.node, startOffset, endOffset });
      }
      return out;
    },
  };
}
