import type { NodeSlice, TextMap } from "./types.ts";

interface Run {
  node: Text;
  /** Offset of this run in the map's text. */
  start: number;
  /** For each character of the run's normalised text, its offset in the node's data. */
  offsets: number[];
}

const BLOCK = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "BR", "DD", "DIV", "DL", "DT", "FIGCAPTION", "FIGURE",
  "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P",
  "PRE", "SECTION", "TABLE", "TD", "TH", "TR", "UL",
]);
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "IFRAME", "svg", "SVG", "TEXTAREA", "INPUT", "SELECT", "BUTTON", "OBJECT", "EMBED", "CANVAS", "VIDEO", "AUDIO"]);

export interface TextMapOptions {
  /** Elements whose text is left out (clutter, hidden parts). */
  skip?: (element: Element) => boolean;
}

/**
 * Builds the article text from DOM roots: whitespace collapsed, blocks separated by blank lines.
 * Placeholder implementation; the page adapter replaces it with the full one.
 */
export function buildTextMap(roots: Element[], options: TextMapOptions = {}): TextMap {
  const runs: Run[] = [];
  let text = "";
  let pendingBreak = false;
  const push = (node: Text) => {
    const data = node.data;
    let chunk = "";
    const offsets: number[] = [];
    for (let i = 0; i < data.length; i++) {
      const ch = data[i]!;
      if (/\s/.test(ch)) {
        const prev = chunk.length ? chunk[chunk.length - 1] : text[text.length - 1];
        if (prev === undefined || prev === " " || prev === "\n") continue;
        chunk += " ";
      } else chunk += ch;
      offsets.push(i);
    }
    if (!chunk.trim()) return;
    if (pendingBreak && text) {
      text = text.replace(/ +$/, "") + "\n\n";
      pendingBreak = false;
    }
    runs.push({ node, start: text.length, offsets });
    text += chunk;
  };
  const walk = (el: Element) => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) push(child as Text);
      else if (child.nodeType === 1) {
        const e = child as Element;
        if (SKIP.has(e.tagName) || options.skip?.(e)) continue;
        const block = BLOCK.has(e.tagName.toUpperCase());
        if (block) pendingBreak = true;
        walk(e);
        if (block) pendingBreak = true;
      }
    }
  };
  for (const root of roots) {
    pendingBreak = true;
    walk(root);
  }
  text = text.replace(/ +$/, "");
  return {
    text,
    slicesFor(start: number, end: number): NodeSlice[] {
      const out: NodeSlice[] = [];
      for (const run of runs) {
        const runEnd = run.start + run.offsets.length;
        if (runEnd <= start || run.start >= end) continue;
        const a = Math.max(start, run.start) - run.start;
        const b = Math.min(end, runEnd) - run.start;
        const startOffset = run.offsets[a]!;
        const endOffset = (run.offsets[b - 1] ?? startOffset) + 1;
        out.push({ node: run.node, startOffset, endOffset });
      }
      return out;
    },
  };
}
