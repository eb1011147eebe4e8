import type { DocIndex } from "./doc-index.ts";
import { textOf } from "./dom.ts";

/** What a page says about itself in structured data and meta tags. */
export interface PageMetadata {
  title: string | null;
  /** Title candidates to find the headline with (og:title, JSON-LD headline, <title> parts). */
  titles: string[];
  site: string | null;
  byline: string | null;
  published: string | null;
  language: string;
  /** og:type=article, a JSON-LD article type or itemprop=articleBody. */
  isArticleTyped: boolean;
  /** The page declares itself something else: a website front, video, product, search results. */
  isOtherTyped: boolean;
  /** JSON-LD articleBody, when the page gives it. */
  articleBody: string | null;
}

const ARTICLE_TYPES = /^(?:\w*NewsArticle|Article|BlogPosting|Report|ScholarlyArticle|TechArticle|Review|LiveBlogPosting|SocialMediaPosting|Posting)$/;
const OTHER_TYPES = /^(?:VideoObject|Product|SearchResultsPage|CollectionPage|ItemList|ProfilePage|Movie|MusicRecording|SoftwareApplication)$/;
const OTHER_OG = /^(?:video|product|music|profile|books?\.|website$)/;

type Json = unknown;

function flattenLd(value: Json, out: Record<string, unknown>[], depth = 0): void {
  if (depth > 4 || !value || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const v of value) flattenLd(v, out, depth + 1);
    return;
  }
  const obj = value as Record<string, unknown>;
  out.push(obj);
  if (obj["@graph"]) flattenLd(obj["@graph"], out, depth + 1);
  if (obj["mainEntity"]) flattenLd(obj["mainEntity"], out, depth + 1);
}

function typesOf(obj: Record<string, unknown>): string[] {
  const t = obj["@type"];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === "string");
}

function nameOf(value: unknown): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((x): x is string => !!x);
    return names.length ? names.join(", ") : null;
  }
  if (value && typeof value === "object") return nameOf((value as Record<string, unknown>)["name"]);
  return null;
}

function readJsonLd(index: DocIndex): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const s of index.ldScripts) {
    const raw = s.textContent ?? "";
    if (raw.length > 2_000_000) continue;
    try {
      flattenLd(JSON.parse(raw), out);
    } catch {
      // Pages ship broken JSON-LD (trailing commas, HTML entities); it is only a hint.
    }
  }
  return out;
}

type MetaIndex = Map<string, string>;

/** All <meta> name/property/itemprop → content pairs, first one wins. */
function indexMeta(metas: Element[]): MetaIndex {
  const index: MetaIndex = new Map();
  for (const m of metas) {
    const content = m.getAttribute("content")?.trim();
    if (!content) continue;
    for (const attr of ["property", "name", "itemprop"]) {
      const key = m.getAttribute(attr)?.trim().toLowerCase();
      if (key && !index.has(key)) index.set(key, content);
    }
  }
  return index;
}

function metaContent(index: MetaIndex, ...keys: string[]): string | null {
  for (const key of keys) {
    const v = index.get(key.toLowerCase());
    if (v) return v;
  }
  return null;
}

function toIso(value: string | null): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** A byline without its "By" and never a profile URL (article:author often holds one). */
function cleanByline(value: string | null): string | null {
  if (!value || /^(?:https?:)?\/\//i.test(value)) return null;
  return value.replace(/^by\s+/i, "").trim() || null;
}

/** Splits "Headline | Site" / "Headline - Site" / "Site: Headline" into its parts, longest first. */
export function titleParts(title: string): string[] {
  const parts = title.split(/\s+[|\-–—:»·]\s+|\s*[|»]\s*/).map((p) => p.trim()).filter((p) => p.length > 0);
  return parts.sort((a, b) => b.length - a.length);
}

/** Reads structured data (JSON-LD, Open Graph, meta tags, html lang). Read-only, never throws on bad markup. */
export function readMetadata(doc: Document, index: DocIndex): PageMetadata {
  const ld = readJsonLd(index);
  const metas = indexMeta(index.metas);
  const ldArticle = ld.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t)));
  const ldOther = ld.some((o) => typesOf(o).some((t) => OTHER_TYPES.test(t)));
  const ogType = metaContent(metas, "og:type")?.toLowerCase() ?? null;
  const hasArticleBodyProp = index.articleBodies.length > 0;
  const docTitle = textOf(index.title);
  const ogTitle = metaContent(metas, "og:title", "twitter:title");
  const ldHeadline = nameOf(ldArticle?.["headline"]) ?? nameOf(ldArticle?.["name"]);
  // The longest part of "Headline | Site" only: the short parts are site and section names.
  const titles = [ldHeadline, ogTitle, docTitle, docTitle ? titleParts(docTitle)[0] : null]
    .filter((t): t is string => !!t && t.length > 3);
  const host = (() => {
    try {
      const h = doc.location?.hostname ?? new URL(doc.URL).hostname;
      return h && !h.endsWith(".invalid") ? h.replace(/^www\./, "") : null;
    } catch {
      return null;
    }
  })();
  const lang = (doc.documentElement?.getAttribute("lang") ?? metaContent(metas, "og:locale", "language") ?? "").trim();
  return {
    title: ldHeadline ?? ogTitle ?? (docTitle ? titleParts(docTitle)[0] ?? docTitle : null),
    titles: [...new Set(titles)],
    site: metaContent(metas, "og:site_name", "application-name") ?? nameOf(ldArticle?.["publisher"]) ?? host,
    byline: cleanByline(nameOf(ldArticle?.["author"])) ?? cleanByline(metaContent(metas, "author", "article:author", "byl", "sailthru.author")),
    published: toIso(
      (typeof ldArticle?.["datePublished"] === "string" ? (ldArticle["datePublished"] as string) : null) ??
        metaContent(metas, "article:published_time", "datePublished", "pubdate", "date", "dc.date", "DC.date.issued") ??
        index.times.find((t) => t.hasAttribute("datetime"))?.getAttribute("datetime") ?? null,
    ),
    language: lang.replace("_", "-") || "en",
    isArticleTyped: !!ldArticle || ogType === "article" || hasArticleBodyProp,
    isOtherTyped: (ldOther && !ldArticle) || (!!ogType && OTHER_OG.test(ogType) && ogType !== "website"),
    articleBody: typeof ldArticle?.["articleBody"] === "string" ? (ldArticle["articleBody"] as string) : null,
  };
}

