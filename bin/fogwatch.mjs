#!/usr/bin/env node
// Entry point of the `fogwatch` command: runs the CLI built by `npm run build` (dist-cli/).
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const built = fileURLToPath(new URL("../dist-cli/fogwatch.js", import.meta.url));
if (!existsSync(built)) {
  process.stderr.write("fogwatch: not built yet; run `npm run build` first\n");
  process.exit(2);
}
const { main } = await import(pathToFileURL(built).href);
main(process.argv.slice(2));
