import type { Claim } from "../../core/types.ts";
import { useTranslator } from "../i18n.ts";
import { StatusBadge } from "./status-badge.tsx";

export interface ClaimItemProps {
  claim: Claim;
  index: number;
  /** Scrolls the page to this claim. */
  onReveal(index: number): void;
}

/** One claim: its status in words, the passage (a button that finds it in the page), and why. */
export function ClaimItem({ claim, index, onReveal }: ClaimItemProps) {
  const { t } = useTranslator();
  const who = claim.source ?? t("anUnnamedSource");
  const explain = claim.status === "confirmed" ? t("statusExplain_confirmed") : t(`statusExplain_${claim.status}`, who);
  return (
    <li class={`claim claim-${claim.status}`}>
      <StatusBadge status={claim.status} />
      <button type="button" class="claim-quote" onClick={() => onReveal(index)}>
        <span class="visually-hidden">{t("revealInArticle")} </span>
        <span class="claim-text">{claim.text}</span>
        <svg class="reveal-icon" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
          <path d="M4 2h6v6M10 2 3 9" />
        </svg>
      </button>
      <p class="claim-explain">{explain}</p>
      {claim.reasons.length > 0 && (
        <ul class="reasons">
          {claim.reasons.map((r, i) => (
            <li key={i}>{r}</li>
          ))}
        </ul>
      )}
    </li>
  );
}
