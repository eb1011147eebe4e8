/** DOM views for tests that compare pages node by node (the highlighter's batch and reference tests). */

/** The subtree with every text node shown, so a node split in two (or an empty one) is visible. */
export function structure(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return `«${(node as Text).data}»`;
  if (node.nodeType !== Node.ELEMENT_NODE) return "";
  const el = node as Element;
  const attrs = [...el.attributes].map((a) => ` ${a.name}="${a.value}"`).join("");
  return `<${el.localName}${attrs}>${[...el.childNodes].map(structure).join("")}</${el.localName}>`;
}

/** The text nodes under `root`, in document order. */
export function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}
