#!/usr/bin/env node
// `npm run test:pg`: the integration suite (API, services and `sakip` commands) on a PostgreSQL server given by
// TEST_DATABASE_URL; each test file makes its own database there and drops it afterwards.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

if (!process.env.TEST_DATABASE_URL) {
  process.stderr.write("TEST_DATABASE_URL belum diisi, contoh: postgres://postgres:postgres@127.0.0.1:5432/postgres\n");
  process.exit(2);
}
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// `npm run test:pg -- tests/integration/cli-user.test.ts` runs only the files named; with no file, the whole suite.
// The `sakip` command tests in it (tests/integration/*cli*.test.ts, demo-idempoten) run on this server too: they
// open their environment with openCliTestEnv / cliSetelahDemo (tests/support), which sets DATABASE_URL to a fresh
// database here. Only cli-kunci-folder stays on an embedded folder: the data-folder lock is what it tests.
const args = process.argv.slice(2);
const filters = args.some((a) => !a.startsWith("-")) ? [] : ["tests/integration"];
const result = spawnSync(
  process.execPath,
  [path.join(root, "node_modules/vitest/vitest.mjs"), "run", ...filters, ...args],
  {
    cwd: root,
    stdio: "inherit",
  },
);
process.exit(result.status ?? 1);
