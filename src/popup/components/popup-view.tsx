import type { Settings } from "../../shared/settings.ts";
import type { RevealKind } from "../connector.ts";
import { isSiteOff } from "../settings-actions.ts";
import type { PageView } from "../use-popup-data.ts";
import { ArticleView } from "./article-view.tsx";
import { Brand } from "./brand.tsx";
import { EmptyState } from "./empty-state.tsx";
import { PowerBanner, PowerButton } from "./power.tsx";
import { SettingsPanel } from "./settings-panel.tsx";

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
  const { page, settings, saveFailed, onSettings } = props;
  if (page.kind === "loading") return <EmptyState variant="loading" />;
  if (page.kind === "restricted") return <EmptyState variant="restricted" />;
  if (page.kind === "unavailable") return <EmptyState variant="unavailable" />;
  const { state } = page;
  const { analysis, host } = state;
  const paused = settings?.paused ?? false;
  const siteOff = settings ? isSiteOff(settings, host) : state.status === "off";
  const isOff = paused || siteOff;
  const settingsPanel = <SettingsPanel settings={settings} saveFailed={saveFailed} onSettings={onSettings} host={host} analysis={analysis} />;

  if (state.status === "error") return <EmptyState variant="error" />;
  if (!analysis && isOff) {
    return (
      <>
        <EmptyState variant={paused ? "paused" : "off"} host={host}>
          <PowerButton paused={paused} host={host} onSettings={onSettings} />
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
  const banner = isOff && <PowerBanner paused={paused} host={host} action={<PowerButton paused={paused} host={host} onSettings={onSettings} />} />;
  return <ArticleView {...props} analysis={analysis} host={host} banner={banner} />;
}
