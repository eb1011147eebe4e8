import type { ComponentChildren } from "preact";
import { useMemo, useState } from "preact/hooks";
import type { Analysis } from "../../core/types.ts";
import type { RevealKind } from "../connector.ts";
import { countFlagged } from "../group.ts";
import { useTranslator } from "../i18n.ts";
import { EmptyState } from "./empty-state.tsx";
import { Export } from "./export-actions.tsx";
import { Figures } from "./figures.tsx";
import { Header, type Counts } from "./header.tsx";
import type { PopupViewProps, TabId } from "./popup-view.tsx";
import { SettingsPanel } from "./settings-panel.tsx";
import { SourcesBySide } from "./sources-by-side.tsx";
import { Tabs } from "./tabs.tsx";

export interface ArticleViewProps extends PopupViewProps {
  analysis: Analysis;
  host: string;
  banner: ComponentChildren;
}

/** An article: header and counts, then Sources / Figures / Settings tabs, and the export bar. */
export function ArticleView(props: ArticleViewProps) {
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
          <SettingsPanel settings={props.settings} saveFailed={props.saveFailed} onSettings={props.onSettings} host={props.host} analysis={analysis} />
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
          {tab === "settings" && <SettingsPanel settings={props.settings} saveFailed={props.saveFailed} onSettings={props.onSettings} host={props.host} analysis={analysis} />}
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

