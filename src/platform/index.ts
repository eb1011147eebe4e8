/**
 * The one place that touches the WebExtension API (through webextension-polyfill, which is the native
 * `browser` in Firefox and a promise wrapper over `chrome` in Chromium). Everything else imports these
 * typed helpers, so page code, components and tests never call `chrome.*`.
 */
import browser from "webextension-polyfill";
import type { Runtime } from "webextension-polyfill";
import type { BackgroundRequests, ContentMessage, ContentRequests } from "../shared/messages.ts";
import { parseSettings, type Settings } from "../shared/settings.ts";

export { browser };
export type { Runtime, Tabs } from "webextension-polyfill";

/** The storage.sync key that holds the reader's settings (validated by parseSettings on every read). */
export const SETTINGS_KEY = "settings";

/** Reads the settings; anything malformed falls back to defaults. */
export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

/** Writes the settings (the content scripts of every tab pick them up at once through onChanged). */
export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [SETTINGS_KEY]: settings });
}

/** Calls `listener` with the new, validated settings whenever they change. Returns the remover. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area === "sync" && change) listener(parseSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

/** Sends a request to the content script of a tab (top frame) and returns its reply. */
export function sendToTab<K extends keyof ContentRequests>(
  tabId: number,
  type: K,
  request: ContentRequests[K]["request"],
): Promise<ContentRequests[K]["reply"]> {
  return browser.tabs.sendMessage(tabId, { type, ...request }, { frameId: 0 }) as Promise<ContentRequests[K]["reply"]>;
}

/** Sends a message from a content script to the background. */
export function sendToBackground<K extends keyof BackgroundRequests>(
  type: K,
  request: BackgroundRequests[K]["request"],
): Promise<BackgroundRequests[K]["reply"]> {
  return browser.runtime.sendMessage({ type, ...request }) as Promise<BackgroundRequests[K]["reply"]>;
}

/** True when a message comes from this extension itself (its pages, background or content scripts). */
export function isOwnSender(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

/**
 * Listens for messages that pass `guard` and come from this extension; the handler's value (or promise)
 * is the reply. Anything else is ignored, so other listeners may answer it. Returns the remover.
 */
export function onMessage<T>(
  guard: (message: unknown) => message is T,
  handler: (message: T, sender: Runtime.MessageSender) => unknown,
): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender) => {
    if (!isOwnSender(sender) || !guard(message)) return undefined;
    return Promise.resolve().then(() => handler(message, sender));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** The tab a popup is about: `?tabId=N` in its URL (tests, pinned popups), else the active tab. */
export async function popupTabId(search: string = globalThis.location?.search ?? ""): Promise<number | null> {
  const raw = new URLSearchParams(search).get("tabId");
  if (raw !== null && /^\d+$/.test(raw)) return Number(raw);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** A message from the extension's catalog (public/_locales), "" when the key is unknown. */
export function getMessage(key: string, substitutions?: string[]): string {
  return browser.i18n.getMessage(key, substitutions);
}

export type { ContentMessage };
