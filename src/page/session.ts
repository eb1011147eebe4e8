/**
 * The annotation session: the one object that changes an article page, and undoes every change.
 *
 *   apply(config) ──► claims / figures / sources ──► Highlighter (wraps text-node slices)
 *                 ──► clutter ──► data-fogwatch="clutter" + mode attribute (CSS dims or collapses)
 *                 ──► page stylesheet <style data-fogwatch="ui"> and the claim Tooltip (shadow root)
 *
 * Each kind is added or removed on its own, so toggles apply at once; with everything off (or after
 * destroy()) the article's markup is exactly what it was: same nodes, same attributes.
 */
import type { Analysis, Claim } from "../core/types.ts";
import type { ClutterMode, Toggles } from "../shared/settings.ts";
import { PAGE_CSS, sideColour, sideLabel, sideTone } from "./annotation-style.ts";
import { Highlighter, MARK_TAG, type HighlightRequest, type MarkKind } from "./highlighter.ts";
import { findMentions } from "./mentions.ts";
import { Tooltip, type TooltipContent } from "./tooltip.ts";
import type { ClutterElement, TextMap } from "./types.ts";

export interface SessionConfig {
  toggles: Toggles;
  clutterMode: ClutterMode;
}

export interface SessionInput {
  analysis: Analysis;
  textMap: TextMap;
  clutter: ClutterElement[];
}

export type Shown = Record<keyof Toggles, number>;

const ALL_OFF: Toggles = { claims: false, sources: false, figures: false, clutter: false };
const CLAIM = `${MARK_TAG}[data-fogwatch="claim"]`;
const FLASH_MS = 1600;

/** Which claims are highlighted: the ones nobody independent has confirmed. */
export const isFlagged = (claim: Claim) => claim.status !== "confirmed";

interface SavedAttributes {
  mark: string | null;
  mode: string | null;
}

export class AnnotationSession {
  private readonly highlighter: Highlighter;
  /** Marks per annotation, by index in the analysis (an empty list when not highlighted). */
  private readonly marks: Record<MarkKind, HTMLElement[][]> = { claim: [], figure: [], source: [] };
  private readonly clutterMarked = new Map<Element, SavedAttributes>();
  private config: SessionConfig = { toggles: { ...ALL_OFF }, clutterMode: "dim" };
  private style: HTMLStyleElement | null = null;
  private tooltip: Tooltip | null = null;
  private listening = false;
  private stepIndex = -1;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();

  constructor(
    private readonly input: SessionInput,
    private readonly doc: Document = document,
  ) {
    this.highlighter = new Highlighter(doc);
  }

  /** Shows what `config` asks for and removes the rest. */
  apply(config: SessionConfig): void {
    const { toggles } = config;
    this.toggleKind("claim", toggles.claims);
    this.toggleKind("figure", toggles.figures);
    this.toggleKind("source", toggles.sources);
    this.applyClutter(toggles.clutter ? config.clutterMode : null);
    this.config = { toggles: { ...toggles }, clutterMode: config.clutterMode };
    this.setListening(toggles.claims && this.shown.claims > 0);
    this.setStyle(Object.values(this.shown).some((n) => n > 0));
  }

  /** Removes everything this session added or marked. */
  destroy(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.apply({ toggles: { ...ALL_OFF }, clutterMode: this.config.clutterMode });
    this.highlighter.removeAll();
  }

  /** How many annotations of each kind are in the page now. */
  get shown(): Shown {
    const count = (lists: HTMLElement[][]) => lists.filter((l) => l.length > 0).length;
    return {
      claims: count(this.marks.claim),
      figures: count(this.marks.figure),
      sources: count(this.marks.source),
      clutter: this.clutterMarked.size,
    };
  }

