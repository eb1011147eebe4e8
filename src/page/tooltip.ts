/**
 * The claim tooltip: one `<fogwatch-ui data-fogwatch="ui">` host on the root element (a `<span>` on a
 * page that took that tag name, see createUiHost) with an open shadow root, so page CSS cannot restyle
 * it and its CSS cannot leak into the page. Created on first use; `destroy()` removes it. Content is set
 * with textContent only: it quotes page text.
 */

export const UI_TAG = "fogwatch-ui";

/**
 * A `<fogwatch-ui data-fogwatch="ui">` host with an open shadow root, added nowhere yet. A page may have
 * defined a custom element under that name (the registry is the page's, and it upgrades the elements
 * content scripts create); if that element refuses a shadow root (it attached its own), the host is a
 * `<span data-fogwatch="ui">` instead: no page can define or upgrade a built-in element.
 */
export function createUiHost(doc: Document): { host: HTMLElement; root: ShadowRoot } {
  for (const tag of [UI_TAG, "span"]) {
    const host = doc.createElement(tag);
    try {
      const root = host.attachShadow({ mode: "open" });
      host.setAttribute("data-fogwatch", "ui");
      return { host, root };
    } catch {
      // taken by the page: try the next tag
    }
  }
  throw new Error("no shadow root for the Fogwatch UI");
}

export interface TooltipContent {
  /** First line, e.g. "Unverified claim". */
  heading: string;
  /** Status keyword for styling: "unverified" | "disclaimed" | … */
  status: string;
  /** Label/value rows, e.g. ["Claimed by", "the Russian Defense Ministry"]. */
  rows: Array<[string, string]>;
  /** Why it is flagged, in plain language. */
  reasons: string[];
  /** CSS colour of the claim's side. */
  tone: string;
}

const CSS = `
:host{all:initial!important;position:fixed!important;inset:0 auto auto 0!important;z-index:2147483647!important;
  pointer-events:none!important;display:block!important}
.tip{position:fixed;box-sizing:border-box;max-width:min(24rem,calc(100vw - 16px));padding:.6rem .75rem;
  border-radius:6px;border-left:6px solid var(--tone,#6e6e6e);background:#fff;color:#1b1b1b;
  box-shadow:0 4px 18px rgba(0,0,0,.25);font:13px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif}
.tip[hidden]{display:none}
.heading{margin:0 0 .35rem;font-weight:700}
.heading.disclaimed::before{content:"\\26A0\\FE0E  "}
dl{margin:0;display:grid;grid-template-columns:auto 1fr;gap:.1rem .6rem}
dt{color:#555}dd{margin:0;font-weight:600}
ul{margin:.4rem 0 0;padding-left:1.1rem}
@media (prefers-color-scheme:dark){.tip{background:#23262b;color:#f1f1f1}dt{color:#b5b5b5}}
`;

export class Tooltip {
  private host: HTMLElement | null = null;
  private tip: HTMLElement | null = null;
  private anchor: Element | null = null;

  constructor(private readonly doc: Document) {}

  /**
   * Shows the tooltip next to `anchor` (below it, or above when there is no room). Called from page
   * event listeners, so it never throws: a page that breaks it gets no tooltip, not an error.
   */
  show(anchor: Element, content: TooltipContent): void {
    try {
      this.render(anchor, content);
    } catch {
      this.hide();
    }
  }

  private render(anchor: Element, content: TooltipContent): void {
    const tip = this.ensure();
    tip.replaceChildren();
    tip.style.setProperty("--tone", content.tone);
    const heading = this.el("p", "heading " + content.status, content.heading);
    const rows = this.el("dl");
    for (const [label, value] of content.rows) rows.append(this.el("dt", "", label), this.el("dd", "", value));
    tip.append(heading, rows);
    if (content.reasons.length) {
      const list = this.el("ul");
      for (const reason of content.reasons) list.append(this.el("li", "", reason));
      tip.append(list);
    }
    tip.hidden = false;
    this.anchor = anchor;
    this.place(tip, anchor.getBoundingClientRect());
  }

  /** Follows the anchor after a scroll (the tooltip is fixed to the viewport); hides it if it is gone. */
  reposition(): void {
    if (!this.tip || this.tip.hidden) return;
    try {
      if (this.anchor?.isConnected) this.place(this.tip, this.anchor.getBoundingClientRect());
      else this.hide();
    } catch {
      this.hide(); // called from a page scroll listener: never throw there
    }
  }

  hide(): void {
    if (this.tip) this.tip.hidden = true;
    this.anchor = null;
  }

  get isShown(): boolean {
    return !!this.tip && !this.tip.hidden;
  }

  /** The tooltip's text (for tests and for screen readers via aria-description). */
  get text(): string {
    return this.tip?.textContent ?? "";
  }

  destroy(): void {
    this.host?.remove();
    this.host = null;
    this.tip = null;
    this.anchor = null;
  }

  private ensure(): HTMLElement {
    if (this.tip && this.host?.isConnected) return this.tip;
    this.host?.remove();
    const { host, root } = createUiHost(this.doc);
    const style = this.doc.createElement("style");
    style.textContent = CSS;
    const tip = this.el("div", "tip");
    tip.setAttribute("role", "tooltip");
    tip.hidden = true;
    root.append(style, tip);
    this.doc.documentElement.appendChild(host);
    this.host = host;
    this.tip = tip;
    return tip;
  }

  private place(tip: HTMLElement, rect: DOMRect): void {
    const view = this.doc.defaultView;
    const width = view?.innerWidth ?? 1024;
    const height = view?.innerHeight ?? 768;
    const box = tip.getBoundingClientRect();
    const gap = 8;
    const below = rect.bottom + gap;
    const top = below + box.height > height && rect.top - gap - box.height > 0 ? rect.top - gap - box.height : below;
    const left = Math.max(gap, Math.min(rect.left, width - box.width - gap));
    tip.style.top = `${Math.round(top)}px`;
    tip.style.left = `${Math.round(left)}px`;
  }

  private el(tag: string, className = "", text?: string): HTMLElement {
    const e = this.doc.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }
}
