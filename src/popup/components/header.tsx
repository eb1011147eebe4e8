import type { ArticleInfo } from "../../core/types.ts";
import { formatDate } from "../format.ts";
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
  const meta = [article.site, date].filter((x): x is string => !!x);
  return (
    <header class="article-header">
      <h1 class="headline">{article.title || tr.t("headerUntitled")}</h1>
      {(meta.length > 0 || article.byline) && (
        <p class="meta">
          {meta.map((m, i) => (
            <span key={i} class="meta-item">
              {i === 1 && article.published ? <time dateTime={article.published}>{m}</time> : m}
            </span>
          ))}
          {article.byline && <span class="meta-item byline">{article.byline}</span>}
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
