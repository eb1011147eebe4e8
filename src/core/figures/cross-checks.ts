import type { Figure, FigureConflict } from "../types.ts";
import type { FigureDraft } from "./extract.ts";

/** Characters allowed between a figure and its converted twin: "3 km (2 miles)", "1,150kg (2,535 pounds)". */
const CONVERSION_GAP = /^\s*\(\s*(?:about|around|roughly|approximately|some|nearly|almost|or)?\s*$/i;

/** The rounding a writer implies by a number's trailing zeros: 60 → 10, 1,200 → 100, 2 → 1, 27.4 → 0.1. */
function granularity(value: number): number {
  if (!Number.isInteger(value)) {
    const decimals = String(value).split(".")[1]?.length ?? 0;
    return 10 ** -decimals;
  }
  let g = 1;
  while (value !== 0 && value % (g * 10) === 0 && g < 1e6) g *= 10;
  return g;
}

/** Does `b` (in its unit) state the same quantity as `a`, allowing for the rounding either one implies? */
export function conversionHolds(a: FigureDraft, b: FigureDraft): boolean {
  const va = a.figure.value, vb = b.figure.value;
  if (va === null || vb === null || !a.factor || !b.factor) return true;
  const exactB = (va * a.factor) / b.factor;
  const exactA = (vb * b.factor) / a.factor;
  const within = (stated: number, exact: number): boolean =>
    Math.abs(stated - exact) <= granularity(stated) / 2 + 1e-9 || Math.abs(stated - exact) <= Math.abs(exact) * 0.05;
  return within(vb, exactB) || within(va, exactA);
}

function round(value: number): string {
  return (value >= 100 ? Math.round(value) : Number(value.toPrecision(2))).toLocaleString("en-US");
}

/** Unit names as a reader writes them after a number. */
const UNIT_NAMES: Readonly<Record<string, string>> = {
  mile: "miles", km2: "square kilometres", mi2: "square miles", ft: "feet", yd: "yards", lb: "pounds", t: "tonnes",
  ha: "hectares", acre: "acres", nmi: "nautical miles",
};
const unitName = (unit: string | null): string => (unit ? UNIT_NAMES[unit] ?? unit : "");

const quote = (f: Figure): string => `“${f.text}”`;

/** Unit conversions in parentheses that do not hold: "3 km (5 miles)". */
export function findConversionConflicts(text: string, drafts: readonly FigureDraft[]): FigureConflict[] {
  const out: FigureConflict[] = [];
  for (let i = 0; i + 1 < drafts.length; i++) {
    const a = drafts[i]!, b = drafts[i + 1]!;
    if (!a.dimension || a.dimension !== b.dimension || a.figure.unit === b.figure.unit) continue;
    if (!CONVERSION_GAP.test(text.slice(a.figure.end, b.figure.start))) continue;
    if (conversionHolds(a, b)) continue;
    const exact = ((a.figure.value ?? 0) * (a.factor ?? 1)) / (b.factor ?? 1);
    out.push({
      kind: "conversion",
      message: `${a.figure.value} ${unitName(a.figure.unit)} is about ${round(exact)} ${unitName(b.figure.unit)}, not ${b.figure.value} as the article says (${quote(a.figure)} converted to ${quote(b.figure)}).`,
      figures: [a.figure, b.figure],
    });
  }
  return out;
}

/** The same anniversary (of the same war) given with different numbers: "first anniversary" vs "24th anniversary". */
export function findAnniversaryConflicts(drafts: readonly FigureDraft[]): FigureConflict[] {
  const byEvent = new Map<string, FigureDraft[]>();
  for (const d of drafts) {
    if (!d.isAnniversary || d.anniversaryOf === null || d.figure.value === null) continue;
    const list = byEvent.get(d.anniversaryOf) ?? [];
    list.push(d);
    byEvent.set(d.anniversaryOf, list);
  }
  const out: FigureConflict[] = [];
  for (const [event, list] of byEvent) {
    const firstOf = new Map<number, FigureDraft>();
    for (const d of list) if (!firstOf.has(d.figure.value!)) firstOf.set(d.figure.value!, d);
    const [ref, ...others] = [...firstOf.values()];
    for (const other of others) {
      out.push({
        kind: "restated",
        message: `The ${event}’s anniversary is given as the ${ordinal(ref!.figure.value!)} (${quote(ref!.figure)}) and as the ${ordinal(other.figure.value!)} (${quote(other.figure)}): both cannot be right.`,
        figures: [ref!.figure, other.figure],
      });
    }
  }
  return out;
}

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${s}`;
}

const LOWER_BOUND = /^(?:at least|more than|over|just over|well over|no fewer than|upwards of|in excess of|just more than)\b/i;
const UPPER_BOUND = /^(?:up to|less than|fewer than|under|at most|nearly|almost|no more than|just under|as many as)\b/i;

/** Can both figures be true of the same toll? "at least 20" and "23" can; "20" and "18" cannot. */
export function tollsAgree(a: Figure, b: Figure): boolean {
  const x = a.value, y = b.value;
  if (x === null || y === null || x === y) return true;
  const fits = (f: Figure, v: number, other: number): boolean =>
    (LOWER_BOUND.test(f.text) && other >= v) || (UPPER_BOUND.test(f.text) && other <= v) ||
    (f.approximate && !LOWER_BOUND.test(f.text) && !UPPER_BOUND.test(f.text) && Math.abs(other - v) <= v * 0.15);
  return fits(a, x, y) || fits(b, y, x);
}

/**
 * Two death tolls for the same event: the headline's toll that no toll of the same people in the body
 * agrees with, or two "death toll" statements that disagree (updates such as "rose to" excepted).
 */
export function findTollConflicts(drafts: readonly FigureDraft[], paragraphOf: (offset: number) => number): FigureConflict[] {
  const tolls = drafts.filter((d) => d.isDeathToll && !d.isRevision && d.figure.value !== null);
  const out: FigureConflict[] = [];
  for (const h of tolls.filter((d) => paragraphOf(d.figure.start) === 0)) {
    const body = tolls.filter((d) => paragraphOf(d.figure.start) > 0 && d.figure.unit === h.figure.unit);
    if (body.length && !body.some((b) => tollsAgree(h.figure, b.figure))) {
      out.push({
        kind: "restated",
        message: `The headline gives ${quote(h.figure)} killed, but the article body says ${quote(body[0]!.figure)}.`,
        figures: [h.figure, body[0]!.figure],
      });
    }
  }
  const stated = tolls.filter((d) => /\btoll\b/i.test(d.context));
  for (let i = 1; i < stated.length; i++) {
    const a = stated[0]!.figure, b = stated[i]!.figure;
    if (!tollsAgree(a, b)) {
      out.push({ kind: "restated", message: `The article gives two death tolls: ${quote(a)} and ${quote(b)}.`, figures: [a, b] });
      break;
    }
  }
  return out;
}