  /** Scrolls to the index-th claim, figure or source (analysis order) and flashes it. */
  reveal(kind: MarkKind, index: number): boolean {
    const marks = this.marks[kind][index];
    const first = marks?.[0];
    if (!marks || !first?.isConnected) return false;
    scrollToCentre(first);
    for (const mark of marks) mark.setAttribute("data-fogwatch-flash", "");
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      for (const mark of marks) mark.removeAttribute("data-fogwatch-flash");
    }, FLASH_MS);
    this.timers.add(timer);
    if (kind === "claim") this.focusClaim(index);
    return true;
  }

  /** Moves the focus to the next (1) or previous (-1) highlighted claim, wrapping around. */
  step(direction: 1 | -1): boolean {
    const indexes = this.marks.claim.flatMap((m, i) => (m.length ? [i] : []));
    if (!indexes.length) return false;
    const focused = this.claimIndexOf(this.doc.activeElement);
    const from = focused ?? this.stepIndex;
    const pos = indexes.indexOf(from);
    const next =
      pos < 0
        ? direction === 1 ? indexes.find((i) => i > from) ?? indexes[0]! : [...indexes].reverse().find((i) => i < from) ?? indexes.at(-1)!
        : indexes[(pos + direction + indexes.length) % indexes.length]!;
    return this.focusClaim(next, true);
  }

  private toggleKind(kind: MarkKind, on: boolean): void {
    const lists = this.marks[kind];
    const isShown = lists.some((l) => l.length > 0);
    if (!on) {
      if (isShown) this.highlighter.remove(lists.flat());
      this.marks[kind] = [];
      return;
    }
    if (isShown) return;
    const { analysis, textMap } = this.input;
    if (kind === "claim") {
      const flagged = analysis.claims.flatMap((claim, i) => (isFlagged(claim) ? [i] : []));
      const made = this.highlighter.highlightMany(
        flagged.map((i) => claimRequest(analysis.claims[i]!, i, textMap)),
      );
      this.marks.claim = analysis.claims.map(() => []);
      flagged.forEach((i, n) => {
        const marks = made[n]!;
        makeReachable(marks, analysis.claims[i]!);
        this.marks.claim[i] = marks;
      });
    } else if (kind === "figure") {
      this.marks.figure = this.highlighter.highlightMany(
        analysis.figures.map((f, i) => ({
          slices: textMap.slicesFor(f.start, f.end),
          kind: "figure",
          attributes: { "data-fogwatch-index": String(i) },
        })),
      );
    } else {
      const mentions = findMentions(textMap.text, analysis.sources);
      this.marks.source = this.highlighter.highlightMany(
        analysis.sources.map((source, i) => ({
          slices: (mentions[i] ?? []).flatMap((m) => textMap.slicesFor(m.start, m.end)),
          kind: "source",
          attributes: { "data-fogwatch-index": String(i), "data-fogwatch-tone": sideTone(source.side) },
        })),
      );
    }
  }

  private applyClutter(mode: ClutterMode | null): void {
    if (mode === null) {
      for (const [el, saved] of this.clutterMarked) {
        restoreAttribute(el, "data-fogwatch", saved.mark);
        restoreAttribute(el, "data-fogwatch-clutter", saved.mode);
      }
      this.clutterMarked.clear();
      return;
    }
    for (const { element } of this.input.clutter) {
      if (!this.clutterMarked.has(element)) {
        this.clutterMarked.set(element, {
          mark: element.getAttribute("data-fogwatch"),
          mode: element.getAttribute("data-fogwatch-clutter"),
        });
        element.setAttribute("data-fogwatch", "clutter");
      }
      if (element.getAttribute("data-fogwatch-clutter") !== mode) element.setAttribute("data-fogwatch-clutter", mode);
    }
  }

  private setStyle(on: boolean): void {
    if (!on) {
      this.style?.remove();
      this.style = null;
      return;
    }
    if (this.style?.isConnected) return;
    const style = this.doc.createElement("style");
    style.setAttribute("data-fogwatch", "ui");
    style.textContent = PAGE_CSS;
    (this.doc.head ?? this.doc.documentElement).appendChild(style);
    this.style = style;
  }

  private setListening(on: boolean): void {
    if (on === this.listening) return;
    this.listening = on;
    const method = on ? "addEventListener" : "removeEventListener";
    this.doc[method]("mouseover", this.onPointer, true);
    this.doc[method]("mouseout", this.onPointerOut, true);
    this.doc[method]("focusin", this.onPointer, true);
    this.doc[method]("focusout", this.onPointerOut, true);
    this.doc[method]("keydown", this.onKey, true);
    // The tooltip is fixed to the viewport: it follows its claim when the page scrolls.
    this.doc[method]("scroll", this.onScroll, true);
    if (!on) {
      this.tooltip?.destroy();
      this.tooltip = null;
    }
  }

  private readonly onPointer = (event: Event): void => {
    const mark = closestClaim(event.target);
    const index = this.claimIndexOf(mark);
    const claim = index === null ? undefined : this.input.analysis.claims[index];
    if (!mark || !claim) return;
    this.tooltip ??= new Tooltip(this.doc);
    this.tooltip.show(mark, tooltipContent(claim));
  };

  private readonly onPointerOut = (event: Event): void => {
    const from = closestClaim(event.target);
    const to = closestClaim((event as FocusEvent | MouseEvent).relatedTarget);
    if (from && (!to || to.dataset.fogwatchIndex !== from.dataset.fogwatchIndex)) this.tooltip?.hide();
  };

  private readonly onScroll = (): void => {
    this.tooltip?.reposition();
  };

  private readonly onKey = (event: Event): void => {
    if ((event as KeyboardEvent).key === "Escape") this.tooltip?.hide();
  };

  private claimIndexOf(el: Element | null): number | null {
    const mark = closestClaim(el);
    const index = Number(mark?.dataset.fogwatchIndex);
    return mark && Number.isInteger(index) && this.marks.claim[index]?.includes(mark) ? index : null;
  }

  private focusClaim(index: number, scroll = false): boolean {
    const first = this.marks.claim[index]?.[0];
    if (!first?.isConnected) return false;
    this.stepIndex = index;
    if (scroll) scrollToCentre(first);
    first.focus({ preventScroll: true });
    return true;
  }
}

