/**
 * English mode (issue 15): workflow states and actions, capaian categories and deadline kinds in English, one number
 * format on a page (id-ID in both languages, ADR 0056), and the password-reset page saying at once that it is not
 * available when the server has no SMTP; no raw permission codes or database badge. Fails when an ordinary
 * Indonesian UI word shows up in English mode.
 */
import type { Browser, Page } from "playwright-core";
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

/**
 * Ordinary Indonesian UI words (not domain terms such as Renstra, IKU, PK, LKjIP) that must not appear in English
 * mode. Matched case-insensitively (badges are upper-cased by CSS) as whole words.
 */
const KATA_INDONESIA = [
  "draf",
  "diajukan",
  "disetujui",
  "terkunci",
  "ajukan",
  "setujui",
  "tarik kembali",
  "buka kunci",
  "simpan",
  "batal",
  "memuat",
  "sangat tinggi",
  "realisasi triwulan",
  "januari",
  "februari",
  "juli",
  "oktober",
  "desember",
];

function kataIndonesia(teks: string): string[] {
  return KATA_INDONESIA.filter((k) => new RegExp(`(^|[^\\p{L}])${k}($|[^\\p{L}])`, "iu").test(teks));
}

async function masukInggris(page: Page): Promise<void> {
  await masukSebagai(page, server.url, "admin_pemda");
  await page.getByText("EN", { exact: true }).click();
  await page.getByRole("navigation", { name: "Navigasi modul" }).getByText("Measurement", { exact: true }).waitFor();
}

describe("English mode", () => {
  it("shows workflow states, actions, categories and numbers in one format on the measurement page", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await masukInggris(page);
    await page.goto(`${server.url}/pengukuran?opd=kecamatan-sei-balai&tahun=2023`);
    const tabel = page.getByTestId("tabel-iku");
    await tabel.waitFor({ timeout: 60_000 });
    await page.getByTestId("status-pengukuran").waitFor();
    expect(await page.getByTestId("status-pengukuran").innerText()).toMatch(/^draft$/i);
    await page.getByTestId("status-periode").getByRole("button", { name: "Submit", exact: true }).waitFor();
    const kategori = page.locator('[data-testid$="-kategori"]').first();
    expect(await kategori.innerText()).toMatch(/^very high$/i);
    // the dashboard: server targets ("85,00") next to client figures — all id-ID, no "100.27"
    const dasbor = await page.getByTestId("dasbor").innerText();
    expect(dasbor).toMatch(/\d,\d{2}%/);
    expect(dasbor).not.toMatch(/\d\.\d{2}(?!\d)/);
    const teks = await page.getByTestId("status-periode").innerText();
    expect(kataIndonesia(teks + (await tabel.innerText()) + dasbor)).toEqual([]);
    await page.screenshot({ path: screenshotPath("inggris-pengukuran"), fullPage: false });
    await page.close();
  });

  it("keeps the budget page in the one number format and the home deadlines in English", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await masukInggris(page);
    await page.goto(`${server.url}/anggaran?opd=kecamatan-sei-balai&tahun=2023`);
    await page.getByText("3.135.926.319,00").first().waitFor({ timeout: 60_000 });
    const anggaran = await page.locator("main").innerText();
    expect(anggaran).not.toMatch(/\d,\d{3}\.\d{2}/);
    expect(kataIndonesia(await page.getByTestId("status-periode").innerText())).toEqual([]);

    await page.goto(`${server.url}/`);
    const kerja = page.getByTestId("daftar-kerja");
    await kerja.waitFor({ timeout: 60_000 });
    const teksKerja = await kerja.innerText();
    expect(teksKerja).toContain("Waiting for you");
    expect(kataIndonesia(teksKerja)).toEqual([]);
    // no technical database badge (engine name) on the home page
    await page.getByTestId("pemda-batu-bara").waitFor();
    expect(await page.locator("main").innerText()).not.toMatch(/pglite|postgres/i);

    // Admin › Roles and permissions: permissions in words, not raw codes
    await page.goto(`${server.url}/admin/peran`);
    const matriks = page.getByTestId("matriks-peran");
    await matriks.waitFor({ timeout: 60_000 });
    const teksMatriks = await matriks.innerText();
    expect(teksMatriks).toContain("Manage users and roles");
    expect(teksMatriks).not.toContain("pengguna.kelola");
    await page.close();
  });

  it("shows the LKE state and actions in English on the evaluation page", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await masukInggris(page);
    await page.goto(`${server.url}/evaluasi?opd=kecamatan-sei-balai&tahun=2023`);
    const status = page.getByTestId("status-evaluasi");
    await status.waitFor({ timeout: 60_000 });
    const teks = await status.locator("xpath=..").innerText();
    expect(teks).toMatch(/draft|submitted|assessed|final/i);
    expect(kataIndonesia(teks)).toEqual([]);
    await page.close();
  });

  it("says at once that password reset is unavailable when the server has no SMTP", async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 700 } });
    await page.addInitScript(() => localStorage.setItem("sakip.locale", "en"));
    await page.goto(`${server.url}/lupa-kata-sandi`);
    await page.getByTestId("lupa-tidak-tersedia").waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("lupa-tidak-tersedia").innerText()).toContain("not available");
    expect(await page.getByRole("button", { name: "Send link" }).count()).toBe(0);
    await page.close();
  });
});
