/**
 * `npm start` as a user runs it (scripts/start.mjs): builds if needed, migrates, loads the demo on the first start,
 * prints the URL, serves /healthz and the UI; a second start reuses the data folder; SIGTERM stops it cleanly (exit 0).
 */
import fs from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { jalankanServer, type ProsesServer } from "../support/server-proses";
import { tempDataDir } from "./support/browser";

const dataDir = tempDataDir();
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function start(): Promise<ProsesServer> {
  return jalankanServer(
    ["scripts/start.mjs", "--port", "0"],
    { SAKIP_DATA_DIR: dataDir, LOG_LEVEL: "warn", DATABASE_URL: "", NODE_ENV: "development" },
    60_000,
  );
}

describe("npm start", () => {
  // Timings are measured by `npm run bench` (start-up cases), not asserted here.
  it("serves /healthz and the UI on a new data folder, then again on the existing one", async () => {
    const first = await start();
    const health = await fetch(`${first.url}/healthz`);
    expect(health.status).toBe(200);
    const page = await fetch(`${first.url}/`);
    expect(await page.text()).toContain('<div id="root">');
    expect(await first.berhenti()).toBe(0);

    const second = await start();
    expect((await fetch(`${second.url}/healthz`)).status).toBe(200);
    expect(await second.berhenti()).toBe(0);
  });
});
