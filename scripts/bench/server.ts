/**
 * The bench's static server on 127.0.0.1. test/e2e/server.ts serves test/fixtures only; the bench
 * also needs the shared data sets and the generated live blog, so it has this small one (same
 * paths for the fixtures: /seed/…, /pages/…, /e2e/…, which late-article.html relies on).
 */
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import type { PageSet } from "./pages.ts";

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".json": "application/json", ".txt": "text/plain; charset=utf-8" };
/**
 * Cross-origin isolation: performance.now() then has 5 µs resolution instead of 100 µs (the floor
 * and detection on small pages take a few tenths of a millisecond). Nothing cross-origin loads
 * anyway: the browser resolves no host but 127.0.0.1.
 */
const ISOLATED = { "cross-origin-opener-policy": "same-origin", "cross-origin-embedder-policy": "require-corp" };

export interface BenchServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves each set under its prefix, and `generated` pages (path → HTML) as they are. */
export async function startBenchServer(sets: readonly PageSet[], generated: ReadonlyMap<string, string>): Promise<BenchServer> {
  // Longest prefix first: /shared/seed/ before /seed/.
  const ordered = [...sets].sort((a, b) => b.prefix.length - a.prefix.length);
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const html = generated.get(path);
    if (html !== undefined) return void res.writeHead(200, { ...ISOLATED, "content-type": TYPES[".html"] }).end(html);
    const set = ordered.find((s) => path.startsWith(s.prefix));
    const file = set ? normalize(join(set.dir, path.slice(set.prefix.length))) : null;
    if (!set || !file || !file.startsWith(set.dir + "/")) return void res.writeHead(path === "/favicon.ico" ? 204 : 404).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { ...ISOLATED, "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
