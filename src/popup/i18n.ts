/**
 * UI strings. The extension reads them with the browser's i18n API (public/_locales/<lang>/messages.json);
 * tests and previews expand the same file here. Components get a Translator from context, never chrome.*.
 */
import { createContext } from "preact";
import { useContext } from "preact/hooks";

type Catalog = typeof import("../../public/_locales/en/messages.json");

/** Every key of the English catalog: a typo in a key is a type error. */
export type MessageKey = keyof Catalog;

/** Keys that come as a `_one`/`_other` pair, named without the suffix. */
export type PluralKey = { [K in MessageKey]: K extends `${infer B}_one` ? B : never }[MessageKey];

/** `getMessage` as the WebExtension i18n API has it: "" for an unknown key. */
export type GetMessage = (key: string, substitutions?: string[]) => string;

export interface Translator {
  /** The message for a key, with substitutions for $1…$9 (through its placeholders). */
  t(key: MessageKey, ...subs: Array<string | number>): string;
  /** The `_one` or `_other` form for a count; the count is the first substitution. */
  n(key: PluralKey, count: number, ...subs: Array<string | number>): string;
  /** BCP 47 tag for number and date formatting. */
  locale: string;
}

/** Builds a translator over a getMessage function (the browser's, or one from a catalog). */
export function createTranslator(getMessage: GetMessage, locale: string): Translator {
  const format = (v: string | number) => (typeof v === "number" ? v.toLocaleString(locale) : v);
  const t = (key: MessageKey, ...subs: Array<string | number>) => getMessage(key, subs.map(format)) || key;
  // English has two forms; a locale with more would add its own pairs (chrome.i18n has no plural rules).
  const n = (key: PluralKey, count: number, ...subs: Array<string | number>) =>
    t(`${key}_${count === 1 ? "one" : "other"}` as MessageKey, count, ...subs);
  return { t, n, locale };
}

interface CatalogEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * getMessage over a messages.json catalog, expanding placeholders the way browsers do:
 * `$NAME$` → the placeholder's content, then `$1`…`$9` → substitutions, `$$` → `$`.
 */
export function catalogGetMessage(catalog: Record<string, CatalogEntry>): GetMessage {
  return (key, subs = []) => {
    const entry = catalog[key];
    if (!entry) return "";
    const byName = new Map(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
    const expandNumbered = (s: string) => s.replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1] ?? "");
    return entry.message
      .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
        const content = byName.get(name.toLowerCase());
        return content === undefined ? whole : expandNumbered(content);
      })
      .replace(/\$\$/g, "$");
  };
}

const keysOnly = createTranslator(() => "", "en");

export const TranslatorContext = createContext<Translator>(keysOnly);

/** The translator of the nearest provider (one that echoes keys outside any). */
export function useTranslator(): Translator {
  return useContext(TranslatorContext);
}
