import type { ComponentChildren } from "preact";
import type { Settings } from "../../shared/settings.ts";
import { useTranslator } from "../i18n.ts";
import { withPaused, withSiteOff } from "../settings-actions.ts";

export interface PowerButtonProps {
  paused: boolean;
  host: string;
  onSettings(change: (s: Settings) => Settings): void;
}

/** "Resume" when paused everywhere, else "Turn on for this site". */
export function PowerButton({ paused, host, onSettings }: PowerButtonProps) {
  const { t } = useTranslator();
  const turnOn = () => onSettings((s) => (paused ? withPaused(s, false) : withSiteOff(s, host, false)));
  return (
    <button type="button" class="button button-primary" onClick={turnOn}>
      {paused ? t("actionResume") : t("actionTurnOnHere")}
    </button>
  );
}

/** Over an analysis that is no longer marked in the page: why, and how to turn it back on. */
export function PowerBanner({ paused, host, action }: { paused: boolean; host: string; action: ComponentChildren }) {
  const { t } = useTranslator();
  return (
    <div class="banner" role="status">
      <p>
        <strong class="banner-title">{paused ? t("statePausedTitle") : t("stateOffTitle", host)}</strong>
        {paused ? t("statePausedBody") : t("stateOffBody")}
      </p>
      {action}
    </div>
  );
}

