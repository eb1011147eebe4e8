/**
 * How each side is shown: a text label, a shape and a tone. The shape and the label carry the meaning;
 * the tone only helps sighted readers scan, so nothing depends on colour alone.
 */
import type { Side } from "../core/types.ts";
import type { MessageKey } from "./i18n.ts";

export type Shape = "square" | "circle" | "triangle-down" | "hexagon" | "star" | "diamond" | "triangle" | "ring";

export interface SideLook {
  /** Message key of the label, or null when the side id has no translation. */
  label: MessageKey | null;
  shape: Shape;
  /** CSS tone name: the `side-<tone>` class sets the colours. */
  tone: string;
}

/** Known sides in display order: the parties first, then outsiders, then the unknown. */
const KNOWN: ReadonlyArray<[Side, SideLook]> = [
  ["russia", { label: "side_russia", shape: "square", tone: "a" }],
  ["ukraine", { label: "side_ukraine", shape: "circle", tone: "b" }],
  ["israel", { label: "side_israel", shape: "square", tone: "a" }],
  ["palestinian", { label: "side_palestinian", shape: "circle", tone: "b" }],
  ["hezbollah", { label: "side_hezbollah", shape: "triangle-down", tone: "c" }],
  ["iran", { label: "side_iran", shape: "hexagon", tone: "d" }],
  ["belligerent", { label: "side_belligerent", shape: "star", tone: "e" }],
  ["international", { label: "side_international", shape: "diamond", tone: "intl" }],
  ["independent", { label: "side_independent", shape: "triangle", tone: "indep" }],
  ["unknown", { label: "side_unknown", shape: "ring", tone: "unknown" }],
];

const LOOKS = new Map(KNOWN);
const ORDER = new Map(KNOWN.map(([id], i) => [id, i]));

/** The look of a side; an id from a profile the popup does not know gets a star and no label key. */
export function sideLook(side: Side): SideLook {
  return LOOKS.get(side) ?? { label: null, shape: "star", tone: "e" };
}

/** Sorts side ids: known sides in their order, then unknown ids alphabetically, "unknown" last. */
export function compareSides(a: Side, b: Side): number {
  const last = KNOWN.length;
  const rank = (s: Side) => (s === "unknown" ? last + 1 : ORDER.get(s) ?? last);
  return rank(a) - rank(b) || a.localeCompare(b);
}

/** Turns a side id such as "south-sudan" into "South sudan" for display when nothing better exists. */
export function humanizeId(id: string): string {
  const words = id.replace(/[-_]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
