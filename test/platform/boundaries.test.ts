/**
 * Layer boundaries (STYLE.md: dependencies point inward): only src/platform imports the WebExtension
 * API; core and page code never reach for the browser's extension APIs or the UI.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(import.meta.dirname, "..", "..", "src");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const imports = (file: string) => [...readFileSync(file, "utf8").matchAll(/^\s*(?:import|export)[^;]*?from\s+["']([^"']+)["']/gm)].map((m) => m[1]!);
const all = files(SRC).map((file) => ({ file: relative(SRC, file), imports: imports(file), text: readFileSync(file, "utf8") }));

describe("layer boundaries", () => {
  it("only src/platform imports webextension-polyfill", () => {
    const offenders = all.filter((f) => !f.file.startsWith("platform/") && f.imports.includes("webextension-polyfill"));
    expect(offenders.map((f) => f.file)).toEqual([]);
  });

  it("core and page code use no extension API and import no outer layer", () => {
    const inner = all.filter((f) => f.file.startsWith("core/") || f.file.startsWith("page/"));
    expect(inner.length).toBeGreaterThan(5);
    const offenders = inner.filter(
      (f) => f.imports.some((i) => /(^|\/)(platform|content|background|popup|cli)\//.test(i)) || /\b(chrome|browser)\.(runtime|storage|tabs)\b/.test(f.text),
    );
    expect(offenders.map((f) => f.file)).toEqual([]);
  });

  it("core code imports nothing from page", () => {
    const offenders = all.filter((f) => f.file.startsWith("core/") && f.imports.some((i) => /(^|\/)page\//.test(i)));
    expect(offenders.map((f) => f.file)).toEqual([]);
  });
});
