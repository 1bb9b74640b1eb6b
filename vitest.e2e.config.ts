import { defineConfig } from "vitest/config";

// End-to-end: the real server on a temporary PGlite folder, driven in Debian Chromium by playwright-core.
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.test.ts"],
    globalSetup: ["tests/e2e/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    env: { TZ: "Asia/Jakarta" },
  },
});
