import { defineConfig, type Plugin } from "vite";
import { crx, type CrxPlugin, type ManifestV3Export } from "@crxjs/vite-plugin";
import preact from "@preact/preset-vite";
import manifest from "./manifest.json" with { type: "json" };

/**
 * One dist/ for Chromium and Firefox: Chromium (121+) ignores `background.scripts` when
 * `service_worker` is present, Firefox needs `scripts`. crxjs writes the service worker entry; this
 * adds the same file as `scripts` once output names are known.
 */
function firefoxBackground(): CrxPlugin {
  return {
    name: "fogwatch:firefox-background",
    enforce: "post",
    renderCrxManifest(m) {
      const bg = m.background;
      if (bg && "service_worker" in bg) m.background = { ...bg, scripts: [bg.service_worker] } as typeof bg;
      return m;
    },
  };
}

export default defineConfig({
  plugins: [
    preact(),
    crx({
      manifest: manifest as ManifestV3Export,
      // Built as one self-contained IIFE: no loader that import()s chunks, so nothing has to be
      // web-accessible and pages cannot probe for the extension.
      contentScripts: { standaloneFiles: ["src/content/index.ts"] },
    }),
    firefoxBackground() as Plugin,
  ],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: ["chrome121", "firefox142"],
    // Minified: the content script is parsed on every page a reader opens (budget: 40 KB gzip).
    minify: true,
    sourcemap: false,
  },
});
