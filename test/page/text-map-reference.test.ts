// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { buildTextMap, type TextMapOptions } from "../../src/page/text-map.ts";
import { BLOCK_TAGS, NON_CONTENT_TAGS, isHiddenByMarkup, tagOf } from "../../src/page/detect/dom.ts";
import type { NodeSlice, TextMap } from "../../src/page/types.ts";

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160 || c === 0x200b || c === 0xfeff ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** The map as first written: character by character, with an offset table for every run. */
function referenceTextMap(roots: Element[], options: TextMapOptions = {}): TextMap {
  const runs: Array<{ node: Text; start: number; offsets: number[] }> = [];
  const parts: string[] = [];
  let length = 0, last = -1, pendingBreak = false, started = !options.start, ended = false;
  const prefix = options.prefix?.replace(/\s+/g, " ").trim();
  if (prefix) {
    parts.push(prefix);
    length = prefix.length;
    last = prefix.charCodeAt(prefix.length - 1);
    pendingBreak = true;
  }
  const trimTrailingSpace = () => {
    const tail = parts[parts.length - 1];
    const run = runs[runs.length - 1];
    if (!tail || !tail.endsWith(" ")) return;
    parts[parts.length - 1] = tail.slice(0, -1);
    length--;
    if (run && run.start + run.offsets.length > length) run.offsets.pop();
  };
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
  const walk = (el: Element) => {
    for (let child = el.firstChild; child && !ended; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if (started) push(child as Text);
      } else if (child.nodeType === 1) {
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
  return {
    text: parts.join(""),
    slicesFor(start: number, end: number): NodeSlice[] {
      const out: NodeSlice[] = [];
      for (const run of runs) {
        const a = Math.max(start, run.start) - run.start;
        const b = Math.min(end, run.start + run.offsets.length) - run.start;
        if (b > a) out.push({ node: run.node, startOffset: run.offsets[a]!, endOffset: run.offsets[b - 1]! + 1 });
      }
      return out;
    },
  };
}

describe("buildTextMap against the per-character reference", () => {
  it("gives the same text and the same slices for every span of random markup", () => {
    let seed = 11;
    const next = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
    const spaces = [" ", "  ", "\n", "\t ", "\u00a0", "\u200b", "\u2009", "\u3000", " \n  "];
    const words = ["Kyiv", "said", "a", "drone", "état", "", "x"];
    const text = () => Array.from({ length: next(5) }, () => (next(2) ? spaces[next(spaces.length)] : "") + words[next(words.length)]!).join("") + (next(3) ? "" : spaces[next(spaces.length)]);
    const tags = ["p", "span", "b", "div", "br", "li", "em", "script", "a"];
    const markup = (depth: number): string =>
      Array.from({ length: next(4) }, () => {
        if (depth > 2 || next(3) === 0) return text();
        const tag = tags[next(tags.length)]!;
        if (tag === "br") return "<br>";
        const attr = next(6) === 0 ? " hidden" : next(5) === 0 ? ' class="skip"' : next(5) === 0 ? ' id="mark"' : "";
        return `<${tag}${attr}>${markup(depth + 1)}</${tag}>`;
      }).join("");
    for (let round = 0; round < 400; round++) {
      const root = document.createElement("div");
      root.innerHTML = markup(0);
      document.body.replaceChildren(root);
      const marks = [...root.querySelectorAll("#mark")];
      const options: TextMapOptions = {
        skip: (e) => e.classList.contains("skip"),
        start: next(3) === 0 ? marks[0] ?? null : null,
        end: next(3) === 0 ? marks[marks.length - 1] ?? null : null,
        prefix: next(4) === 0 ? ` Title\n ${words[next(words.length)]} ` : null,
      };
      const map = buildTextMap([root], options);
      const reference = referenceTextMap([root], options);
      expect(map.text).toBe(reference.text);
      for (let start = 0; start <= map.text.length; start++) {
        for (let end = start + 1; end <= map.text.length + 1; end++) {
          expect(map.slicesFor(start, end)).toEqual(reference.slicesFor(start, end));
        }
      }
    }
    // 400 rounds of every span take ~4 s in jsdom; a loaded machine (CI beside other jobs) needs more than 5 s.
  }, 30_000);
});
