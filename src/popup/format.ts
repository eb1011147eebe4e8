/** Small display formatters shared by components and the Markdown export. */
import type { Side } from "../core/types.ts";
import type { Translator } from "./i18n.ts";
import { humanizeId, sideLook } from "./sides.ts";

/** A readable date for an ISO 8601 string ("16 Feb 2023"), or null when absent or unparseable. */
export function formatDate(iso: string | null, locale: string): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  // Dates without a time are UTC midnight; formatting them in local time could show the day before.
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso.trim());
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", ...(dateOnly ? { timeZone: "UTC" } : {}) }).format(d);
}

/** The label of a side: its translation, or its id made readable. */
export function sideLabel(tr: Translator, side: Side): string {
  const { label } = sideLook(side);
  return label ? tr.t(label) : humanizeId(side);
}

/** A filesystem-safe slug of a title for download names. */
export function slug(title: string, maxLength = 60): string {
  const s = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (s.length <= maxLength) return s || "article";
  // Cut at a word boundary when there is one in the second half, so names do not end mid-word.
  const cut = s.lastIndexOf("-", maxLength);
  return s.slice(0, cut > maxLength / 2 ? cut : maxLength);
}

/** "By Jane Doe" from a byline, without doubling a "By" the outlet already wrote. */
export function formatByline(tr: Translator, byline: string | null): string | null {
  const name = byline?.replace(/^\s*by\s+/i, "").trim();
  return name ? tr.t("headerByline", name) : null;
}
