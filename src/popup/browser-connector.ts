/** The PopupConnector of the real extension: the active tab's content script, storage.sync, clipboard, downloads. */
import { browser, loadSettings, onSettingsChanged, popupTabId, saveSettings, sendToTab } from "../platform/index.ts";
import { isPageState } from "../shared/messages.ts";
import type { PageResult, PopupConnector } from "./connector.ts";
import { isRestrictedUrl } from "./restricted.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface BrowserConnectorOptions {
  /** The popup's query string: `?tabId=N` picks a tab (end-to-end tests), else the active tab. */
  search?: string;
  /** How often to ask again when the content script does not answer (it may still be loading). */
  retries?: number;
  retryDelayMs?: number;
}

/** Builds the connector over the platform helpers (src/platform), the clipboard and a download link. */
export function createBrowserConnector({ search = location.search, retries = 2, retryDelayMs = 400 }: BrowserConnectorOptions = {}): PopupConnector {
  const tabId = popupTabId(search).catch(() => null);
  return {
    async getPage() {
      const id = await tabId;
      if (id === null) return { kind: "unavailable" };
      // tab.url is only known with the activeTab or tabs permission; without it we cannot tell a
      // browser page from a tab that predates the extension, and say so in one message.
      const url = await browser.tabs.get(id).then((t) => t.url, () => undefined);
      if (isRestrictedUrl(url)) return { kind: "restricted" };
      // The content script runs at document_idle: a page still loading answers a moment later.
      for (let attempt = 0; attempt <= retries; attempt++) {
        const reply = await sendToTab(id, "fogwatch:get-state", {}).catch(() => undefined);
        if (isPageState(reply)) return { kind: "page", state: reply } satisfies PageResult;
        if (attempt < retries) await sleep(retryDelayMs);
      }
      return { kind: "unavailable" };
    },
    async reveal(kind, index) {
      const id = await tabId;
      if (id === null) return false;
      return (await sendToTab(id, "fogwatch:reveal", { kind, index }).catch(() => false)) === true;
    },
    loadSettings,
    saveSettings,
    onSettingsChanged,
    copyText,
    download,
  };
}

async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Some browsers refuse the async clipboard in extension popups; the old path still works there.
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.append(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    if (!ok) throw new Error("clipboard unavailable");
  }
}

async function download(filename: string, content: string, mimeType: string): Promise<void> {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in Firefox.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
