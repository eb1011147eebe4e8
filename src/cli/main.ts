/**
 * `fogwatch analyze FILE... [--json] [--out DIR]`: the extension's analysis outside the browser.
 * HTML goes through the same page code on a server-side DOM (jsdom); plain text straight to the core.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { JSDOM, VirtualConsole } from "jsdom";
import { analyze } from "../core/analyze.ts";
import { splitTextClutter } from "../core/text-clutter.ts";
import type { Analysis } from "../core/types.ts";
import { analyzeDocument } from "../page/analyze-page.ts";
import { formatSummary } from "./summary.ts";

export class CliError extends Error {}

const USAGE = "usage: fogwatch analyze FILE... [--json] [--out DIR]";

interface Args {
  files: string[];
  json: boolean;
  out: string | null;
}

function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv;
  if (command !== "analyze") throw new CliError(command ? `unknown command "${command}"\n${USAGE}` : USAGE);
  const args: Args = { files: [], json: false, out: null };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === "--json") args.json = true;
    else if (a === "--out") {
      const dir = rest[++i];
      if (!dir) throw new CliError("--out needs a folder");
      args.out = dir;
    } else if (a.startsWith("--")) throw new CliError(`unknown option ${a}\n${USAGE}`);
    else args.files.push(a);
  }
  if (!args.files.length) throw new CliError(USAGE);
  return args;
}

function readInput(file: string): Buffer {
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new CliError(`${file}: not a file`);
    size = st.size;
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`${file}: no such file`);
  }
  if (size > 64 * 1024 * 1024) throw new CliError(`${file}: too large (${size} bytes; 64 MiB at most)`);
  try {
    return readFileSync(file);
  } catch {
    throw new CliError(`${file}: cannot be read`);
  }
}

function looksBinary(buf: Buffer): boolean {
  const head = buf.subarray(0, 8192);
  return head.includes(0);
}

function isHtml(file: string, text: string): boolean {
  const ext = extname(file).toLowerCase();
  if (ext === ".html" || ext === ".htm" || ext === ".xhtml") return true;
  if (ext === ".txt" || ext === ".text" || ext === ".md") return false;
  return /^\s*(<!doctype html|<html|<head|<body)/i.test(text.slice(0, 1024));
}

/** Analyses one file's contents the way the extension would. */
export function analyzeFile(file: string, buf: Buffer): Analysis {
  if (looksBinary(buf)) throw new CliError(`${file}: binary file, not HTML or text`);
  const text = buf.toString("utf8");
  if (isHtml(file, text)) {
    const dom = new JSDOM(text, { virtualConsole: new VirtualConsole(), url: "https://example.invalid/" });
    try {
      return analyzeDocument(dom.window.document).analysis;
    } finally {
      dom.window.close();
    }
  }
  const split = splitTextClutter(text);
  return analyze(split.text, {}, { clutter: split.clutter });
}

export function run(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s)): number {
  const args = parseArgs(argv);
  if (args.out) mkdirSync(args.out, { recursive: true });
  let failed = 0;
  for (const file of args.files) {
    let analysis: Analysis;
    try {
      analysis = analyzeFile(file, readInput(file));
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      process.stderr.write(`fogwatch: ${e.message}\n`);
      failed++;
      continue;
    }
    const json = JSON.stringify(analysis, null, 2) + "\n";
    if (args.out) writeFileSync(join(args.out, `${basename(file)}.json`), json);
    else if (args.json) out(json);
    else out(formatSummary(file, analysis));
  }
  return failed ? 1 : 0;
}

export function main(argv: string[]): void {
  try {
    process.exitCode = run(argv);
  } catch (e) {
    if (e instanceof CliError) {
      process.stderr.write(`fogwatch: ${e.message}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`fogwatch: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 70;
    }
  }
}
