#!/usr/bin/env node
// `npm run bench`: builds the benchmark entry points and prints ratios against baselines measured
// in the same run (this machine is noisy; ratios are what to compare between commits).
//
//   core      analyze() on article texts in Node vs an Intl.Segmenter word pass
//   browser   the built extension (dist/) and an in-page bundle in Debian's Chromium: pipeline vs
//             Readability.parse() vs a TreeWalker pass, non-article pages, bundle size, JS heap,
//             a 5,000-post live blog, popup render (docs/benchmark.md)
//
// Options: --quick (fewer reps), --core-only, --browser-only, --pages=REGEX (only matching pages),
// --build (`npm run build` first, so that dist/ is the code in the tree), --profile (a CPU profile of
// the pipeline on each article page: self time per function), --in-page-only (the browser part without
// the built extension: only the in-page bundle, which is built from src/; no dist/ needed).
// Writes test-results/bench.json.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build, runnerImport } from "vite";

const root = resolve(import.meta.dirname, "..");
const args = new Set(process.argv.slice(2));
const filterArg = process.argv.find((a) => a.startsWith("--pages="));
const filter = filterArg ? new RegExp(filterArg.slice("--pages=".length)) : undefined;
const quick = args.has("--quick");
const runCore = !args.has("--browser-only") && !args.has("--in-page-only");
const runBrowser = !args.has("--core-only");
const inPageOnly = args.has("--in-page-only");
mkdirSync(join(root, "node_modules", ".cache"), { recursive: true });
const out = mkdtempSync(join(root, "node_modules", ".cache", "fogwatch-bench-"));
const viteOptions = { configFile: false, root, logLevel: "error" };
const report = { date: new Date().toISOString(), quick, core: null, browser: null };

try {
  if (runCore) {
    // No config file: vite.config.ts would also run the extension build (crxjs) for nothing.
    await build({ ...viteOptions, build: { ssr: "scripts/bench/core-bench.ts", outDir: out, emptyOutDir: false } });
    const { runCoreBench } = await import(pathToFileURL(join(out, "core-bench.js")).href);
    const r = runCoreBench(root);
    report.core = r;
    const f = (x, d = 2) => x.toFixed(d);
    console.log(`core: analyze() over ${r.texts} texts, ${r.words} words`);
    console.log(`  analyze            ${f(r.analyzeMsPer1kWords, 3)} ms / 1,000 words`);
    console.log(`  baseline           ${f(r.baselineMsPer1kWords, 3)} ms / 1,000 words (Intl.Segmenter word pass)`);
    console.log(`  ratio              ${f(r.ratio)} × baseline`);
    console.log(`  figures            add ${f((r.figuresShare / (1 - r.figuresShare)) * 100, 1)} % to the rest of analyze() (target < 20 %)`);
    console.log(`  5,000-word article ${f(r.fiveThousandWordsMs)} ms (target < 50 ms)`);
    console.log(`  linearity          ${f(r.linearity)} (time for 10,000 words / 5,000 words; 2.00 is linear)`);
  }
  if (runBrowser) {
    if (args.has("--build") && !inPageOnly) execFileSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
    // The in-page bundle: one IIFE with the pipeline and Readability, injected into each page.
    await build({
      ...viteOptions,
      build: {
        outDir: join(out, "in-page"),
        emptyOutDir: true,
        minify: false,
        target: "chrome121",
        lib: { entry: join(root, "scripts/bench/in-page.ts"), formats: ["iife"], name: "FogwatchBench", fileName: () => "in-page.js" },
      },
    });
    const bundle = readFileSync(join(out, "in-page", "in-page.js"), "utf8");
    const { module: bench } = await runnerImport(join(root, "scripts/bench/browser-bench.ts"), viteOptions);
    const { module: format } = await runnerImport(join(root, "scripts/bench/report.ts"), viteOptions);
    if (!inPageOnly && bench.isDistStale(root)) console.warn("browser: dist/ is older than src/: the extension measured is not the code in the tree (`npm run build`)");
    const result = await bench.runBrowserBench({ root, bundle, quick, filter, profile: args.has("--profile"), inPageOnly, log: (m) => console.log(m) });
    report.browser = format.summarize(result);
    console.log(format.formatReport(report.browser));
  }
  mkdirSync(join(root, "test-results"), { recursive: true });
  writeFileSync(join(root, "test-results", "bench.json"), JSON.stringify(report, null, 2) + "\n");
  console.log("wrote test-results/bench.json");
} finally {
  rmSync(out, { recursive: true, force: true });
}
