import type { Analysis } from "../../core/types.ts";
import type { Settings } from "../../shared/settings.ts";
import { withClutterMode, withPaused, withSiteOff, withToggle } from "../settings-actions.ts";
import { Clutter } from "./clutter.tsx";
import { Toggles } from "./toggles.tsx";

export interface SettingsPanelProps {
  settings: Settings | null;
  saveFailed?: boolean | undefined;
  onSettings(change: (s: Settings) => Settings): void;
  host: string;
  /** With an article, the clutter section comes first. */
  analysis: Analysis | null;
}

/** Clutter (for an article) and the annotation switches, each change applied through onSettings. */
export function SettingsPanel({ settings, saveFailed, onSettings, host, analysis }: SettingsPanelProps) {
  return (
    <div class="settings">
      {analysis?.article && <Clutter analysis={analysis} mode={settings?.clutterMode ?? null} onModeChange={(m) => onSettings((s) => withClutterMode(s, m))} />}
      <Toggles
        settings={settings}
        host={host || null}
        saveFailed={saveFailed}
        onToggle={(type, on) => onSettings((s) => withToggle(s, type, on))}
        onSiteOff={(off) => onSettings((s) => withSiteOff(s, host, off))}
        onPause={(p) => onSettings((s) => withPaused(s, p))}
      />
    </div>
  );
}

