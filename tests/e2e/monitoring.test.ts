/**
 * Monitoring and the worklist in Chromium (issue 15 acceptance): the admin sees all 38 demo OPDs
 * (src/demo/data/opd-list.ts, the Inspektorat's recap) with a state per module; an operator submits a
 * module on the home page and the pimpinan's home page shows it waiting for approval.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { opdList } from "../../src/demo/data/opd-list";
import { launchBrowser, screenshotPath } from "./support/browser";
import { masukSebagai } from "./support/masuk";
import { type E2eServer, startE2eServer } from "./support/server";

let server: E2eServer;
let browser: Browser;

async function halamanBaru(): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  return ctx.newPage();
}

beforeAll(async () => {
  server = await startE2eServer();
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("monitoring in Chromium", () => {
  it("shows the admin every demo OPD with its states", async () => {
    const page = await halamanBaru();
    await masukSebagai(page, server.url, "admin_pemda");
    await page.getByRole("navigation", { name: "Navigasi modul" }).getByText("Monitoring", { exact: true }).click();
    await page.waitForURL(/\/monitoring/);
    await page.goto(`${server.url}/monitoring?tahun=2023`);
    await page.getByTestId("tabel-monitoring").waitFor();
    await expect.poll(() => page.locator("[data-testid=tabel-monitoring] tbody tr").count()).toBe(opdList.length);
    // seven module cells per row, each with a stage
    expect(await page.locator("[data-testid=tabel-monitoring] td[data-tahap]").count()).toBe(opdList.length * 7);
    const sei = await page.locator('tr[data-opd="kecamatan-sei-balai"]').innerText();
    expect(sei).toContain("Kecamatan Sei Balai");
    await page.screenshot({ path: screenshotPath("monitoring"), fullPage: true });
  }, 180_000);

  it("puts an operator's submission on the pimpinan's home page", async () => {
    const op = await halamanBaru();
    await masukSebagai(op, server.url, "operator_opd");
    // 2023 has the demo's data; an empty year cannot be submitted (the check before Ajukan, ADR 0027)
    await op.goto(`${server.url}/pengukuran?tahun=2023`);
    const kartu = op.getByTestId("status-periode");
    await kartu.getByTestId("status-pengukuran").waitFor();
    await kartu.getByRole("button", { name: "Ajukan" }).first().click();
    await op.getByTestId("cek-ajukan").waitFor();
    await op.getByTestId("konfirmasi-tindakan").click();
    await expect.poll(() => kartu.getByTestId("status-pengukuran").innerText()).toMatch(/Diajukan/i);

    const pim = await halamanBaru();
    await masukSebagai(pim, server.url, "pimpinan_opd");
    const kerja = pim.getByTestId("kerja-setujui");
    await kerja.waitFor();
    // the home page opens on this year; a submission of an earlier year still waits there
    expect(await kerja.innerText()).toContain("Pengukuran 2023");
    await pim.screenshot({ path: screenshotPath("daftar-kerja-pimpinan"), fullPage: true });
  }, 180_000);
});
