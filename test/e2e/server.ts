/** A tiny static server on 127.0.0.1 for the fixture pages (the browser resolves no other host). */
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";

const FIXTURES = join(import.meta.dirname, "..", "fixtures");
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".css": "text/css", ".json": "application/json", ".txt": "text/plain; charset=utf-8",
};

/** Breaks DOM methods in the page's own world; the extension's isolated world must not care. */
const HOSTILE = `<script>
for (const [proto, names] of [[Element.prototype, ["setAttribute", "removeAttribute", "closest", "attachShadow"]],
  [Node.prototype, ["appendChild", "insertBefore", "removeChild", "normalize"]], [Text.prototype, ["splitText"]],
  [Document.prototype, ["querySelector", "querySelectorAll", "createElement", "createTreeWalker"]]]) {
  for (const name of names) proto[name] = function () { throw new Error("hostile page: " + name); };
}
window.MutationObserver = function () { throw new Error("hostile page: MutationObserver"); };
</script>`;

/** Adds a paragraph to the story a while after load, as live pages do. */
const GROWING = `<script>
setTimeout(() => {
  const p = document.createElement("p");
  p.textContent = "Russia's Defence Ministry said on Friday that its forces had destroyed 12 Ukrainian tanks near Bakhmut, a claim that could not be independently verified.";
  document.querySelector(".story-body").append(p);
}, 1500);
</script>`;

export interface FixtureServer {
  origin: string;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** The folder served (default test/fixtures). */
  root?: string;
  /** Serve /hostile/<seed page> and /growing/<seed page> as variants of the seed pages (default true). */
  variants?: boolean;
  /** Extra response headers for a path (e.g. a Content-Security-Policy). */
  headers?: (path: string) => Record<string, string>;
  /** Told the path of every request, before it is answered. */
  onRequest?: (path: string) => void;
}

/**
 * Serves test/fixtures (or `root`): /seed/…, /e2e/…, and unless `variants` is false /hostile/<seed page>
 * and /growing/<seed page>.
 */
export async function startServer(options: ServerOptions = {}): Promise<FixtureServer> {
  const { root = FIXTURES, variants = true, headers, onRequest } = options;
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    onRequest?.(path);
    const [, variant] = (variants && /^\/(hostile|growing)\//.exec(path)) || [];
    const file = normalize(join(root, variant ? path.replace(`/${variant}/`, "/seed/") : path));
    if (!file.startsWith(root + "/")) return void res.writeHead(403).end();
    try {
      let body: Buffer | string = await readFile(file);
      if (variant === "hostile") body = body.toString("utf8").replace("<head>", `<head>${HOSTILE}`);
      if (variant === "growing") body = body.toString("utf8").replace("</body>", `${GROWING}</body>`);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", ...headers?.(path) }).end(body);
    } catch {
      res.writeHead(path === "/favicon.ico" ? 204 : 404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