function closestClaim(target: EventTarget | null): HTMLElement | null {
  const el = target as Element | null;
  if (!el || typeof el.closest !== "function") return null;
  return el.closest<HTMLElement>(CLAIM);
}

function restoreAttribute(el: Element, name: string, value: string | null): void {
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

function scrollToCentre(el: Element): void {
  // jsdom (tests) has no scrollIntoView.
  if (typeof el.scrollIntoView === "function") el.scrollIntoView({ block: "center", behavior: "smooth" });
}

const STATUS_HEADINGS: Record<string, string> = {
  disclaimed: "Could not be verified",
  unverified: "Unverified claim",
  confirmed: "Confirmed",
};

/** What the tooltip says about a claim. */
export function tooltipContent(claim: Claim): TooltipContent {
  return {
    heading: STATUS_HEADINGS[claim.status] ?? claim.status,
    status: claim.status,
    rows: [
      ["Claimed by", claim.source ?? "an unnamed source"],
      ["Side", sideLabel(claim.side)],
    ],
    reasons: claim.reasons,
    tone: sideColour(claim.side),
  };
}

function claimRequest(claim: Claim, index: number, textMap: TextMap): HighlightRequest {
  return {
    slices: textMap.slicesFor(claim.start, claim.end),
    kind: "claim",
    attributes: {
      "data-fogwatch-index": String(index),
      "data-fogwatch-status": claim.status,
      "data-fogwatch-side": claim.side,
      "data-fogwatch-tone": sideTone(claim.side),
    },
  };
}

/** Keyboard readers reach each claim once (its first piece) and hear what the tooltip says. */
function makeReachable(marks: readonly HTMLElement[], claim: Claim): void {
  const first = marks[0];
  if (!first) return;
  first.tabIndex = 0;
  first.setAttribute("role", "mark");
  first.setAttribute("aria-description", describe(claim));
}

function describe(claim: Claim): string {
  const c = tooltipContent(claim);
  return [c.heading, ...c.rows.map(([k, v]) => `${k}: ${v}`), ...c.reasons].join(". ");
}
