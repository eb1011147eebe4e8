import { useMemo, useState } from "preact/hooks";
import type { Analysis } from "../../core/types.ts";
import { sideLabel } from "../format.ts";
import { groupBySide, type SideGroup, type SourceEntry } from "../group.ts";
import { useTranslator } from "../i18n.ts";
import { sideLook } from "../sides.ts";
import { ClaimItem } from "./claim-item.tsx";
import { SideMark } from "./side-mark.tsx";

export interface SourcesBySideProps {
  analysis: Analysis;
  /** Scrolls the page to the index-th claim. */
  onRevealClaim(index: number): void;
  /** Scrolls the page to the index-th source's first mention. */
  onRevealSource?(index: number): void;
}

/** Sources grouped by side, with a legend; each source opens to list its claims. */
export function SourcesBySide({ analysis, onRevealClaim, onRevealSource }: SourcesBySideProps) {
  const tr = useTranslator();
  const groups = useMemo(() => groupBySide(analysis), [analysis]);
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = (key: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (!next.delete(key)) next.add(key);
      return next;
    });

  if (groups.length === 0) return <p class="panel-empty">{tr.t("sourcesEmpty")}</p>;
  return (
    <div class="sources">
      <p class="intro">{tr.t("sourcesIntro")}</p>
      <SideLegend groups={groups} />
      {groups.map((g) => (
        <section key={g.side} class={`side-group side-${sideLook(g.side).tone}`} aria-labelledby={`side-${safeId(g.side)}`}>
          <h2 class="side-heading" id={`side-${safeId(g.side)}`}>
            <SideMark side={g.side} />
            <span class="side-name">{sideLabel(tr, g.side)}</span>
            <span class="side-count">{sideCount(tr, g)}</span>
          </h2>
          <ul class="source-list">
            {g.entries.map((e) => (
              <SourceItem
                key={e.key}
                entry={e}
                isOpen={open.has(e.key)}
                onToggle={() => toggle(e.key)}
                onRevealClaim={onRevealClaim}
                onRevealSource={onRevealSource}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

const safeId = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, "_");

function sideCount(tr: ReturnType<typeof useTranslator>, g: SideGroup): string {
  const sources = g.entries.filter((e) => e.source).length;
  return tr.t("sideCount", `${sources.toLocaleString(tr.locale)} ${tr.n("statSources", sources)}`, tr.n("sourceClaims", g.claims));
}

/** The sides present, each as shape + name: the key for reading the groups below. */
function SideLegend({ groups }: { groups: SideGroup[] }) {
  const tr = useTranslator();
  return (
    <div class="legend">
      <h2 class="legend-title" id="legend-title">
        {tr.t("sidesLegend")}
      </h2>
      <ul class="legend-list" aria-labelledby="legend-title">
        {groups.map((g) => (
          <li key={g.side} class="legend-item">
            <SideMark side={g.side} />
            {sideLabel(tr, g.side)}
          </li>
        ))}
      </ul>
    </div>
  );
}

interface SourceItemProps {
  entry: SourceEntry;
  isOpen: boolean;
  onToggle(): void;
  onRevealClaim(index: number): void;
  onRevealSource?: ((index: number) => void) | undefined;
}

function SourceItem({ entry, isOpen, onToggle, onRevealClaim, onRevealSource }: SourceItemProps) {
  const { t, n } = useTranslator();
  const { source } = entry;
  const detailId = `source-${entry.key}`;
  const aliases = source?.aliases.filter((a) => a.toLowerCase() !== source.name.toLowerCase()) ?? [];
  return (
    <li class={`source${source ? "" : " source-unnamed"}`}>
      <button type="button" class="source-toggle" aria-expanded={isOpen} aria-controls={detailId} onClick={onToggle}>
        <svg class="chevron" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
          <path d="m4.5 2.5 3.5 3.5-3.5 3.5" />
        </svg>
        <span class="source-main">
          <span class="source-name">{entry.name ?? t("sourceUnattributed")}</span>
          {source && (
            <span class="source-facts">
              <span class="kind">{t(`kind_${source.kind}`)}</span> · {n("sourceMentions", source.mentions)}
            </span>
          )}
        </span>
        <span class={`source-claims${entry.claims.length ? "" : " is-zero"}`}>{n("sourceClaims", entry.claims.length)}</span>
      </button>
      <div id={detailId} class="source-detail" hidden={!isOpen}>
        {aliases.length > 0 && <p class="aliases">{t("sourceAliases", aliases.join(", "))}</p>}
        {onRevealSource && entry.index !== null && (
          <button type="button" class="link-button source-reveal" onClick={() => entry.index !== null && onRevealSource(entry.index)}>
            {t("revealSource")}
            <span class="visually-hidden">: {entry.name}</span>
          </button>
        )}
        {entry.claims.length === 0 ? (
          <p class="hint">{t("sourceNoClaims")}</p>
        ) : (
          <ul class="claim-list">
            {entry.claims.map((r) => (
              <ClaimItem key={r.index} claim={r.claim} index={r.index} onReveal={onRevealClaim} />
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}
