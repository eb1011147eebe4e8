import type { ClutterElement } from "./types.ts";

/** Finds clutter inside and beside the article roots. Placeholder: "Advertisement" labels only. */
export function findClutter(roots: Element[]): ClutterElement[] {
  const out: ClutterElement[] = [];
  for (const root of roots) {
    for (const el of Array.from(root.querySelectorAll("*"))) {
      const t = el.textContent?.trim() ?? "";
      if (/^advertisement$/i.test(t) && el.children.length === 0) out.push({ element: el, text: t, kind: "ad" });
    }
  }
  return out;
}
