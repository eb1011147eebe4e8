#!/usr/bin/env node
// `npm run eval`: runs the built CLI over every data set in ../shared/data (when present) and prints
// the scorer's summary per set. Predictions land in out/eval/<set>/. Pass --verbose for per-file notes.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const shared = resolve(process.env.FOGWATCH_SHARED ?? join(root, "..", "shared"));
const verbose = process.argv.includes("--verbose");
const only = process.argv.slice(2).filter((a) => !a.startsWith("--"));
if (!existsSync(join(shared, "data"))) {
  console.log(`no data at ${shared}/data: nothing to evaluate`);
  process.exit(0);
}
// Build the CLI from the current sources into a private folder, so evaluation never scores a stale build.
mkdirSync(join(root, "node_modules", ".cache"), { recursive: true });
const cliDir = mkdtempSync(join(root, "node_modules", ".cache", "fogwatch-cli-")); // inside the project, so jsdom resolves
execFileSync(join(root, "node_modules", ".bin", "vite"), ["build", "-c", "vite.cli.config.ts", "--outDir", cliDir, "--logLevel", "error"], { cwd: root, stdio: "inherit" });
const cli = join(cliDir, "fogwatch.js");
const scorer = join(shared, "eval", "score.mjs");
for (const set of readdirSync(join(shared, "data")).sort()) {
  if (only.length && !only.includes(set)) continue;
  const dir = join(shared, "data", set);
  const inputs = readdirSync(dir)
    .filter((f) => f.endsWith(".gold.json"))
    .flatMap((f) => JSON.parse(readFileSync(join(dir, f), "utf8")).inputs ?? [])
    .map((f) => join(dir, f));
  if (!inputs.length) continue;
  const out = join(process.env.FOGWATCH_EVAL_OUT ?? join(root, "out", "eval"), set);
  rmSync(out, { recursive: true, force: true });
  try {
    execFileSync("node", ["-e", `import(${JSON.stringify(cli)}).then((m) => m.main(process.argv.slice(1)))`, "analyze", ...inputs, "--out", out], { stdio: "inherit" });
  } catch {
    console.log(`(${set}: some inputs failed; they score as empty)`);
  }
  const args = [scorer, "--gold", dir, "--pred", out];
  if (verbose) args.push("--verbose");
  const report = execFileSync("node", args, { encoding: "utf8" }).trimEnd().split("\n");
  console.log(`\n== ${set}`);
  console.log((verbose ? report : report.slice(-1)).join("\n"));
}
rmSync(cliDir, { recursive: true, force: true });
