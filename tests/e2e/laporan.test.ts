/**
 * The Laporan page in Chromium (issue 7): the demo operator of Kecamatan Sei Balai (README "Demo") opens Laporan
 * for 2023, sees the HTML preview (Tabel 3.2, capaian IKM 94,71 %), downloads the DOCX with visible progress (a ZIP
 * of more than 20 KB), and edits a generated paragraph: the edit is saved, marked "disunting" and printed in the
 * preview.
 */
import fs from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, screenshotPath } from "./support/browser";
import { masukSebagai } from "./support/masuk";
import { type E2eServer, startE2eServer } from "./support/server";

let server: E2eServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startE2eServer();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const pratinjau = () => page.frameLocator('[data-testid="pratinjau"]').locator("body");

describe("laporan in Chromium", () => {
  it("shows the 2023 preview with its generated tables and numbers", async () => {
    await masukSebagai(page, server.url, "operator_opd");
    await page.getByRole("navigation", { name: "Navigasi modul" }).getByText("Laporan", { exact: true }).click();
    await page.waitForURL(/\/laporan/);
    await page.goto(`${server.url}/laporan?tahun=2023`);
    expect(await page.getByTestId("judul-laporan").innerText()).toBe("Laporan Kinerja Kecamatan Sei Balai Tahun 2023");
    await pratinjau().getByText("KATA PENGANTAR").first().waitFor();
    const teks = await pratinjau().innerText();
    expect(teks).toContain("Tabel 3.2");
    expect(teks).toContain("94,71");
    await page.screenshot({ path: screenshotPath("laporan-pratinjau"), fullPage: true });
  });

  it("lists what is missing, linked to the module where it is entered", async () => {
    await page.getByRole("tab", { name: /Data belum tersedia \(1\)/ }).click();
    const daftar = page.getByTestId("daftar-hilang");
    expect(await daftar.innerText()).toContain("target dan realisasi indikator program/kegiatan 2023");
    expect(await daftar.getByRole("link", { name: "Buka Pengukuran" }).getAttribute("href")).toBe(
      "/pengukuran?opd=kecamatan-sei-balai&tahun=2023",
    );
  });

  it("downloads the DOCX with progress", async () => {
    await page.getByRole("tab", { name: "Unduh" }).click();
    const unduhan = page.waitForEvent("download", { timeout: 60_000 });
    const progres = page.getByTestId("unduh-progres").waitFor({ timeout: 60_000 });
    await page.getByTestId("unduh-docx").click();
    await progres;
    const d = await unduhan;
    expect(d.suggestedFilename()).toBe("LKjIP-2023-kecamatan-sei-balai.docx");
    const isi = fs.readFileSync((await d.path())!);
    expect(isi.subarray(0, 2).toString("latin1")).toBe("PK");
    expect(isi.length).toBeGreaterThan(20_000);
    expect(await page.getByTestId("unduh-hasil").innerText()).toContain("LKjIP-2023-kecamatan-sei-balai.docx");
  });

  it("edits a generated paragraph and shows it saved in the preview", async () => {
    await page.getByRole("tab", { name: "Paragraf otomatis" }).click();
    const kartu = page.getByTestId("narasi-bab1.wilayah");
    expect(await kartu.innerText()).toContain("9.286,9");
    await kartu.getByRole("button", { name: "Sunting" }).click();
    const teks = "Wilayah Kecamatan Sei Balai seluas 9.286,9 Ha terbagi atas 14 desa (disunting operator).";
    await kartu.getByRole("textbox").fill(teks);
    await kartu.getByTestId("simpan-narasi").click();
    await expect.poll(() => kartu.getAttribute("data-status")).toBe("disunting");
    expect(await kartu.getByTestId("status-narasi").textContent()).toBe("disunting");
    await page.screenshot({ path: screenshotPath("laporan-narasi"), fullPage: false });
    await page.getByRole("tab", { name: "Pratinjau" }).click();
    await pratinjau().getByText(teks).waitFor();
  });
});
