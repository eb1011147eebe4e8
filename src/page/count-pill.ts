/**
 * The count pill: a small box in the bottom-right corner of the viewport, "Fogwatch · 14 unverified
 * claims", with a "next claim" button and a dismiss button. It is the page's quiet reminder that the
 * story has highlights, and a pointer-friendly way to step through them.
 *
 * Like the tooltip it lives in `<fogwatch-ui data-fogwatch="ui">` on the root element (outside the
 * body, so the article's markup never changes) with an open shadow root: page CSS cannot restyle it,
 * its CSS cannot leak. DOM only, no extension APIs: the controller decides when it is shown and what
 * "next" does. Strings are English, as the tooltip's are (the content script has no i18n catalog).
 *
 *   createCountPill(doc, { count, onNext, onDismiss }) ──► pill.update(count) … pill.remove()
 */
import { createUiHost } from "./tooltip.ts";

/** The value of the host's data-fogwatch-part attribute, to tell the pill from the tooltip host. */
export const COUNT_PILL_PART = "count";

export interface CountPillOptions {
  /** How many claims are highlighted (more than 0). */
  count: number;
  /** "Next claim": move to the next highlighted claim. */
  onNext(): void;
  /** The reader closed the pill (it is already removed when this is called). */
  onDismiss?(): void;
}

export interface CountPill {
  /** The shadow host (for tests). */
  readonly host: HTMLElement;
  readonly count: number;
  /** Changes the count; the live region announces it politely. */
  update(count: number): void;
  /** Takes the pill out of the page (idempotent). */
  remove(): void;
}

/** "14 unverified claims", "1 unverified claim". */
export function countText(count: number): string {
  return `${count} unverified claim${count === 1 ? "" : "s"}`;
}

// Small, in a corner, fixed: it never sits in the reading column's way for long, and on narrow
// screens it shrinks to the number and its two buttons. Hidden when printing.
const CSS = `
:host{all:initial!important;position:fixed!important;inset:auto max(8px,env(safe-area-inset-right)) max(8px,env(safe-area-inset-bottom)) auto!important;
  z-index:2147483646!important;display:block!important;max-width:calc(100vw - 16px)!important}
.pill{display:flex;align-items:center;gap:2px;box-sizing:border-box;max-width:100%;padding:2px 2px 2px 10px;
  border:1px solid #8a8a8a;border-radius:999px;background:#fff;color:#1b1b1b;box-shadow:0 2px 10px rgba(0,0,0,.18);
  font:12px/1.3 system-ui,-apple-system,"Segoe UI",sans-serif}
.count{white-space:nowrap;overflow:hidden;text-overflow:ellipsis;padding-right:4px}
.brand{font-weight:700}
button{all:unset;box-sizing:border-box;display:inline-flex;align-items:center;justify-content:center;min-width:24px;height:24px;
  padding:0 6px;border-radius:999px;cursor:pointer;color:inherit;font:inherit;white-space:nowrap}
button:hover{background:rgba(0,0,0,.08)}
button:focus-visible{outline:2px solid #0a5fb4;outline-offset:1px}
.arrow{margin-left:3px}
.close{font-size:16px;line-height:1}
.sr{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
@media (max-width:480px){.long{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
  .pill{padding-left:8px}.arrow{margin-left:0}}
@media (prefers-color-scheme:dark){.pill{background:#23262b;color:#f1f1f1;border-color:#7a7f87;box-shadow:0 2px 10px rgba(0,0,0,.5)}
  button:hover{background:rgba(255,255,255,.12)}button:focus-visible{outline-color:#8ab4f8}}
@media print{:host{display:none!important}}
`;

/** Adds the pill to `doc` (at the end of the root element) and returns its handle. */
export function createCountPill(doc: Document, options: CountPillOptions): CountPill {
  // The same host as the tooltip's: falls back to a <span> when the page has taken our tag name.
  const { host, root } = createUiHost(doc);
  host.setAttribute("data-fogwatch-part", COUNT_PILL_PART);
  const el = (tag: string, className: string, text?: string) => {
    const e = doc.createElement(tag);
    e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  };

  const style = doc.createElement("style");
  style.textContent = CSS;
  const pill = el("div", "pill");
  pill.setAttribute("role", "group");
  pill.setAttribute("aria-label", "Fogwatch");

  // The live region holds only the words that change, so a new count is read without the buttons.
  const count = el("span", "count");
  count.setAttribute("aria-live", "polite");
  count.setAttribute("aria-atomic", "true");
  const brand = el("span", "brand long", "Fogwatch");
  const sep = el("span", "long", " · ");
  sep.setAttribute("aria-hidden", "true");
  const number = el("span", "number");
  count.append(brand, sep, number);

  const next = el("button", "next");
  next.setAttribute("type", "button");
  next.setAttribute("title", "Next claim (Alt+Shift+.)");
  next.append(el("span", "long", "Next"), el("span", "sr", " claim"));
  const arrow = el("span", "arrow", "\u2193");
  arrow.setAttribute("aria-hidden", "true");
  next.append(arrow);
  next.addEventListener("click", (event) => {
    event.stopPropagation();
    options.onNext();
  });

  const close = el("button", "close", "\u00d7");
  close.setAttribute("type", "button");
  close.setAttribute("aria-label", "Dismiss the Fogwatch count");
  close.setAttribute("title", "Dismiss");

  pill.append(count, next, close);
  root.append(style, pill);

  let current = -1;
  let removed = false;
  const handle: CountPill = {
    host,
    get count() {
      return current;
    },
    update(n: number) {
      if (n === current) return;
      current = n;
      // On narrow screens only the number shows; the words stay there for screen readers.
      number.replaceChildren(doc.createTextNode(String(n)), el("span", "long", countText(n).slice(String(n).length)));
      number.title = countText(n);
    },
    remove() {
      if (removed) return;
      removed = true;
      host.remove();
    },
  };
  close.addEventListener("click", (event) => {
    event.stopPropagation();
    handle.remove();
    options.onDismiss?.();
  });
  handle.update(options.count);
  doc.documentElement.appendChild(host);
  return handle;
}

/** Removes any count pill in `doc` (one left by an earlier content script, say). */
export function removeCountPills(doc: Document): void {
  for (const host of doc.querySelectorAll(`[data-fogwatch="ui"][data-fogwatch-part="${COUNT_PILL_PART}"]`)) host.remove();
}
