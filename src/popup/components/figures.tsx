import { useMemo } from "preact/hooks";
import type { Analysis, Figure, FigureConflict } from "../../core/types.ts";
import { figureIndex, groupFigures, passageAround } from "../group.ts";
import { useTranslator } from "../i18n.ts";

export interface FiguresProps {
  analysis: Analysis;
  /** Scrolls the page to the index-th figure. */
  onRevealFigure(index: number): void;
}

/** Figures that disagree (first, when any), then every figure by category with who stated it. */
export function Figures({ analysis, onRevealFigure }: FiguresProps) {
  const { t } = useTranslator();
  const groups = useMemo(() => groupFigures(analysis), [analysis]);
  const conflicts = analysis.figureConflicts ?? [];
  if (groups.length === 0) return <p class="panel-empty">{t("figuresEmpty")}</p>;
  return (
    <div class="figures">
      {conflicts.length > 0 && <Conflicts analysis={analysis} conflicts={conflicts} onRevealFigure={onRevealFigure} />}
      {groups.map((g) => (
        <section key={g.category} class="figure-group" aria-labelledby={`cat-${g.category}`}>
          <h2 class="group-heading" id={`cat-${g.category}`}>
            {t(`cat_${g.category}`)} <span class="group-count">{g.figures.length}</span>
          </h2>
          <ul class="figure-list">
            {g.figures.map(({ figure, index }) => (
              <li key={index} class="figure">
                <FigureButton figure={figure} onClick={() => onRevealFigure(index)} />
                <span class={`figure-source${figure.source ? "" : " is-none"}`}>
                  {figure.source ? t("figureStatedBy", figure.source) : t("figureUnattributed")}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function FigureButton({ figure, onClick }: { figure: Figure; onClick(): void }) {
  const { t } = useTranslator();
  return (
    <button type="button" class="figure-text" onClick={onClick}>
      <span class="visually-hidden">{t("revealInArticle")} </span>
      {figure.text}
      {figure.approximate && <span class="badge approx">{t("figureApprox")}</span>}
    </button>
  );
}

interface ConflictsProps {
  analysis: Analysis;
  conflicts: FigureConflict[];
  onRevealFigure(index: number): void;
}

function Conflicts({ analysis, conflicts, onRevealFigure }: ConflictsProps) {
  const { t } = useTranslator();
  const text = analysis.article?.text ?? "";
  return (
    <section class="conflicts" aria-labelledby="conflicts-heading">
      <h2 class="conflicts-heading" id="conflicts-heading">
        <svg viewBox="0 0 12 12" width="14" height="14" aria-hidden="true" focusable="false">
          <path d="M1 4h8M7 2l2 2-2 2M11 8H3M5 6 3 8l2 2" />
        </svg>
        {t("conflictsHeading")}
      </h2>
      <p class="intro">{t("conflictsIntro")}</p>
      <ul class="conflict-list">
        {conflicts.map((c, i) => (
          <li key={i} class="conflict">
            <p class="conflict-kind">{t(`conflictKind_${c.kind}`)}</p>
            <p class="conflict-message">{c.message}</p>
            {c.figures.map((f, j) => {
              const p = passageAround(text, f.start, f.end);
              const index = figureIndex(analysis, f);
              return (
                <figure key={j} class="passage">
                  <figcaption class="passage-label">{t("conflictPassage", j + 1)}</figcaption>
                  <blockquote>
                    {p.before}
                    <mark>{p.match || f.text}</mark>
                    {p.after}
                  </blockquote>
                  {index >= 0 && (
                    <button type="button" class="link-button" onClick={() => onRevealFigure(index)}>
                      {t("revealButton")}
                      <span class="visually-hidden">: {f.text}</span>
                    </button>
                  )}
                </figure>
              );
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
