import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, screenshotPath } from "./support/browser";
import { masukSebagai } from "./support/masuk";
import { type E2eServer, startE2eServer } from "./support/server";

let server: E2eServer;
let browser: Browser;

beforeAll(async () => {
  server = await startE2eServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const MODULES = [
  "Perencanaan",
  "Perjanjian Kinerja",
  "Pengukuran",
  "Anggaran",
  "SKM",
  "Evaluasi",
  "Laporan",
  "Jejak audit",
  "Admin",
];

describe("app shell in Chromium", () => {
  it("renders the Indonesian frame with every module and the demo Pemda (signed in as the demo admin)", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await masukSebagai(page, server.url, "admin_pemda");
    const nav = page.getByRole("navigation", { name: "Navigasi modul" });
    for (const label of MODULES) await expect(nav.getByText(label, { exact: true }).isVisible()).resolves.toBe(true);
    await page.getByTestId("pemda-batu-bara").waitFor();
    expect(await page.getByTestId("pemda-batu-bara").innerText()).toContain("Kabupaten Batu Bara");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("id");
    await page.screenshot({ path: screenshotPath("shell-desktop"), fullPage: true });
    await page.close();
  });

  it("navigates to a module and switches to English", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await masukSebagai(page, server.url, "admin_pemda");
    // Evaluasi has its workspace now (issue 13, tests/e2e/evaluasi.test.ts): no placeholder left.
    await page.getByRole("navigation", { name: "Navigasi modul" }).getByText("Evaluasi", { exact: true }).click();
    await page.waitForURL(/\/evaluasi$/);
    await page.getByRole("heading", { level: 2, name: "Evaluasi" }).waitFor();
    expect(await page.getByText("Modul ini sedang disiapkan.").count()).toBe(0);
    await page.getByText("EN", { exact: true }).click();
    await page.getByRole("heading", { name: "Evaluation" }).waitFor();
    await page.close();
  });

  it("collapses the navigation behind a burger on a phone", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
    await masukSebagai(page, server.url, "operator_opd");
    const burger = page.getByRole("button", { name: "Menu", exact: true });
    await burger.waitFor();
    const nav = page.getByRole("navigation", { name: "Navigasi modul" });
    // Collapsed: Mantine slides the navbar out of the viewport (it stays in the DOM).
    const hidden = await nav.boundingBox();
    expect(hidden && hidden.x + hidden.width).toBeLessThanOrEqual(0);
    await burger.click();
    await expect.poll(async () => (await nav.boundingBox())?.x ?? -1, { timeout: 5000 }).toBeGreaterThanOrEqual(0);
    await page.screenshot({ path: screenshotPath("shell-phone") });
    await page.close();
  });
});
