import { ELEMENT, TEXT, isCollapsed, tagOf } from "./dom.ts";

/** Never counted: code, styles, form option lists. Buttons are (tab and share labels live there). */
const UNCOUNTED = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "MATH", "HEAD", "TITLE", "META", "LINK", "SELECT", "OPTION", "TEXTAREA"]);

/** Character counts of an element's text: all of it, and the part inside links. */
export interface TextStat {
  /** Non-space characters of the element's text (scripts and styles left out). */
  chars: number;
  /** Non-space characters inside <a> elements. */
  linkChars: number;
  /** Characters of the element's own text nodes (each trimmed), not its children's: `directTextLength`. */
  directChars: number;
}

/** Non-space characters of a text (space, tab, line breaks, form feed and no-break space left out). */
export function countChars(s: string): number {
  if (isCollapsed(s)) {
    // Only single spaces between words: count those, with native searches.
    let n = s.length;
    for (let i = s.indexOf(" "); i >= 0; i = s.indexOf(" ", i + 1)) n--;
    return n;
  }
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
  // Iterative walk (pages nest deeply enough to overflow a recursive one), with the open elements, their
  // counts and their in-link flags on three parallel stacks; counts are added to the parent on the way up.
  const open: Element[] = [];
  const counts: TextStat[] = [];
  const inLinks: boolean[] = [];
  let el = root;
  let stat: TextStat = { chars: 0, linkChars: 0, directChars: 0 };
  let inLink = tagOf(root) === "A";
  stats.set(root, stat);
  let node: Node | null = root.firstChild;
  for (;;) {
    if (node) {
      const type = node.nodeType;
      if (type === TEXT) {
        const text = (node as Text).data;
        const n = countChars(text);
        stat.chars += n;
        stat.directChars += text.trim().length;
        if (inLink) stat.linkChars += n;
      } else if (type === ELEMENT) {
        const tag = tagOf(node as Element);
        if (!UNCOUNTED.has(tag)) {
          open.push(el); counts.push(stat); inLinks.push(inLink);
          el = node as Element;
          stat = { chars: 0, linkChars: 0, directChars: 0 };
          stats.set(el, stat);
          inLink = inLink || tag === "A";
          node = el.firstChild;
          continue;
        }
      }
      node = node.nextSibling;
      continue;
    }
    if (el === root) break;
    const child = stat;
    node = el.nextSibling;
    el = open.pop()!;
    stat = counts.pop()!;
    inLink = inLinks.pop()!;
    stat.chars += child.chars;
    stat.linkChars += child.linkChars;
  }
  return stats;
}
