#!/usr/bin/env node
// Renders icons/icon.svg to the PNG sizes the manifest names (icons/icon-<size>.png).
// Runs before `vite build`: crxjs stops with "Could not load manifest asset" when an icon is missing.
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { Resvg } from "@resvg/resvg-js";

const dir = resolve(import.meta.dirname, "..", "icons");
const svg = readFileSync(join(dir, "icon.svg"));
for (const size of [16, 32, 48, 128]) {
  const png = new Resvg(svg, { fitTo: { mode: "width", value: size } }).render().asPng();
  writeFileSync(join(dir, `icon-${size}.png`), png);
}
