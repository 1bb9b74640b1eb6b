/**
 * Debian Chromium driven by playwright-core (no browser download). Flags: headless, no sandbox as root, and no
 * background networking (this machine has no network beyond the package registries).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Browser, chromium } from "playwright-core";

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(
    Boolean,
  ) as string[];
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found)
    throw new Error(`Chromium tidak ditemukan (dicoba: ${candidates.join(", ")}); pasang: apt-get install chromium`);
  return found;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
}

export function screenshotPath(name: string): string {
  const dir = path.resolve(import.meta.dirname, "../screenshots");
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name}.png`);
}

export function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "sakip-e2e-"));
}
