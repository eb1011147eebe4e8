import type { ArticleInfo } from "../../core/types.ts";
import { formatByline, formatDate } from "../format.ts";
import { useTranslator, type PluralKey } from "../i18n.ts";

export interface Counts {
  claims: number;
  sources: number;
  figures: number;
  clutter: number;
}

export interface HeaderProps {
  article: ArticleInfo;
  counts: Counts;
}

const STATS: ReadonlyArray<[keyof Counts, PluralKey]> = [
  ["claims", "statClaims"],
  ["sources", "statSources"],
  ["figures", "statFigures"],
  ["clutter", "statClutter"],
];

/** The article's headline, outlet and date, and how much Fogwatch found in it. */
export function Header({ article, counts }: HeaderProps) {
  const tr = useTranslator();
  const date = formatDate(article.published, tr.locale);
  const byline = formatByline(tr, article.byline);
  const hasMeta = Boolean(article.site || date || byline);
  return (
    <header class="article-header">
      <h1 class="headline">{article.title || tr.t("headerUntitled")}</h1>
      {hasMeta && (
        <p class="meta">
          {article.site && <span class="meta-item">{article.site}</span>}
          {date && (
            <span class="meta-item">
              <time dateTime={article.published ?? undefined}>{date}</time>
            </span>
          )}
          {byline && <span class="meta-item byline">{byline}</span>}
        </p>
      )}
      <ul class="stats" aria-label={tr.t("statsLabel")}>
        {STATS.map(([key, label]) => (
          <li key={key} class={`stat stat-${key}${counts[key] === 0 ? " is-zero" : ""}`}>
            <span class="stat-value">{counts[key].toLocaleString(tr.locale)}</span> <span class="stat-label">{tr.n(label, counts[key])}</span>
          </li>
        ))}
      </ul>
    </header>
  );
}
