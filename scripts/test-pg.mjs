#!/usr/bin/env node
// `npm run test:pg`: the integration suite on a PostgreSQL server given by TEST_DATABASE_URL.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

if (!process.env.TEST_DATABASE_URL) {
  process.stderr.write("TEST_DATABASE_URL belum diisi, contoh: postgres://postgres:postgres@127.0.0.1:5432/postgres\n");
  process.exit(2);
}
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const result = spawnSync(
  process.execPath,
  [path.join(root, "node_modules/vitest/vitest.mjs"), "run", "tests/integration", ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: "inherit",
  },
);
process.exit(result.status ?? 1);
