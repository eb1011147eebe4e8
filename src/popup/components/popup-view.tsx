import type { ComponentChildren } from "preact";
import { useMemo, useState } from "preact/hooks";
import type { Analysis } from "../../core/types.ts";
import type { Settings } from "../../shared/settings.ts";
import type { RevealKind } from "../connector.ts";
import { countFlagged } from "../group.ts";
import { useTranslator } from "../i18n.ts";
import { isSiteOff, withClutterMode, withPaused, withSiteOff, withToggle } from "../settings-actions.ts";
import type { PageView } from "../use-popup-data.ts";
import { Clutter } from "./clutter.tsx";
import { EmptyState } from "./empty-state.tsx";
import { Export } from "./export-actions.tsx";
import { Figures } from "./figures.tsx";
import { Header, type Counts } from "./header.tsx";
import { SourcesBySide } from "./sources-by-side.tsx";
import { Tabs } from "./tabs.tsx";
import { Toggles } from "./toggles.tsx";

export type TabId = "sources" | "figures" | "settings";

export interface PopupViewProps {
  page: PageView;
  settings: Settings | null;
  saveFailed?: boolean;
  onSettings(change: (s: Settings) => Settings): void;
  onReveal(kind: RevealKind, index: number): Promise<boolean>;
  onCopy(text: string): Promise<void>;
  onDownload(filename: string, content: string, mimeType: string): Promise<void>;
  /** The tab to open first (default: the first with something in it). */
  initialTab?: TabId;
}

/** The whole popup, rendered from props: which screen to show follows from the page and the settings. */
export function PopupView(props: PopupViewProps) {
  const { page } = props;
  const host = page.kind === "page" ? page.state.host : null;
  return (
    <div class="popup">
      <Brand host={host} />
      <main class="content">
        <Body {...props} />
      </main>
    </div>
  );
}

function Body(props: PopupViewProps) {
  const { page, settings, onSettings } = props;
  const { t } = useTranslator();
  if (page.kind === "loading") return <EmptyState variant="loading" />;
  if (page.kind === "restricted") return <EmptyState variant="restricted" />;
  if (page.kind === "unavailable") return <EmptyState variant="unavailable" />;
  const { state } = page;
  const { analysis, host } = state;
  const paused = settings?.paused ?? false;
  const siteOff = settings ? isSiteOff(settings, host) : state.status === "off";
  const powerAction = paused ? (
    <button type="button" class="button button-primary" onClick={() => onSettings((s) => withPaused(s, false))}>
      {t("actionResume")}
    </button>
  ) : siteOff ? (
    <button type="button" class="button button-primary" onClick={() => onSettings((s) => withSiteOff(s, host, false))}>
      {t("actionTurnOnHere")}
    </button>
  ) : null;
  const settingsPanel = <SettingsPanel {...props} host={host} analysis={analysis} />;

  if (state.status === "error") return <EmptyState variant="error" />;
  if (!analysis && (paused || siteOff)) {
    return (
      <>
        <EmptyState variant={paused ? "paused" : "off"} host={host}>
          {powerAction}
        </EmptyState>
        {settingsPanel}
      </>
    );
  }
  if (!analysis?.article || state.status === "not-article") {
    return (
      <>
        <EmptyState variant="not-article" />
        {settingsPanel}
      </>
    );
  }
  return <ArticleView {...props} analysis={analysis} host={host} banner={powerAction && <PowerBanner paused={paused} host={host} action={powerAction} />} />;
}

interface ArticleViewProps extends PopupViewProps {
  analysis: Analysis;
  host: string;
  banner: ComponentChildren;
}

function ArticleView(props: ArticleViewProps) {
  const { analysis, banner, onReveal, initialTab } = props;
  const { t } = useTranslator();
  const article = analysis.article;
  const [notice, setNotice] = useState("");
  const counts: Counts = useMemo(
    () => ({ claims: countFlagged(analysis), sources: analysis.sources.length, figures: analysis.figures.length, clutter: analysis.clutter.length }),
    [analysis],
  );
  const isEmpty = counts.sources + counts.figures + counts.clutter + analysis.claims.length === 0;
  const [tab, setTab] = useState<TabId>(initialTab ?? (analysis.sources.length || analysis.claims.length ? "sources" : counts.figures ? "figures" : "settings"));
  if (!article) return null;
  const reveal = (kind: RevealKind) => (index: number) => {
    setNotice("");
    void onReveal(kind, index).then((ok) => ok || setNotice(t("revealFailed")));
  };
  return (
    <>
      <Header article={article} counts={counts} />
      {banner}
      {isEmpty ? (
        <>
          <EmptyState variant="nothing" headingLevel={2} />
          <SettingsPanel {...props} host={props.host} analysis={analysis} />
        </>
      ) : (
        <Tabs<TabId>
          label={t("tabsLabel")}
          tabs={[
            { id: "sources", label: t("tabSources") },
            { id: "figures", label: t("tabFigures") },
            { id: "settings", label: t("tabSettings") },
          ]}
          selected={tab}
          onSelect={setTab}
        >
          {tab === "sources" && <SourcesBySide analysis={analysis} onRevealClaim={reveal("claim")} onRevealSource={reveal("source")} />}
          {tab === "figures" && <Figures analysis={analysis} onRevealFigure={reveal("figure")} />}
          {tab === "settings" && <SettingsPanel {...props} host={props.host} analysis={analysis} />}
        </Tabs>
      )}
      <footer class="footer">
        <Export analysis={analysis} onCopy={props.onCopy} onDownload={props.onDownload} onNotice={setNotice} />
        <p class="notice" role="status">
          {notice}
        </p>
      </footer>
    </>
  );
}

function SettingsPanel({ settings, saveFailed, onSettings, host, analysis }: PopupViewProps & { host: string; analysis: Analysis | null }) {
  return (
    <div class="settings">
      {analysis?.article && <Clutter analysis={analysis} mode={settings?.clutterMode ?? null} onModeChange={(m) => onSettings((s) => withClutterMode(s, m))} />}
      <Toggles
        settings={settings}
        host={host || null}
        saveFailed={saveFailed}
        onToggle={(type, on) => onSettings((s) => withToggle(s, type, on))}
        onSiteOff={(off) => onSettings((s) => withSiteOff(s, host, off))}
        onPause={(p) => onSettings((s) => withPaused(s, p))}
      />
    </div>
  );
}

function PowerBanner({ paused, host, action }: { paused: boolean; host: string; action: ComponentChildren }) {
  const { t } = useTranslator();
  return (
    <div class="banner" role="status">
      <p>
        <strong class="banner-title">{paused ? t("statePausedTitle") : t("stateOffTitle", host)}</strong>
        {paused ? t("statePausedBody") : t("stateOffBody")}
      </p>
      {action}
    </div>
  );
}

function Brand({ host }: { host: string | null }) {
  return (
    <header class="brand">
      <svg class="brand-mark" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <path d="M1.5 6.5h9M3.5 9.5h11M1.5 12.5h7" />
        <circle cx="12.5" cy="5" r="2.2" />
      </svg>
      <span class="brand-name">Fogwatch</span>
      {host && <span class="brand-host">{host}</span>}
    </header>
  );
}
