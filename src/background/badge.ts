import type { PageState } from "../shared/messages.ts";

export interface Badge {
  text: string;
  title: string;
}

/** The toolbar badge for a tab: the number of highlighted claims on an article, nothing elsewhere. */
export function badgeFor(state: PageState | undefined): Badge {
  const claims = state?.status === "article" ? state.shown.claims : 0;
  if (claims <= 0) return { text: "", title: "Fogwatch" };
  return {
    text: claims > 99 ? "99+" : String(claims),
    title: `Fogwatch: ${claims} unverified ${claims === 1 ? "claim" : "claims"} highlighted`,
  };
}
