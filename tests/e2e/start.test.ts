/**
 * `npm start` as a user runs it (scripts/start.mjs): builds if needed, migrates, loads the demo on the first start,
 * prints the URL, serves /healthz and the UI; a second start reuses the data folder; SIGTERM stops it cleanly (exit 0).
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { tempDataDir } from "./support/browser";

const ROOT = path.resolve(import.meta.dirname, "../..");
const dataDir = tempDataDir();
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function start(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [path.join(ROOT, "scripts/start.mjs"), "--port", "0"], {
    cwd: ROOT,
    env: { ...process.env, SAKIP_DATA_DIR: dataDir, LOG_LEVEL: "warn", DATABASE_URL: "", NODE_ENV: "development" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed within 60 s:\n${out}`)), 60_000);
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /berjalan di (http:\/\/[\d.]+:\d+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once("exit", (code) => reject(new Error(`exited with ${code}:\n${out}`)));
  });
  return { child, url };
}

async function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.once("exit", (code) => resolve(code));
    child.kill("SIGTERM");
  });
}

describe("npm start", () => {
  // Timings are measured by `npm run bench` (start-up cases), not asserted here.
  it("serves /healthz and the UI on a new data folder, then again on the existing one", async () => {
    const first = await start();
    const health = await fetch(`${first.url}/healthz`);
    expect(health.status).toBe(200);
    const page = await fetch(`${first.url}/`);
    expect(await page.text()).toContain('<div id="root">');
    expect(await stop(first.child)).toBe(0);

    const second = await start();
    expect((await fetch(`${second.url}/healthz`)).status).toBe(200);
    expect(await stop(second.child)).toBe(0);
  });
});
