import { defineConfig } from "vitest/config";

// Small (pure) tests live next to the code; medium (integration) tests under tests/integration.
// `npm test` runs both on embedded PGlite. `npm run test:pg` runs tests/integration on PostgreSQL.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "tests/integration/**/*.test.ts", "tests/unit/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
    env: { TZ: "Asia/Jakarta" },
  },
});
