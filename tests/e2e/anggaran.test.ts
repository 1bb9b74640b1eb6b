/**
 * Budget in Chromium (issue 6): the demo operator of Kecamatan Sei Balai (README "Demo") opens Anggaran, sees the
 * 2023 DPA tree and its totals (3.135.926.319,00 / 2.933.929.410,00 / 93,56 %, SEED 1807), filters by program and
 * class, opens the LKjIP tables, and runs the import wizard's preview with the seed appendix
 * (tests/fixtures/anggaran/sei-balai-2023-pengawasan.tsv): nothing to change, the seed's 7 reconciliation findings.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEI_BALAI_TSV_PATH } from "../fixtures/anggaran/sei-balai";
import { launchBrowser, screenshotPath } from "./support/browser";
import { masukSebagai } from "./support/masuk";
import { type E2eServer, startE2eServer } from "./support/server";

let server: E2eServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startE2eServer();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("anggaran in Chromium", () => {
  it("shows the demo tree and its totals to the operator", async () => {
    await masukSebagai(page, server.url, "operator_opd");
    await page.getByRole("navigation", { name: "Navigasi modul" }).getByText("Anggaran", { exact: true }).click();
    await page.waitForURL(/\/anggaran/);
    await page.getByTestId("pohon-anggaran").waitFor();
    const total = await page.getByTestId("anggaran-total").innerText();
    expect(total).toContain("3.135.926.319,00");
    expect(total).toContain("2.933.929.410,00");
    expect(total).toContain("93,56%");
    const jumlah = await page.getByTestId("pohon-jumlah").innerText();
    expect(jumlah).toContain("201.996.909,00");
    const penunjang = await page.getByTestId("node-X.XX.01").innerText();
    expect(penunjang).toContain("2.650.313.819,00");
    expect(penunjang).toContain("93,45%");
    // Kegiatan rows are shown under their program; sub-kegiatan open on demand.
    await page.getByTestId("node-X.XX.01.2.02").waitFor();
    await page.getByRole("button", { name: /X\.XX\.01\.2\.02$/ }).click();
    expect(await page.getByTestId("node-X.XX.01.2.02.0001").innerText()).toContain("1.972.469.173,00");
    await page.screenshot({ path: screenshotPath("anggaran-pohon"), fullPage: true });
  });

  it("filters by belanja class and shows the per-class table (Tabel 3.17, SEED 999-1005)", async () => {
    await page.getByLabel("Kelas belanja").getByText("Modal", { exact: true }).click();
    await expect.poll(() => page.getByTestId("node-7.01.03").count()).toBe(1);
    expect(await page.getByTestId("node-7.01.04").count()).toBe(0); // no modal realisasi in program 04
    expect(await page.getByTestId("pohon-jumlah").innerText()).toContain("11.000.000,00");
    await page.getByRole("tab", { name: "Per kelas belanja" }).click();
    const kelas = await page.getByTestId("tabel-kelas").innerText();
    expect(kelas).toContain("2.013.689.173,00");
    expect(kelas).toContain("96,78%");
    expect(kelas).toContain("25,88%");
  });

  it("previews the seed appendix in the import wizard: no change, the seed's reconciliation findings", async () => {
    await page.getByTestId("buka-impor").click();
    await page.locator('input[type="file"]').setInputFiles(SEI_BALAI_TSV_PATH.pathname);
    await page.getByTestId("impor-pratinjau").click();
    await page.getByTestId("impor-hasil-pratinjau").waitFor();
    expect(await page.getByTestId("impor-perubahan").innerText()).toContain("tidak ada yang akan diubah");
    expect(await page.getByTestId("impor-anggaran-sesudah").innerText()).toBe("3.135.926.319,00");
    const rekon = await page.getByTestId("impor-rekonsiliasi").innerText();
    expect(rekon).toContain("Rekonsiliasi: 7 temuan");
    expect(rekon).toContain("(7.01.06) tidak tercetak");
    await page.screenshot({ path: screenshotPath("anggaran-impor-pratinjau"), fullPage: true });
    await page.getByTestId("impor-konfirmasi").click();
    expect(await page.getByTestId("impor-selesai").innerText()).toMatch(/^Tanpa perubahan/);
  });
});
