/**
 * Background: runs the analysis of article text for the content scripts (analysis.ts), keeps what each
 * tab's content script reported, shows the number of highlighted claims on the toolbar badge (cleared
 * when the tab navigates or reports a non-article page), and turns the keyboard commands into "step"
 * requests to the active tab.
 */
import { browser, onMessage, sendToTab, type Runtime, type Tabs } from "../platform/index.ts";
import { isBackgroundMessage, isPageState, type PageState } from "../shared/messages.ts";
import { analyzeForPage } from "./analysis.ts";
import { badgeFor } from "./badge.ts";

const BADGE_COLOUR = "#8a4b00";
const tabs = new Map<number, PageState>();

function showBadge(tabId: number, state: PageState | undefined): void {
  const { text, title } = badgeFor(state);
  // The tab may be gone by now; nothing to show then.
  browser.action.setBadgeText({ tabId, text }).catch(() => undefined);
  browser.action.setTitle({ tabId, title }).catch(() => undefined);
}

/** Accepts page states only from the top frame of a tab, sent by our own content script. */
function fromTopFrame(sender: Runtime.MessageSender): number | null {
  const tabId = sender.tab?.id;
  return typeof tabId === "number" && tabId >= 0 && sender.frameId === 0 ? tabId : null;
}

onMessage(isBackgroundMessage, (message, sender) => {
  if (message.type === "fogwatch:analyze") {
    // Only content scripts (in a tab) ask for analyses; our own pages have no use for it.
    return sender.tab ? analyzeForPage(message) : undefined;
  }
  const tabId = fromTopFrame(sender);
  if (tabId === null) return;
  tabs.set(tabId, message.state);
  showBadge(tabId, message.state);
});

browser.tabs.onRemoved.addListener((tabId) => {
  tabs.delete(tabId);
});

/** Asks a tab's content script for its state (after a service-worker restart or a same-page navigation). */
async function refresh(tabId: number): Promise<void> {
  const state = await sendToTab(tabId, "fogwatch:get-state", {}).catch(() => undefined);
  if (!isPageState(state)) return; // no content script there (yet): it reports itself when it runs
  tabs.set(tabId, state);
  showBadge(tabId, state);
}

browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === "loading") {
    tabs.delete(tabId);
    showBadge(tabId, undefined);
  } else if (change.status === "complete") {
    void refresh(tabId);
  }
});

const STEPS: Record<string, 1 | -1> = { "next-claim": 1, "previous-claim": -1 };

browser.commands.onCommand.addListener(async (command: string, tab?: Tabs.Tab) => {
  const direction = STEPS[command];
  if (!direction) return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  await sendToTab(tabId, "fogwatch:step", { direction }).catch(() => undefined); // no content script there
});

browser.action.setBadgeBackgroundColor({ color: BADGE_COLOUR }).catch(() => undefined);
browser.action.setBadgeTextColor?.({ color: "#ffffff" })?.catch(() => undefined);
