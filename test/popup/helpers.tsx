/** Test helpers for popup components: render into the DOM, the English catalog, a fake connector. */
import { render, type ComponentChildren } from "preact";
import { act } from "preact/test-utils";
import en from "../../public/_locales/en/messages.json";
import type { PageResult, PopupConnector, RevealKind } from "../../src/popup/connector.ts";
import { catalogGetMessage, createTranslator, TranslatorContext, type Translator } from "../../src/popup/i18n.ts";
import { DEFAULT_SETTINGS, type Settings } from "../../src/shared/settings.ts";

export const tr: Translator = createTranslator(catalogGetMessage(en), "en");

/** Renders inside a translator provider; returns the container and an unmount. */
export function mount(ui: ComponentChildren): { root: HTMLElement; unmount(): void } {
  const root = document.createElement("div");
  document.body.append(root);
  act(() => {
    render(<TranslatorContext.Provider value={tr}>{ui}</TranslatorContext.Provider>, root);
  });
  return {
    root,
    unmount() {
      act(() => render(null, root));
      root.remove();
    },
  };
}

/** Clicks an element inside act() so state updates are flushed. */
export async function click(el: Element | null | undefined): Promise<void> {
  if (!(el instanceof HTMLElement)) throw new Error("nothing to click");
  await act(async () => {
    el.click();
  });
}

/** Dispatches a keydown on an element inside act(). */
export async function press(el: Element | null | undefined, key: string): Promise<void> {
  if (!el) throw new Error("no element for key press");
  await act(async () => {
    el.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
  });
}

/** Lets pending promises settle inside act(). */
export async function flush(): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}

/** Finds a button (or other element with a role) by its accessible text content. */
export function byText<T extends Element = HTMLElement>(root: ParentNode, selector: string, text: string | RegExp): T {
  const all = [...root.querySelectorAll<T>(selector)];
  const hit = all.find((el) => (typeof text === "string" ? el.textContent?.includes(text) : text.test(el.textContent ?? "")));
  if (!hit) throw new Error(`no ${selector} with text ${String(text)}; saw: ${all.map((e) => e.textContent).join(" | ")}`);
  return hit;
}

export interface FakeConnector extends PopupConnector {
  calls: {
    reveal: Array<[RevealKind, number]>;
    saved: Settings[];
    copied: string[];
    downloads: Array<{ filename: string; content: string; mimeType: string }>;
    getPage: number;
  };
  /** Pushes a settings change as if made elsewhere. */
  emitSettings(s: Settings): void;
}

export interface FakeOptions {
  page?: PageResult | (() => PageResult);
  settings?: Settings;
  revealResult?: boolean;
  failSave?: boolean;
  failCopy?: boolean;
}

/** A connector that records every call and answers from memory. */
export function fakeConnector(opts: FakeOptions = {}): FakeConnector {
  let stored = structuredClone(opts.settings ?? DEFAULT_SETTINGS);
  const listeners = new Set<(s: Settings) => void>();
  const calls: FakeConnector["calls"] = { reveal: [], saved: [], copied: [], downloads: [], getPage: 0 };
  return {
    calls,
    async getPage() {
      calls.getPage++;
      const p = opts.page ?? { kind: "unavailable" };
      return typeof p === "function" ? p() : p;
    },
    async reveal(kind, index) {
      calls.reveal.push([kind, index]);
      return opts.revealResult ?? true;
    },
    async loadSettings() {
      return structuredClone(stored);
    },
    async saveSettings(s) {
      if (opts.failSave) throw new Error("quota");
      stored = structuredClone(s);
      calls.saved.push(structuredClone(s));
    },
    onSettingsChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async copyText(text) {
      if (opts.failCopy) throw new Error("denied");
      calls.copied.push(text);
    },
    async download(filename, content, mimeType) {
      calls.downloads.push({ filename, content, mimeType });
    },
    emitSettings(s) {
      for (const l of listeners) l(s);
    },
  };
}
