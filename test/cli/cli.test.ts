import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeFile, run } from "../../src/cli/main.ts";
import type { Analysis } from "../../src/core/types.ts";

const root = resolve(import.meta.dirname, "../..");
const seed = (f: string) => join(root, "test/fixtures/seed", f);

function runCapture(argv: string[]): { code: number; out: string } {
  let out = "";
  const code = run(argv, (s) => (out += s));
  return { code, out };
}

describe("fogwatch analyze", () => {
  it("prints the contract as JSON for a text file, with spans that match their offsets", () => {
    const { code, out } = runCapture(["analyze", seed("seed-article.txt"), "--json"]);
    expect(code).toBe(0);
    const a = JSON.parse(out) as Analysis;
    expect(a.schema).toBe("fogwatch.analysis/1");
    expect(a.article?.text.startsWith("Russia launches new missile attacks")).toBe(true);
    for (const item of [...a.claims, ...a.figures]) expect(a.article?.text.slice(item.start, item.end)).toBe(item.text);
    // the plain-text copy's "Advertisement" lines are clutter, not article text
    expect(a.clutter.filter((c) => c.text === "Advertisement")).toHaveLength(5);
    expect(a.article?.text).not.toMatch(/^Advertisement$/m);
  });

  it("analyses HTML through the page code and finds every Advertisement label", () => {
    for (const page of ["seed-semantic.html", "seed-divsoup.html"]) {
      const a = analyzeFile(page, readFileSync(seed(page)));
      expect(a.article, page).not.toBeNull();
      expect(a.clutter.filter((c) => /^advertisement$/i.test(c.text)), page).toHaveLength(5);
      for (const item of [...a.claims, ...a.figures]) expect(a.article?.text.slice(item.start, item.end)).toBe(item.text);
    }
  });

  it("writes one JSON file per input with --out", () => {
    const dir = mkdtempSync(join(tmpdir(), "fogwatch-out-"));
    const { code } = runCapture(["analyze", seed("seed-article.txt"), seed("seed-semantic.html"), "--out", dir]);
    expect(code).toBe(0);
    expect(existsSync(join(dir, "seed-article.txt.json"))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, "seed-semantic.html.json"), "utf8")).article.title).toMatch(/Russia launches/);
  });

  it("reports a page that is not an article as article null", () => {
    const dir = mkdtempSync(join(tmpdir(), "fogwatch-in-"));
    const file = join(dir, "login.html");
    writeFileSync(file, "<!doctype html><html><body><form><input name=user><button>Sign in</button></form></body></html>");
    const { code, out } = runCapture(["analyze", file, "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(out).article).toBeNull();
  });

  it("prints a readable summary without --json", () => {
    const { out } = runCapture(["analyze", seed("seed-article.txt")]);
    expect(out).toMatch(/Sources \(\d+\)/);
    expect(out).toMatch(/Figures \(\d+\)/);
  });
});

describe("fogwatch command errors", () => {
  const bin = join(root, "bin/fogwatch.mjs");
  const built = existsSync(join(root, "dist-cli/fogwatch.js"));

  it.runIf(built)("gives a one-line error and a non-zero exit for a missing file", () => {
    const r = spawnSync("node", [bin, "analyze", "does-not-exist.html"], { encoding: "utf8" });
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim()).toBe("fogwatch: does-not-exist.html: no such file");
  });

  it.runIf(built)("rejects binary input without a stack trace", () => {
    const dir = mkdtempSync(join(tmpdir(), "fogwatch-bin-"));
    const file = join(dir, "image.png");
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
    const r = spawnSync("node", [bin, "analyze", file], { encoding: "utf8" });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/binary file/);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it.runIf(built)("explains its usage when called wrongly", () => {
    const r = spawnSync("node", [bin, "frobnicate"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage: fogwatch analyze/);
  });

  it.runIf(built)("prints JSON through the installed command", () => {
    const out = execFileSync("node", [bin, "analyze", seed("seed-article.txt"), "--json"], { encoding: "utf8" });
    expect(JSON.parse(out).schema).toBe("fogwatch.analysis/1");
  });
});
