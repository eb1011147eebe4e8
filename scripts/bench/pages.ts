/**
 * The pages the browser benchmark visits: the project's fixtures, and the shared data sets when
 * ../shared is there (sets that are absent are skipped). A page saved in more than one place (the
 * fixtures copy some shared pages) is measured once, under its first name.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface PageSet {
  name: string;
  dir: string;
  /** URL path prefix the bench server serves `dir` under. */
  prefix: string;
}

export interface BenchPage {
  set: string;
  name: string;
  /** Path on the bench server. */
  path: string;
  bytes: number;
  /** False for homepages, sign-in pages, docs: pages that are not one story (by name, as the gold data marks them). */
  isArticle: boolean;
  /** Other places the same file was found. */
  alsoAt: string[];
}

/** Test fixtures that are harness pages, not saved pages (late-article renders the seed by script). */
const HARNESS = new Set(["late-article.html"]);

export function pageSets(root: string): PageSet[] {
  const fixtures = join(root, "test", "fixtures");
  const shared = join(root, "..", "shared", "data");
  return [
    { name: "fixtures/seed", dir: join(fixtures, "seed"), prefix: "/seed/" },
    { name: "fixtures/pages", dir: join(fixtures, "pages"), prefix: "/pages/" },
    { name: "fixtures/e2e", dir: join(fixtures, "e2e"), prefix: "/e2e/" },
    { name: "shared/seed", dir: join(shared, "seed"), prefix: "/shared/seed/" },
    { name: "shared/war-dev", dir: join(shared, "war-dev"), prefix: "/shared/war-dev/" },
    { name: "shared/pages-dev", dir: join(shared, "pages-dev"), prefix: "/shared/pages-dev/" },
  ];
}

/** Whether the gold file next to a page says it is not an article (falls back to the name). */
function isArticlePage(dir: string, file: string): boolean {
  const base = file.replace(/\.html$/, "");
  const gold = join(dir, `${base}.gold.json`);
  if (existsSync(gold)) {
    try {
      const g = JSON.parse(readFileSync(gold, "utf8")) as { article_text?: unknown; article_text_file?: unknown; kind?: string };
      if ("article_text" in g && g.article_text === null && !g.article_text_file) return false;
    } catch {
      // unreadable gold: go by the name
    }
  }
  return !/^nonart-|^not-article/.test(base);
}

/** Every page of the sets that exist, de-duplicated by content. */
export function listPages(sets: readonly PageSet[]): { pages: BenchPage[]; skipped: string[] } {
  const pages: BenchPage[] = [];
  const skipped: string[] = [];
  const byHash = new Map<string, BenchPage>();
  for (const set of sets) {
    if (!existsSync(set.dir)) {
      skipped.push(set.name);
      continue;
    }
    for (const file of readdirSync(set.dir).sort()) {
      if (!file.endsWith(".html") || HARNESS.has(file)) continue;
      const body = readFileSync(join(set.dir, file));
      const hash = createHash("sha1").update(body).digest("hex");
      const seen = byHash.get(hash);
      if (seen) {
        seen.alsoAt.push(`${set.name}/${file}`);
        continue;
      }
      const page: BenchPage = {
        set: set.name,
        name: file.replace(/\.html$/, ""),
        path: set.prefix + file,
        bytes: body.length,
        isArticle: isArticlePage(set.dir, file),
        alsoAt: [],
      };
      byHash.set(hash, page);
      pages.push(page);
    }
  }
  return { pages, skipped };
}
