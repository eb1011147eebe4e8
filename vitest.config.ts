/// <reference types="vitest/config" />
import { defineConfig } from "vitest/config";
import preact from "@preact/preset-vite";

// Unit tests (core: node env), DOM tests (page: jsdom via a per-file pragma) and popup component tests.
// End-to-end tests in real Chromium have their own config: vitest.e2e.config.ts.
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
    exclude: ["test/e2e/**", "node_modules/**"],
    environment: "node",
  },
});
