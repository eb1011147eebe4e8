/** Pure updates of Settings for the popup's switches: each returns a new object and leaves the input alone. */
import type { AnnotationType, ClutterMode, Settings } from "../shared/settings.ts";

/** Turns one annotation type on or off everywhere. */
export function withToggle(s: Settings, type: AnnotationType, on: boolean): Settings {
  return { ...s, toggles: { ...s.toggles, [type]: on } };
}

/** Switches Fogwatch off (or back on) for one host; an entry left empty is removed. */
export function withSiteOff(s: Settings, host: string, off: boolean): Settings {
  const { [host]: current, ...others } = s.sites;
  const entry: Settings["sites"][string] = { ...current, off };
  if (!off) delete entry.off;
  const keep = entry.off !== undefined || (entry.toggles && Object.keys(entry.toggles).length > 0);
  return { ...s, sites: keep ? { ...others, [host]: entry } : others };
}

export function withPaused(s: Settings, paused: boolean): Settings {
  return { ...s, paused };
}

export function withClutterMode(s: Settings, clutterMode: ClutterMode): Settings {
  return { ...s, clutterMode };
}

/** Whether Fogwatch is switched off for a host (globally paused is separate). */
export function isSiteOff(s: Settings, host: string): boolean {
  return s.sites[host]?.off === true;
}
