import { ANNOTATION_TYPES, type AnnotationType, type Settings } from "../../shared/settings.ts";
import { useTranslator } from "../i18n.ts";
import { isSiteOff } from "../settings-actions.ts";
import { Switch } from "./switch.tsx";

export interface TogglesProps {
  /** Null while loading: switches are shown disabled. */
  settings: Settings | null;
  /** The page's host; without one there is no per-site switch. */
  host: string | null;
  onToggle(type: AnnotationType, on: boolean): void;
  onSiteOff(off: boolean): void;
  onPause(paused: boolean): void;
  /** Shown when the last save failed. */
  saveFailed?: boolean;
}

/** Switches per annotation type, "off on this site" and "pause everywhere", all saved in storage.sync. */
export function Toggles({ settings, host, onToggle, onSiteOff, onPause, saveFailed }: TogglesProps) {
  const { t } = useTranslator();
  const disabled = settings === null;
  return (
    <section class="settings-section toggles" aria-labelledby="toggles-heading">
      <h2 class="section-heading" id="toggles-heading">
        {t("togglesHeading")}
      </h2>
      <div class="switch-group">
        {ANNOTATION_TYPES.map((type) => (
          <Switch key={type} id={`toggle-${type}`} checked={settings?.toggles[type] ?? true} disabled={disabled} onChange={(on) => onToggle(type, on)}>
            {t(`toggle_${type}`)}
          </Switch>
        ))}
      </div>
      <p class="hint">{t("togglesHint")}</p>
      <div class="switch-group switch-group-power">
        {host && (
          <Switch id="toggle-site" checked={settings ? isSiteOff(settings, host) : false} disabled={disabled} onChange={onSiteOff}>
            {t("siteOff", host)}
          </Switch>
        )}
        <Switch id="toggle-pause" checked={settings?.paused ?? false} disabled={disabled} onChange={onPause}>
          {t("pauseAll")}
        </Switch>
      </div>
      {saveFailed && (
        <p class="error" role="alert">
          {t("settingsSaveFailed")}
        </p>
      )}
    </section>
  );
}
