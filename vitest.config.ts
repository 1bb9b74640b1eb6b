import os from "node:os";
import { defineConfig } from "vitest/config";

// Small (pure) tests live next to the code; medium (integration) tests under tests/integration.
// `npm test` runs both on embedded PGlite. `npm run test:pg` runs tests/integration on PostgreSQL.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "tests/integration/**/*.test.ts", "tests/unit/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    // The first files of a run may wait in beforeAll for the demo template (tests/support/test-database.ts) that one
    // of them builds: 190–370 s on a 2-core machine loaded by other work (measured, session 8), ~30 s when quiet.
    hookTimeout: 600_000,
    pool: "forks",
    // Vitest's default is one worker fewer than the cores: one worker on the 2-core machines CI and we run on, which
    // leaves a core idle while a file waits on its embedded database. Two files at a time on such a machine.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    env: { TZ: "Asia/Jakarta" },
  },
});
