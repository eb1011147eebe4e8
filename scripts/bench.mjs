#!/usr/bin/env node
// `npm run bench`: builds the benchmark entry points and prints ratios against baselines measured
// in the same run (this machine is noisy; ratios are what to compare between commits).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const root = resolve(import.meta.dirname, "..");
mkdirSync(join(root, "node_modules", ".cache"), { recursive: true });
const out = mkdtempSync(join(root, "node_modules", ".cache", "fogwatch-bench-"));
try {
  execFileSync(join(root, "node_modules", ".bin", "vite"),
    ["build", "--ssr", "scripts/bench/core-bench.ts", "--outDir", out, "--logLevel", "error"], { cwd: root, stdio: "inherit" });
  const { runCoreBench } = await import(pathToFileURL(join(out, "core-bench.js")).href);
  const r = runCoreBench(root);
  const f = (x, d = 2) => x.toFixed(d);
  console.log(`core: analyze() over ${r.texts} texts, ${r.words} words`);
  console.log(`  analyze            ${f(r.analyzeMsPer1kWords, 3)} ms / 1,000 words`);
  console.log(`  baseline           ${f(r.baselineMsPer1kWords, 3)} ms / 1,000 words (Intl.Segmenter word pass)`);
  console.log(`  ratio              ${f(r.ratio)} × baseline`);
  console.log(`  figures            add ${f((r.figuresShare / (1 - r.figuresShare)) * 100, 1)} % to the rest of analyze() (target < 20 %)`);
  console.log(`  5,000-word article ${f(r.fiveThousandWordsMs)} ms (target < 50 ms)`);
  console.log(`  linearity          ${f(r.linearity)} (time for 10,000 words / 5,000 words; 2.00 is linear)`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
