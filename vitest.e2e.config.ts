import { defineConfig } from "vitest/config";

// End-to-end tests: the built extension (dist/, from `npm run build`) in Debian's Chromium through
// playwright-core. One browser per file, files one after another.
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.e2e.test.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
