import { runSteps, type Steps } from "../steps.ts";
import { ELEMENT, TEXT, tagOf } from "./dom.ts";

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

/** The white space `countChars` leaves out, as runs. */
const COUNTED_SPACE = /[ \n\t\r\u00a0\f]+/g;

/**
 * Non-space characters of a text (space, tab, line breaks, form feed and no-break space left out). A short
 * text (most text nodes: indentation, words between tags) is counted by a loop over its characters; a
 * longer one by the native replace, about twice as fast on a paragraph in Chromium (a loop over the
 * characters of a node's data costs about 2 ns each there; measured over the text nodes of four pages).
 */
export function countChars(s: string): number {
  if (s.length >= 64) return s.replace(COUNTED_SPACE, "").length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!(c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 12)) n++;
  }
  return n;
}

/** `s.trim().length`: the native trim (a slice, not a copy) beat a loop from both ends 2–3 × in Chromium. */
export function trimmedLength(s: string): number {
  return s.trim().length;
}

/** Link share of an element from precomputed stats (0 when unknown or empty). */
export function statLinkDensity(stats: Map<Element, TextStat>, el: Element): number {
  const s = stats.get(el);
  return s && s.chars ? s.linkChars / s.chars : 0;
}

/** The text counts of a page and its elements in document order, from one walk. */
export interface PageText {
  stats: Map<Element, TextStat>;
  /**
   * Every element under the root (not the root itself) in document order, those inside uncounted elements
   * (an <svg>, a <noscript> parsed as markup) included: what a TreeWalker over the root would give.
   */
  elements: Element[];
  /** `tagOf` of each element. */
  tags: string[];
  /** For each element, the index in `elements` just past its last descendant. */
  ends: number[];
  /**
   * For each counted element whose only child is a text node (most paragraphs), that node's text: its
   * `textContent`, read once (reading a text node's data again makes the browser hand out a new string).
   */
  loneTexts: Array<string | undefined>;
}

/**
 * Counts text and link text for every element under `root` in one pass (O(size of the tree)), so
 * detection can ask "how long, how link-heavy" of any element without re-reading its subtree, and lists
 * the elements with their tags, so detection need not walk the page again to look for tags.
 */
export function scanPageText(root: Element): PageText {
  return runSteps(scanPageTextSteps(root));
}

/** Nodes `scanPageTextSteps` visits between two pauses. */
const SCAN_STEP_NODES = 5000;

/**
 * `scanPageText` as steps: it pauses every SCAN_STEP_NODES nodes (a 5,000-post live blog has some
 * 40,000), so that a sliced run gives the page a turn within the walk.
 */
export function* scanPageTextSteps(root: Element): Steps<PageText> {
  let visited = 0;
  const stats = new Map<Element, TextStat>();
  const elements: Element[] = [], tags: string[] = [], ends: number[] = [], loneTexts: Array<string | undefined> = [];
  // Iterative walk (pages nest deeply enough to overflow a recursive one), with the open elements, their
  // counts (null inside uncounted elements), in-link flags, indices, child counts and last text on parallel
  // stacks; counts are added to the parent on the way up.
  const open: Element[] = [], counts: Array<TextStat | null> = [], inLinks: boolean[] = [], indices: number[] = [];
  const childCounts: number[] = [], lastTexts: Array<string | undefined> = [];
  let children = 0;
  let lastText: string | undefined;
  let el = root;
  let stat: TextStat | null = { chars: 0, linkChars: 0, directChars: 0 };
  let inLink = tagOf(root) === "A";
  let index = -1;
  stats.set(root, stat);
  let node: Node | null = root.firstChild;
  for (;;) {
    if (++visited % SCAN_STEP_NODES === 0) yield;
    if (node) {
      const type = node.nodeType;
      children++;
      lastText = undefined;
      if (type === TEXT) {
        if (stat) {
          const text = (node as Text).data;
          lastText = text;
          const n = countChars(text);
          stat.chars += n;
          stat.directChars += trimmedLength(text);
          if (inLink) stat.linkChars += n;
        }
      } else if (type === ELEMENT) {
        const child = node as Element;
        const tag = tagOf(child);
        open.push(el); counts.push(stat); inLinks.push(inLink); indices.push(index); childCounts.push(children); lastTexts.push(lastText);
        index = elements.length;
        elements.push(child); tags.push(tag); ends.push(0); loneTexts.push(undefined);
        children = 0;
        el = child;
        if (stat && !UNCOUNTED.has(tag)) {
          stat = { chars: 0, linkChars: 0, directChars: 0 };
          stats.set(el, stat);
          inLink = inLink || tag === "A";
        } else stat = null;
        node = el.firstChild;
        continue;
      }
      node = node.nextSibling;
      continue;
    }
    if (el === root) break;
    ends[index] = elements.length;
    if (children === 1 && lastText !== undefined) loneTexts[index] = lastText;
    const child = stat;
    node = el.nextSibling;
    el = open.pop()!;
    stat = counts.pop()!;
    inLink = inLinks.pop()!;
    index = indices.pop()!;
    children = childCounts.pop()!;
    lastText = lastTexts.pop();
    if (stat && child) {
      stat.chars += child.chars;
      stat.linkChars += child.linkChars;
    }
  }
  return { stats, elements, tags, ends, loneTexts };
}

/**
 * The indices in `page.elements` of an element's descendants, [from, to); null when the element is not
 * the scanned root or under it.
 */
export function descendantRange(page: PageText, root: Element, el: Element): [number, number] | null {
  if (el === root) return [0, page.elements.length];
  const i = page.elements.indexOf(el);
  return i < 0 ? null : [i + 1, page.ends[i]!];
}
