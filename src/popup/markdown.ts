/** The analysis as a short Markdown summary, for "Copy summary". Pure: no DOM, no browser APIs. */
import type { Analysis } from "../core/types.ts";
import { formatByline, formatDate, sideLabel } from "./format.ts";
import { countClutter, countFlagged, groupBySide, groupFigures } from "./group.ts";
import type { Translator } from "./i18n.ts";

/** Escapes characters that would turn article text into Markdown markup. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`).replace(/\s+/g, " ").trim();
}

/** Wraps article text in quotation marks unless it already opens with one. */
function quote(s: string): string {
  return /^["“«‘']/.test(s) ? s : `“${s}”`;
}

/** Builds the summary: headline and counts, sources by side with their claims, figures, conflicts, clutter. */
export function summaryMarkdown(a: Analysis, tr: Translator): string {
  const { t, n } = tr;
  const e = escapeMarkdown;
  const article = a.article;
  if (!article) return "";
  const out: string[] = [`# ${t("mdTitle", e(article.title || t("headerUntitled")))}`, ""];
  const meta = [article.site, formatDate(article.published, tr.locale), formatByline(tr, article.byline)].filter((x): x is string => !!x);
  if (meta.length) out.push(meta.map(e).join(" · "), "");
  out.push(
    [
      `${countFlagged(a)} ${n("statClaims", countFlagged(a))}`,
      `${a.sources.length} ${n("statSources", a.sources.length)}`,
      `${a.figures.length} ${n("statFigures", a.figures.length)}`,
      `${a.clutter.length} ${n("statClutter", a.clutter.length)}`,
    ].join(" · "),
    "",
  );

  const groups = groupBySide(a);
  if (groups.length) {
    out.push(`## ${t("mdSources")}`, "");
    for (const g of groups) {
      out.push(`### ${e(sideLabel(tr, g.side))}`, "");
      for (const entry of g.entries) {
        const name = entry.name ?? t("sourceUnattributed");
        const facts = entry.source
          ? [t(`kind_${entry.source.kind}`), n("sourceMentions", entry.source.mentions), n("sourceClaims", entry.claims.length)]
          : [n("sourceClaims", entry.claims.length)];
        out.push(`- **${e(name)}** (${facts.join(", ")})`);
        for (const { claim } of entry.claims) {
          out.push(`  - *${t(`status_${claim.status}`)}:* ${quote(e(claim.text))}`);
          for (const r of claim.reasons) out.push(`    - ${e(r)}`);
        }
      }
      out.push("");
    }
  }

  const figureGroups = groupFigures(a);
  if (figureGroups.length) {
    out.push(`## ${t("mdFigures")}`, "");
    for (const g of figureGroups) {
      const items = g.figures.map(({ figure: f }) => {
        const who = f.source ? t("figureStatedBy", e(f.source)) : t("figureUnattributed");
        return `${e(f.text)}${f.approximate ? ` (${t("figureApprox")})` : ""} — ${who}`;
      });
      out.push(`- **${t(`cat_${g.category}`)}:** ${items.join("; ")}`);
    }
    out.push("");
  }

  const conflicts = a.figureConflicts ?? [];
  if (conflicts.length) {
    out.push(`## ${t("conflictsHeading")}`, "");
    for (const c of conflicts) out.push(`- ${e(c.message)} (${quote(e(c.figures[0].text))} / ${quote(e(c.figures[1].text))})`);
    out.push("");
  }

  const clutter = countClutter(a);
  if (clutter.length) {
    out.push(`## ${t("clutterHeading")}`, "");
    for (const { kind, count } of clutter) out.push(`- ${t(`clutterKind_${kind}`)}: ${count}`);
    out.push("");
  }

  out.push(`*${t("mdNote")}*`, "");
  return out.join("\n");
}
