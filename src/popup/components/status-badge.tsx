import type { JSX } from "preact";
import type { Status } from "../../core/types.ts";
import { useTranslator } from "../i18n.ts";

const ICONS: Record<Status, JSX.Element> = {
  // A warning triangle: the article itself says it could not verify.
  disclaimed: (
    <>
      <path d="M6 1 11.5 10.8H.5Z" />
      <path d="M6 4.4v3.1M6 8.8v.2" class="icon-cut" />
    </>
  ),
  // A question mark in a circle: attributed, not confirmed.
  unverified: (
    <>
      <circle cx="6" cy="6" r="5.3" />
      <path d="M4.4 4.6a1.7 1.7 0 1 1 2.3 1.6c-.5.2-.7.6-.7 1.1M6 8.9v.2" class="icon-cut" />
    </>
  ),
  // A tick in a circle.
  confirmed: (
    <>
      <circle cx="6" cy="6" r="5.3" />
      <path d="m3.6 6.1 1.7 1.7 3.2-3.5" class="icon-cut" />
    </>
  ),
};

/** A claim's status as an icon plus its word, so the status never rests on colour alone. */
export function StatusBadge({ status }: { status: Status }) {
  const { t } = useTranslator();
  return (
    <span class={`badge status status-${status}`}>
      <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
        {ICONS[status]}
      </svg>
      {t(`status_${status}`)}
    </span>
  );
}
