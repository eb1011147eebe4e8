/** The popup's data: the active tab's state and the settings, loaded through a connector. */
import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import type { PageState } from "../shared/messages.ts";
import type { Settings } from "../shared/settings.ts";
import type { PageResult, PopupConnector, RevealKind } from "./connector.ts";
import { sanitizeAnalysis } from "./sanitize.ts";

export type PageView = { kind: "loading" } | PageResult;

export interface PopupData {
  page: PageView;
  /** Null until loaded. */
  settings: Settings | null;
  /** True after a save failed (the switches show the stored value again). */
  saveFailed: boolean;
  /** Applies a change to the settings: shown at once, then saved; reverted if saving fails. */
  updateSettings(change: (s: Settings) => Settings): Promise<void>;
  reveal(kind: RevealKind, index: number): Promise<boolean>;
  copyText(text: string): Promise<void>;
  download(filename: string, content: string, mimeType: string): Promise<void>;
}

export interface PopupDataOptions {
  /**
   * How long after a settings change to ask the page again: the content script applies settings from
   * storage change events, so its counts and status lag the save a little.
   */
  refreshDelayMs?: number;
}

/** Loads page state and settings once, follows outside settings changes, and exposes the popup's actions. */
export function usePopupData(connector: PopupConnector, { refreshDelayMs = 300 }: PopupDataOptions = {}): PopupData {
  const [page, setPage] = useState<PageView>({ kind: "loading" });
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saveFailed, setSaveFailed] = useState(false);
  const settingsRef = useRef<Settings | null>(null);
  const alive = useRef(true);
  settingsRef.current = settings;

  useEffect(() => {
    alive.current = true;
    connector.getPage().then((p) => alive.current && setPage(sanitizePage(p)), () => alive.current && setPage({ kind: "unavailable" }));
    connector.loadSettings().then((s) => alive.current && setSettings(s), () => undefined);
    const unsubscribe = connector.onSettingsChanged((s) => alive.current && setSettings(s));
    return () => {
      alive.current = false;
      unsubscribe();
    };
  }, [connector]);

  // A page switched off may drop its analysis; keep the last one so the popup does not go blank.
  const lastAnalysis = useRef<PageState["analysis"]>(null);
  if (page.kind === "page" && page.state.analysis) lastAnalysis.current = page.state.analysis;

  const refreshTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(refreshTimer.current), []);
  const scheduleRefresh = useCallback(() => {
    clearTimeout(refreshTimer.current);
    refreshTimer.current = setTimeout(() => {
      connector.getPage().then((p) => {
        // Keep what we have if the page stopped answering in the meantime.
        if (alive.current && p.kind === "page") setPage(withLastAnalysis(sanitizePage(p), lastAnalysis.current));
      }, () => undefined);
    }, refreshDelayMs);
  }, [connector, refreshDelayMs]);

  const updateSettings = useCallback(
    async (change: (s: Settings) => Settings) => {
      const before = settingsRef.current;
      if (!before) return;
      const next = change(before);
      settingsRef.current = next;
      setSettings(next);
      setSaveFailed(false);
      try {
        await connector.saveSettings(next);
        scheduleRefresh();
      } catch {
        if (!alive.current) return;
        settingsRef.current = before;
        setSettings(before);
        setSaveFailed(true);
      }
    },
    [connector, scheduleRefresh],
  );

  const reveal = useCallback((kind: RevealKind, index: number) => connector.reveal(kind, index).catch(() => false), [connector]);
  const copyText = useCallback((text: string) => connector.copyText(text), [connector]);
  const download = useCallback((f: string, c: string, m: string) => connector.download(f, c, m), [connector]);

  return { page, settings, saveFailed, updateSettings, reveal, copyText, download };
}

/** Page results cross a process boundary: keep only what has the contract's shape. */
function sanitizePage<P extends PageResult>(p: P): P {
  return p.kind === "page" ? { ...p, state: { ...p.state, analysis: sanitizeAnalysis(p.state.analysis) } } : p;
}

function withLastAnalysis(p: PageResult & { kind: "page" }, last: PageState["analysis"]): PageResult {
  const { state } = p;
  return state.analysis || state.status !== "off" ? p : { kind: "page", state: { ...state, analysis: last } };
}
