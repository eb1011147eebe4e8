/** Reader settings, kept in storage.sync. Validated on read; anything malformed falls back to defaults. */

export const ANNOTATION_TYPES = ["claims", "sources", "figures", "clutter"] as const;
export type AnnotationType = (typeof ANNOTATION_TYPES)[number];

export type ClutterMode = "dim" | "collapse" | "show";

export interface Toggles {
  claims: boolean;
  sources: boolean;
  figures: boolean;
  clutter: boolean;
}

export interface Settings {
  /** Global toggles per annotation type. */
  toggles: Toggles;
  /** Per-site overrides, keyed by host name ("www.example.com"). */
  sites: Record<string, { off?: boolean; toggles?: Partial<Toggles> }>;
  /** Pauses Fogwatch everywhere. */
  paused: boolean;
  clutterMode: ClutterMode;
}

export const DEFAULT_SETTINGS: Settings = {
  toggles: { claims: true, sources: true, figures: true, clutter: true },
  sites: {},
  paused: false,
  clutterMode: "dim",
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function parseToggles(v: unknown, base: Toggles): Toggles {
  const out = { ...base };
  if (!isRecord(v)) return out;
  for (const t of ANNOTATION_TYPES) if (typeof v[t] === "boolean") out[t] = v[t] as boolean;
  return out;
}

/** Turns whatever storage holds into valid settings. */
export function parseSettings(v: unknown): Settings {
  if (!isRecord(v)) return structuredClone(DEFAULT_SETTINGS);
  const sites: Settings["sites"] = {};
  if (isRecord(v.sites)) {
    for (const [host, s] of Object.entries(v.sites)) {
      if (!isRecord(s)) continue;
      const entry: Settings["sites"][string] = {};
      if (typeof s.off === "boolean") entry.off = s.off;
      if (isRecord(s.toggles)) {
        const t: Partial<Toggles> = {};
        for (const k of ANNOTATION_TYPES) if (typeof s.toggles[k] === "boolean") t[k] = s.toggles[k] as boolean;
        entry.toggles = t;
      }
      sites[host] = entry;
    }
  }
  const mode = v.clutterMode;
  return {
    toggles: parseToggles(v.toggles, DEFAULT_SETTINGS.toggles),
    sites,
    paused: typeof v.paused === "boolean" ? v.paused : false,
    clutterMode: mode === "dim" || mode === "collapse" || mode === "show" ? mode : DEFAULT_SETTINGS.clutterMode,
  };
}

/** The toggles in force on one site: everything off when paused or switched off there. */
export function effectiveToggles(settings: Settings, host: string): Toggles {
  const site = settings.sites[host];
  if (settings.paused || site?.off) return { claims: false, sources: false, figures: false, clutter: false };
  return { ...settings.toggles, ...(site?.toggles ?? {}) };
}
