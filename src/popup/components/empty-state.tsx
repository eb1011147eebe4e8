import type { ComponentChildren } from "preact";
import { useTranslator, type MessageKey } from "../i18n.ts";

export type EmptyVariant = "loading" | "not-article" | "nothing" | "restricted" | "unavailable" | "error" | "off" | "paused";

const TEXT: Record<Exclude<EmptyVariant, "loading" | "off">, [MessageKey, MessageKey]> = {
  "not-article": ["stateNotArticleTitle", "stateNotArticleBody"],
  nothing: ["stateNothingTitle", "stateNothingBody"],
  restricted: ["stateRestrictedTitle", "stateRestrictedBody"],
  unavailable: ["stateUnavailableTitle", "stateUnavailableBody"],
  error: ["stateErrorTitle", "stateErrorBody"],
  paused: ["statePausedTitle", "statePausedBody"],
};

export interface EmptyStateProps {
  variant: EmptyVariant;
  /** The page's host, for the "off on this site" message. */
  host?: string;
  /** A button, e.g. "Resume". */
  children?: ComponentChildren;
  /** 1 when the message is the whole screen (the default), 2 under an article header. */
  headingLevel?: 1 | 2;
}

/** A calm one-screen message for every state where there is nothing (or nothing yet) to list. */
export function EmptyState({ variant, host = "", children, headingLevel = 1 }: EmptyStateProps) {
  const { t } = useTranslator();
  if (variant === "loading") {
    return (
      <div class="empty empty-loading" role="status" aria-live="polite" aria-busy="true">
        <span class="spinner" aria-hidden="true" />
        {/* The screen's only text, so its heading (pages should have one h1). */}
        <h1 class="empty-body">{t("loading")}</h1>
      </div>
    );
  }
  const Heading = headingLevel === 1 ? "h1" : "h2";
  const [title, body] = variant === "off" ? [t("stateOffTitle", host), t("stateOffBody")] : TEXT[variant].map((k) => t(k));
  return (
    <section class={`empty empty-${variant}`} aria-labelledby="empty-title">
      <EmptyIcon variant={variant} />
      <Heading id="empty-title" class="empty-title">
        {title}
      </Heading>
      <p class="empty-body">{body}</p>
      {children && <div class="empty-actions">{children}</div>}
    </section>
  );
}

function EmptyIcon({ variant }: { variant: Exclude<EmptyVariant, "loading"> }) {
  const paths: Record<typeof variant, string> = {
    "not-article": "M7 4h10l4 4v12H7zM17 4v4h4M10 12h8M10 15h8M10 18h5",
    nothing: "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM8 12.5l2.7 2.7L16.5 9",
    restricted: "M7 11V8a5 5 0 0 1 10 0v3M5.5 11h13v10h-13zM12 15v2.5",
    unavailable: "M20 12a8 8 0 1 1-2.3-5.6M20 4v4.5h-4.5",
    error: "M12 3 22 20H2zM12 10v4.5M12 17v.3",
    off: "M12 3v8M6.3 6.3a8 8 0 1 0 11.4 0",
    paused: "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM10 9v6M14 9v6",
  };
  return (
    <svg class="empty-icon" viewBox="0 0 24 24" width="32" height="32" aria-hidden="true" focusable="false">
      <path d={paths[variant]} />
    </svg>
  );
}
