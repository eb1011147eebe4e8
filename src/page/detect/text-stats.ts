import { ELEMENT, TEXT, tagOf } from "./dom.ts";

/** Never counted: code, styles, form option lists. Buttons are (tab and share labels live there). */
const UNCOUNTED = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "MATH", "HEAD", "TITLE", "META", "LINK", "SELECT", "OPTION", "TEXTAREA"]);

/** Character counts of an element's text: all of it, and the part inside links. */
export interface TextStat {
  /** Non-space characters of the element's text (scripts and styles left out). */
  chars: number;
  /** Non-space characters inside <a> elements. */
  linkChars: number;
}

function countChars(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!(c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 12)) n++;
  }
  return n;
}

/** Link share of an element from precomputed stats (0 when unknown or empty). */
export function statLinkDensity(stats: Map<Element, TextStat>, el: Element): number {
  const s = stats.get(el);
  return s && s.chars ? s.linkChars / s.chars : 0;
}

/**
 * Counts text and link text for every element under `root` in one pass (O(size of the tree)), so
 * detection can ask "how long, how link-heavy" of any element without re-reading its subtree.
 */
export function computeTextStats(root: Element): Map<Element, TextStat> {
  const stats = new Map<Element, TextStat>();
  // Iterative post-order walk: pages nest deeply enough to overflow a recursive one.
  const stack: Array<{ el: Element; child: ChildNode | null; stat: TextStat; inLink: boolean }> = [];
  const enter = (el: Element, inLink: boolean) => {
    const stat = { chars: 0, linkChars: 0 };
    stats.set(el, stat);
    stack.push({ el, child: el.firstChild, stat, inLink: inLink || tagOf(el) === "A" });
  };
  enter(root, false);
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    const node = top.child;
    if (!node) {
      stack.pop();
      const parent = stack[stack.length - 1];
      if (parent) {
        parent.stat.chars += top.stat.chars;
        parent.stat.linkChars += top.stat.linkChars;
      }
      continue;
    }
    top.child = node.nextSibling;
    if (node.nodeType === TEXT) {
      const n = countChars(node.nodeValue ?? "");
      top.stat.chars += n;
      if (top.inLink) top.stat.linkChars += n;
    } else if (node.nodeType === ELEMENT && !UNCOUNTED.has(tagOf(node as Element))) {
      enter(node as Element, top.inLink);
    }
  }
  return stats;
}
