import { useMemo } from "preact/hooks";
import type { Analysis } from "../../core/types.ts";
import type { ClutterMode } from "../../shared/settings.ts";
import { countClutter } from "../group.ts";
import { useTranslator } from "../i18n.ts";

const MODES: readonly ClutterMode[] = ["dim", "collapse", "show"];

export interface ClutterProps {
  analysis: Analysis | null;
  /** Null while settings load: the switch is shown disabled. */
  mode: ClutterMode | null;
  onModeChange(mode: ClutterMode): void;
}

/** How much clutter the page has, by kind, and how to show it (a radio group: dim, collapse, show). */
export function Clutter({ analysis, mode, onModeChange }: ClutterProps) {
  const { t, n } = useTranslator();
  const kinds = useMemo(() => (analysis ? countClutter(analysis) : []), [analysis]);
  const total = analysis?.clutter.length ?? 0;
  return (
    <section class="settings-section clutter" aria-labelledby="clutter-heading">
      <h2 class="section-heading" id="clutter-heading">
        {t("clutterHeading")}
      </h2>
      {analysis &&
        (total === 0 ? (
          <p class="hint">{t("clutterNone")}</p>
        ) : (
          <>
            <p class="clutter-found">{n("clutterFound", total)}</p>
            <ul class="clutter-kinds">
              {kinds.map(({ kind, count }) => (
                <li key={kind}>
                  <span>{t(`clutterKind_${kind}`)}</span> <span class="count">{count}</span>
                </li>
              ))}
            </ul>
          </>
        ))}
      <fieldset class="segmented" disabled={mode === null}>
        <legend class="segmented-legend">{t("clutterModeLegend")}</legend>
        <div class="segmented-options">
          {MODES.map((m) => (
            <label key={m} class="segment">
              <input type="radio" name="clutter-mode" value={m} checked={mode === m} onChange={() => onModeChange(m)} />
              <span>{t(`clutterMode_${m}`)}</span>
            </label>
          ))}
        </div>
        {mode && (
          <p class="hint" aria-live="polite">
            {t(`clutterModeHint_${mode}`)}
          </p>
        )}
      </fieldset>
    </section>
  );
}
