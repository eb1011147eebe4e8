/**
 * Where the content script's bytes come from: src/content/index.ts bundled again the way the
 * extension build does it (one IIFE, not minified), with each source module's rendered size, and
 * what the same bundle would weigh minified. Nothing is written to dist/.
 */
import { dirname, join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Rolldown } from "vite";

export interface BundleBreakdown {
  /** Unminified, as dist/ ships it (should match dist/ within a few bytes). */
  raw: number;
  gzip: number;
  minified: number;
  minifiedGzip: number;
  /** Rendered (unminified) bytes per source folder, biggest first. */
  folders: { folder: string; bytes: number }[];
  /** The biggest source modules by rendered bytes. */
  modules: { module: string; bytes: number }[];
}

async function bundleContent(root: string, minify: boolean): Promise<Rolldown.OutputChunk> {
  const out = (await build({
    configFile: false,
    root,
    logLevel: "error",
    build: {
      write: false,
      minify,
      target: ["chrome121", "firefox142"],
      lib: { entry: join(root, "src/content/index.ts"), formats: ["iife"], name: "fogwatchContent", fileName: () => "content.js" },
    },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const output = Array.isArray(out) ? out[0]!.output : out.output;
  const chunk = output.find((o): o is Rolldown.OutputChunk => o.type === "chunk");
  if (!chunk) throw new Error("no chunk built for src/content/index.ts");
  return chunk;
}

/** Bundles the content script from the tree and says what it is made of. */
export async function measureContentBundle(root: string, top = 12): Promise<BundleBreakdown> {
  const plain = await bundleContent(root, false);
  const minified = await bundleContent(root, true);
  const gz = (s: string) => gzipSync(s, { level: 9 }).length;
  const byModule = Object.entries(plain.modules ?? {}).map(([id, m]) => ({
    // From node_modules/ on for packages (node_modules may be a symlink that resolves outside the root).
    module: relative(root, id.replace(/^\0/, "").split("?")[0]!).replace(/^(?:\.\.\/)+.*?(?=node_modules\/)/, ""),
    bytes: (m as { renderedLength: number }).renderedLength,
  }));
  byModule.sort((a, b) => b.bytes - a.bytes);
  const folders = new Map<string, number>();
  for (const m of byModule) {
    const folder = m.module.startsWith("node_modules/") ? m.module.split("/").slice(0, 2).join("/") : dirname(m.module);
    folders.set(folder, (folders.get(folder) ?? 0) + m.bytes);
  }
  return {
    raw: Buffer.byteLength(plain.code),
    gzip: gz(plain.code),
    minified: Buffer.byteLength(minified.code),
    minifiedGzip: gz(minified.code),
    folders: [...folders].map(([folder, bytes]) => ({ folder, bytes })).sort((a, b) => b.bytes - a.bytes),
    modules: byModule.slice(0, top),
  };
}
