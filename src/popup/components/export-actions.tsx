import type { Analysis } from "../../core/types.ts";
import { slug } from "../format.ts";
import { useTranslator } from "../i18n.ts";
import { summaryMarkdown } from "../markdown.ts";

export interface ExportProps {
  analysis: Analysis;
  onCopy(text: string): Promise<void>;
  onDownload(filename: string, content: string, mimeType: string): Promise<void>;
  /** Reports the outcome in words (the popup's live region). */
  onNotice(message: string): void;
}

/** Copy the summary as Markdown; download the analysis as JSON. The work happens on click, not in render. */
export function Export({ analysis, onCopy, onDownload, onNotice }: ExportProps) {
  const tr = useTranslator();
  const { t } = tr;
  const copy = () =>
    onCopy(summaryMarkdown(analysis, tr)).then(
      () => onNotice(t("exportCopied")),
      () => onNotice(t("exportCopyFailed")),
    );
  const download = () => {
    const name = `fogwatch-${slug(analysis.article?.title ?? "")}.json`;
    return onDownload(name, JSON.stringify(analysis, null, 2) + "\n", "application/json").then(
      () => onNotice(t("exportDownloaded", name)),
      () => onNotice(t("exportDownloadFailed")),
    );
  };
  return (
    <div class="export" role="group" aria-label={t("exportHeading")}>
      <button type="button" class="button" onClick={copy}>
        <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
          <path d="M4 1.5h6v7H4zM2 3.5v7h6" />
        </svg>
        {t("exportCopy")}
      </button>
      <button type="button" class="button" onClick={download}>
        <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
          <path d="M6 1.5v6M3.5 5 6 7.5 8.5 5M2 10.5h8" />
        </svg>
        {t("exportDownload")}
      </button>
    </div>
  );
}
