import type { Analysis } from "../core/types.ts";

/** A readable summary of an analysis for the terminal: sources by side, claims, figures, clutter. */
export function formatSummary(file: string, a: Analysis): string {
  const lines: string[] = [`${file}`];
  if (!a.article) return `${file}: not a news article; nothing to annotate\n`;
  lines.push(`  ${a.article.title}${a.article.site ? ` — ${a.article.site}` : ""} (${a.article.words} words)`);
  const bySide = new Map<string, typeof a.sources>();
  for (const s of a.sources) bySide.set(s.side, [...(bySide.get(s.side) ?? []), s]);
  lines.push("", `Sources (${a.sources.length})`);
  for (const [side, list] of bySide) {
    lines.push(`  ${side}`);
    for (const s of list) lines.push(`    ${s.name} [${s.kind}] ${s.mentions} mention(s), ${s.claims} claim(s)`);
  }
  const flagged = a.claims.filter((c) => c.status !== "confirmed");
  lines.push("", `Unverified claims (${flagged.length})`);
  for (const c of flagged) {
    lines.push(`  [${c.status}] ${c.source ?? "unknown source"} (${c.side}): ${c.text}`);
  }
  lines.push("", `Figures (${a.figures.length})`);
  for (const f of a.figures) {
    lines.push(`  ${f.category}: ${f.text}${f.value !== null ? ` = ${f.value}` : ""}${f.unit ? ` ${f.unit}` : ""}${f.source ? ` (${f.source})` : ""}`);
  }
  for (const c of a.figureConflicts ?? []) lines.push(`  ! figures that disagree: ${c.message}`);
  lines.push("", `Clutter (${a.clutter.length})`);
  for (const c of a.clutter) lines.push(`  ${c.kind}: ${c.text.slice(0, 80)}`);
  return lines.join("\n") + "\n";
}
