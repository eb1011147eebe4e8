import { defineConfig } from "vitest/config";

// End-to-end tests: the built extension (dist/, from `npm run build`) in Debian's Chromium through
// playwright-core, and in firefox-esr through WebDriver BiDi when it is installed. One browser per
// file, files one after another.
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.e2e.test.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The Firefox tests speak WebDriver BiDi over the global WebSocket, which Node 20 hides behind a flag.
    execArgv: typeof WebSocket === "undefined" ? ["--experimental-websocket"] : [],
  },
});
