import { defineConfig } from "vite";

// Builds the CLI (src/cli) for Node: one ES module, jsdom and Node's built-ins left external.
export default defineConfig({
  build: {
    ssr: "src/cli/main.ts",
    outDir: "dist-cli",
    emptyOutDir: true,
    target: "node20",
    rollupOptions: { external: ["jsdom"], output: { entryFileNames: "fogwatch.js", format: "es" } },
  },
  ssr: { noExternal: true, external: ["jsdom"] },
});
