/**
 * The Petugas SKM in Chromium (issue 12): the demo Petugas SKM of Kecamatan Sei Balai (README "Demo") sees only the
 * home page and SKM in the navigation, and an address of another module says in words which permission is missing;
 * adds a service and an open period, types two paper questionnaires with the keyboard only (a wrong digit is flagged
 * and refused first), and sees the IKM computed from them: answers 4,4,… and 3,3,… give NRR 3,5 per unsur, so
 * IKM = 9 × 3,5 × 0,111 × 25 = 87,41 (mutu B) with the default bobot 0,111 (regulations.md §1.5–1.6).
 * Screenshots at 1366 and 390 px.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, screenshotPath } from "./support/browser";
import { masukSebagai } from "./support/masuk";
import { type E2eServer, startE2eServer } from "./support/server";

let server: E2eServer;
let browser: Browser;
let page: Page;
const akhiran = Date.now().toString(36);
const LAYANAN = `e2e-${akhiran}`;
const PERIODE = `e2e-${akhiran}`;

function hari(geser: number): string {
  const d = new Date(Date.now() + geser * 86_400_000);
  return d.toISOString().slice(0, 10);
}

beforeAll(async () => {
  server = await startE2eServer();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function ketik(teks: string) {
  for (const ch of teks) await page.keyboard.press(ch);
}

describe("Petugas SKM in Chromium", () => {
  it("sees only the home page and SKM, and a forbidden address explains the missing permission", async () => {
    await masukSebagai(page, server.url, "petugas_skm");
    const nav = page.getByRole("navigation", { name: "Navigasi modul" });
    const label = (await nav.getByRole("link").allInnerTexts()).map((x) => x.trim());
    expect(label).toEqual(["Beranda", "SKM"]);
    await page.goto(`${server.url}/anggaran`);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    const teks = await alert.innerText();
    expect(teks).toContain("Peran Anda tidak memiliki izin untuk melihat data anggaran");
    expect(teks).not.toContain("anggaran.baca");
  });

  it("adds a service and an open period", async () => {
    await page.getByRole("navigation", { name: "Navigasi modul" }).getByText("SKM", { exact: true }).click();
    await page.waitForURL(/\/skm/);
    await page.getByRole("tab", { name: "Layanan & periode" }).click();
    await page.getByLabel("Kode").first().fill(LAYANAN);
    await page.getByLabel("Nama", { exact: true }).fill("Loket Uji E2E");
    await page.getByRole("button", { name: "Simpan layanan" }).click();
    await page.getByTestId("tabel-layanan").getByText(LAYANAN, { exact: true }).waitFor();
    await page.getByLabel("Kode").nth(1).fill(PERIODE);
    await page.getByLabel("Mulai").fill(hari(-1));
    await page.getByLabel("Selesai").fill(hari(30));
    await page.getByRole("button", { name: "Simpan periode" }).click();
    await page.getByTestId("tabel-periode").getByText(PERIODE, { exact: true }).waitFor();
    await page.screenshot({ path: screenshotPath("skm-layanan-1366"), fullPage: true });
  });

  it("enters two paper respondents with the keyboard and sees the IKM change", async () => {
    await page.getByTestId("pilih-periode").click();
    await page.getByRole("option", { name: new RegExp(`^${PERIODE}`) }).click();
    await page.getByRole("tab", { name: "Hasil" }).click();
    await page.getByTestId("skm-ikm").waitFor();
    const sebelum = await page.getByTestId("skm-ikm").innerText();
    expect(sebelum).toBe("–");

    await page.getByRole("tab", { name: "Entri kertas" }).click();
    await page.getByTestId("pilih-layanan-entri").click();
    await page.getByRole("option", { name: new RegExp(LAYANAN) }).click();
    await page.getByTestId("sel-0-u1").focus();
    // a wrong digit is flagged where it was typed and blocks saving
    await ketik("7");
    expect(await page.getByTestId("sel-0-u1").getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByTestId("galat-kertas").innerText()).toContain("jawaban harus angka 1–4");
    await page.keyboard.press("Backspace");
    // respondent 1: nine 4s (the cursor moves on by itself), age, sex, education, occupation, Enter → next row
    await ketik("444444444");
    await ketik("35");
    await page.keyboard.press("Tab");
    await ketik("P");
    await page.keyboard.press("Tab");
    await ketik("SMA");
    await page.keyboard.press("Tab");
    await ketik("SWASTA");
    await page.keyboard.press("Enter");
    // respondent 2: nine 3s, no profile
    await ketik("333333333");
    expect(await page.getByTestId("sel-1-u9").inputValue()).toBe("3");
    await page.screenshot({ path: screenshotPath("skm-entri-1366"), fullPage: true });
    await page.getByTestId("simpan-kertas").click();
    await page.getByTestId("pesan-kertas").waitFor();
    expect(await page.getByTestId("pesan-kertas").innerText()).toContain("2 responden tersimpan");

    await page.getByRole("tab", { name: "Hasil" }).click();
    await expect.poll(() => page.getByTestId("skm-ikm").innerText(), { timeout: 20_000 }).toBe("87,41");
    expect(await page.getByTestId("skm-mutu").innerText()).toContain("B");
    expect(await page.getByTestId("skm-responden").innerText()).toBe("2");
    await page.screenshot({ path: screenshotPath("skm-hasil-1366"), fullPage: true });
  });

  it("fits a 390 px phone", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId("skm-ikm").waitFor();
    await page.screenshot({ path: screenshotPath("skm-hasil-390"), fullPage: true });
    const lebar = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(lebar).toBeLessThanOrEqual(390);
    await page.getByRole("tab", { name: "Entri kertas" }).click();
    await page.getByTestId("grid-kertas").waitFor();
    await page.screenshot({ path: screenshotPath("skm-entri-390"), fullPage: true });
    await page.getByRole("tab", { name: "Dokumen" }).click();
    await page.getByTestId("unduh-laporan-docx").waitFor();
    await page.screenshot({ path: screenshotPath("skm-dokumen-390"), fullPage: true });
  });
});
