/**
 * Everything the popup needs from the browser, behind one interface so components and the hook can be
 * tested with a fake. The browser implementation is in browser-connector.ts.
 */
import type { PageState } from "../shared/messages.ts";
import type { Settings } from "../shared/settings.ts";

/** What the popup learns about the active tab. */
export type PageResult =
  /** The content script answered. */
  | { kind: "page"; state: PageState }
  /** A page extensions may not touch (chrome://, about:, the extension stores, the PDF viewer…). */
  | { kind: "restricted" }
  /** No content script answered: the tab predates the extension, is still loading, or is not a web page. */
  | { kind: "unavailable" };

export type RevealKind = "claim" | "figure" | "source";

export interface PopupConnector {
  /** Asks the active tab's content script for its state. Never rejects: failures become a PageResult. */
  getPage(): Promise<PageResult>;
  /** Scrolls the page to the index-th annotation of a kind and flashes it; false when it is not in the page. */
  reveal(kind: RevealKind, index: number): Promise<boolean>;
  /** The stored settings, validated (defaults when storage is empty or malformed). */
  loadSettings(): Promise<Settings>;
  /** Persists the settings (storage.sync); the content script applies them through storage change events. */
  saveSettings(settings: Settings): Promise<void>;
  /** Calls back when the settings change elsewhere (another window, the options page). Returns an unsubscribe. */
  onSettingsChanged(listener: (settings: Settings) => void): () => void;
  /** Puts text on the clipboard. */
  copyText(text: string): Promise<void>;
  /** Offers a file to save. */
  download(filename: string, content: string, mimeType: string): Promise<void>;
}
