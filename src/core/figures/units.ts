import type { FigureCategory } from "../types.ts";
import { dict } from "./dict.ts";

/** A measurement unit written after a number ("3 km", "1,150kg", "95%", "two years"). */
export interface UnitEntry {
  unit: string;
  category: FigureCategory;
  /** Kind of quantity, for conversion checks: values in `factor` × base unit. */
  dimension?: "length" | "area" | "mass" | "time";
  factor?: number;
}

const km: UnitEntry = { unit: "km", category: "distance", dimension: "length", factor: 1000 };
const mile: UnitEntry = { unit: "mile", category: "distance", dimension: "length", factor: 1609.344 };
const metre: UnitEntry = { unit: "m", category: "distance", dimension: "length", factor: 1 };
const foot: UnitEntry = { unit: "ft", category: "distance", dimension: "length", factor: 0.3048 };
const yard: UnitEntry = { unit: "yd", category: "distance", dimension: "length", factor: 0.9144 };
const nmi: UnitEntry = { unit: "nmi", category: "distance", dimension: "length", factor: 1852 };
const cm: UnitEntry = { unit: "cm", category: "distance", dimension: "length", factor: 0.01 };
const km2: UnitEntry = { unit: "km2", category: "distance", dimension: "area", factor: 1e6 };
const mi2: UnitEntry = { unit: "mi2", category: "distance", dimension: "area", factor: 2589988.11 };
const hectare: UnitEntry = { unit: "ha", category: "distance", dimension: "area", factor: 1e4 };
const acre: UnitEntry = { unit: "acre", category: "distance", dimension: "area", factor: 4046.8564 };
const kg: UnitEntry = { unit: "kg", category: "other", dimension: "mass", factor: 1 };
const tonne: UnitEntry = { unit: "t", category: "other", dimension: "mass", factor: 1000 };
const pound: UnitEntry = { unit: "lb", category: "other", dimension: "mass", factor: 0.45359237 };
const percent: UnitEntry = { unit: "%", category: "other" };
const dur = (unit: string, seconds: number): UnitEntry => ({ unit, category: "other", dimension: "time", factor: seconds });
const second = dur("second", 1), minute = dur("minute", 60), hour = dur("hour", 3600), day = dur("day", 86400);
const week = dur("week", 604800), month = dur("month", 2629800), year = dur("year", 31557600);
const decade = dur("decade", 315576000), century = dur("century", 3155760000);

/** Single-word units (lower case), including glued abbreviations ("60km", "1,150kg"). */
export const UNITS: ReadonlyMap<string, UnitEntry> = dict({
  km, kms: km, kilometre: km, kilometres: km, kilometer: km, kilometers: km,
  mile: mile, miles: mile, mi: mile,
  m: metre, metre: metre, metres: metre, meter: metre, meters: metre,
  ft: foot, foot: foot, feet: foot, yard: yard, yards: yard, cm: cm, centimetres: cm, centimeters: cm,
  hectare: hectare, hectares: hectare, ha: hectare, acre: acre, acres: acre, km2: km2, "km²": km2,
  kg: kg, kilogram: kg, kilograms: kg, kilo: kg, kilos: kg, tonne: tonne, tonnes: tonne, ton: tonne, tons: tonne,
  pound: pound, pounds: pound, lb: pound, lbs: pound,
  percent: percent, pct: percent, pc: percent,
  second: second, seconds: second, secs: second, minute: minute, minutes: minute, min: minute, mins: minute,
  hour: hour, hours: hour, hr: hour, hrs: hour, day: day, days: day, week: week, weeks: week,
  month: month, months: month, year: year, years: year, yr: year, yrs: year, decade: decade, decades: decade,
  century: century, centuries: century,
});

/** Multi-word units, longest first (lower-case word sequences). */
export const PHRASE_UNITS: ReadonlyArray<readonly [readonly string[], UnitEntry]> = [
  [["square", "kilometres"], km2], [["square", "kilometers"], km2], [["square", "kilometre"], km2],
  [["square", "kilometer"], km2], [["square", "km"], km2], [["sq", "km"], km2], [["sq", "kilometres"], km2],
  [["square", "miles"], mi2], [["square", "mile"], mi2], [["sq", "miles"], mi2], [["sq", "mi"], mi2],
  [["nautical", "miles"], nmi], [["nautical", "mile"], nmi], [["metric", "tons"], tonne], [["metric", "tonnes"], tonne],
  [["metric", "ton"], tonne],
  [["per", "cent"], percent], [["percentage", "points"], { unit: "percentage point", category: "other" }],
];

/** Currency signs written before a number. */
export const CURRENCY_SIGNS: ReadonlyMap<string, string> = dict({
  $: "USD", "€": "EUR", "£": "GBP", "₴": "UAH", "₽": "RUB", "¥": "JPY", "₪": "ILS", "₹": "INR",
});

/** Currency words and codes written after a number ("195 billion euros", "500 USD"). */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = dict({
  dollar: "USD", dollars: "USD", usd: "USD", euro: "EUR", euros: "EUR", eur: "EUR", gbp: "GBP",
  sterling: "GBP", rouble: "RUB", roubles: "RUB", ruble: "RUB", rubles: "RUB", rub: "RUB",
  hryvnia: "UAH", hryvnias: "UAH", uah: "UAH", yuan: "CNY", renminbi: "CNY", cny: "CNY",
  shekel: "ILS", shekels: "ILS", ils: "ILS", rupee: "INR", rupees: "INR", lira: "TRY", yen: "JPY",
});

/** Words that prefix "$" to name another dollar ("US$", "C$", "A$"). */
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = dict({ us: "USD", c: "CAD", a: "AUD", au: "AUD", nz: "NZD", hk: "HKD" });
