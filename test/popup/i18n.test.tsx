import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import en from "../../public/_locales/en/messages.json";
import { catalogGetMessage, createTranslator } from "../../src/popup/i18n.ts";
import { tr } from "./helpers.tsx";

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const catalog = en as Record<string, Entry>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

describe("i18n", () => {
  it("expands named placeholders and $$ like the browser does", () => {
    const get = catalogGetMessage({
      a: { message: "Saved $FILE$ for $$5 ($who$).", placeholders: { file: { content: "$1" }, who: { content: "$2" } } },
    });
    expect(get("a", ["x.json", "you"])).toBe("Saved x.json for $5 (you).");
    expect(get("missing")).toBe("");
  });

  it("falls back to the key, and picks singular or plural forms", () => {
    const t = createTranslator(() => "", "en");
    expect(t.t("loading")).toBe("loading");
    expect(tr.n("statSources", 1)).toBe("source");
    expect(tr.n("statSources", 0)).toBe("sources");
    expect(tr.n("sourceMentions", 1200)).toBe("1,200 mentions");
  });

  it("has a valid catalog: key names, defined placeholders, and the manifest's strings", () => {
    for (const [key, entry] of Object.entries(catalog)) {
      expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(entry.message.length, key).toBeGreaterThan(0);
      const used = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]?.toLowerCase());
      const defined = Object.keys(entry.placeholders ?? {}).map((k) => k.toLowerCase());
      expect(used.sort(), key).toEqual(defined.sort());
    }
    expect(catalog.extName?.message).toBe("Fogwatch");
    expect(catalog.extDescription?.message.length).toBeLessThanOrEqual(132);
  });

  it("has no unused strings", () => {
    const code = sourceFiles(join(__dirname, "../../src/popup")).map((f) => readFileSync(f, "utf8")).join("\n");
    // Keys built from a prefix and a value (`status_${s}`), plural pairs, and the manifest's.
    const dynamic = ["side_", "kind_", "status_", "statusExplain_", "cat_", "clutterKind_", "clutterMode_", "clutterModeHint_", "toggle_", "conflictKind_"];
    const unused = Object.keys(catalog).filter((k) => {
      if (["extName", "extDescription"].includes(k)) return false;
      if (dynamic.some((p) => k.startsWith(p))) return false;
      const base = k.replace(/_(one|other)$/, "");
      return !code.includes(`"${base}"`);
    });
    expect(unused).toEqual([]);
  });
});
