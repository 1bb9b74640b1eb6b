/**
 * The "Jawaban" tab of the SKM page in Chromium (issue 12): the demo Petugas SKM of Kecamatan Sei Balai adds a service
 * and an open period, types three paper questionnaires, then in "Jawaban" lists them, corrects one (an answer and the
 * respondent's age and education; the reason is required: the save button stays disabled without it), voids another
 * (reason required too), and the IKM on the results panel follows. The expected IKM is computed here from the rows
 * the tab shows as counted (Σ over unsur of the mean answer × 0,111 × 25, half-up to 2 dp, the default rule the demo
 * Pemda uses; regulations.md §1.5–1.6), not written in.
 */
import Decimal from "decimal.js";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, screenshotPath } from "./support/browser";
import { masukSebagai } from "./support/masuk";
import { type E2eServer, startE2eServer } from "./support/server";

let server: E2eServer;
let browser: Browser;
let page: Page;
const akhiran = Date.now().toString(36);
const LAYANAN = `e2j-${akhiran}`;
const PERIODE = `e2j-${akhiran}`;

function hari(geser: number): string {
  return new Date(Date.now() + geser * 86_400_000).toISOString().slice(0, 10);
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

interface BarisTabel {
  u: number[];
  profil: string;
  batal: boolean;
}

/** The rows of the answers table as shown: U1…U9 (columns 4–12), profile, and whether the row is voided. */
async function bacaTabel(): Promise<BarisTabel[]> {
  const rows = page.getByTestId("tabel-jawaban").locator("tbody tr");
  const n = await rows.count();
  const hasil: BarisTabel[] = [];
  for (let i = 0; i < n; i++) {
    const sel = await rows.nth(i).locator("td").allInnerTexts();
    hasil.push({
      u: sel.slice(3, 12).map((x) => Number(x.trim())),
      profil: (sel[12] ?? "").trim(),
      batal: (sel[13] ?? "").toLowerCase().includes("dibatalkan"), // the badge is upper-cased by CSS
    });
  }
  return hasil;
}

/** IKM of the counted rows: Σ_u mean(u) × 0,111 × 25, half-up to 2 dp, written as id-ID ("87,41"). */
function ikmDari(baris: BarisTabel[]): string {
  const aktif = baris.filter((b) => !b.batal);
  let jumlah = new Decimal(0);
  for (let u = 0; u < 9; u++) {
    const nrr = aktif.reduce((s, b) => s.plus(b.u[u] ?? 0), new Decimal(0)).div(aktif.length);
    jumlah = jumlah.plus(nrr.times("0.111"));
  }
  return jumlah.times(25).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2).replace(".", ",");
}

async function barisDengan(semua: number): Promise<number> {
  const t = await bacaTabel();
  const i = t.findIndex((b) => b.u.every((x) => x === semua));
  expect(i, `row of ${semua}s`).toBeGreaterThanOrEqual(0);
  return i;
}

describe("SKM answers tab in Chromium", () => {
  it("prepares a service, an open period and three paper answers", async () => {
    await masukSebagai(page, server.url, "petugas_skm");
    await page.getByRole("navigation", { name: "Navigasi modul" }).getByText("SKM", { exact: true }).click();
    await page.waitForURL(/\/skm/);
    await page.getByRole("tab", { name: "Layanan & periode" }).click();
    await page.getByLabel("Kode").first().fill(LAYANAN);
    await page.getByLabel("Nama", { exact: true }).fill("Loket Uji Jawaban");
    await page.getByRole("button", { name: "Simpan layanan" }).click();
    await page.getByTestId("tabel-layanan").getByText(LAYANAN, { exact: true }).waitFor();
    await page.getByLabel("Kode").nth(1).fill(PERIODE);
    await page.getByLabel("Mulai").fill(hari(-1));
    await page.getByLabel("Selesai").fill(hari(30));
    await page.getByRole("button", { name: "Simpan periode" }).click();
    await page.getByTestId("tabel-periode").getByText(PERIODE, { exact: true }).waitFor();

    await page.getByTestId("pilih-periode").click();
    await page.getByRole("option", { name: new RegExp(`^${PERIODE}`) }).click();
    await page.getByRole("tab", { name: "Entri kertas" }).click();
    await page.getByTestId("pilih-layanan-entri").click();
    await page.getByRole("option", { name: new RegExp(LAYANAN) }).click();
    await page.getByTestId("sel-0-u1").focus();
    // three respondents without profile: nine 4s, nine 3s, nine 2s; after u9 the cursor is on umur, and Enter past
    // the four empty profile cells opens the next row
    for (const [i, d] of ["4", "3", "2"].entries()) {
      await ketik(d.repeat(9));
      if (i < 2) for (let k = 0; k < 4; k++) await page.keyboard.press("Enter");
    }
    expect(await page.getByTestId("sel-2-u9").inputValue()).toBe("2");
    await page.getByTestId("simpan-kertas").click();
    await page.getByTestId("pesan-kertas").waitFor();
    expect(await page.getByTestId("pesan-kertas").innerText()).toContain("3 responden tersimpan");
  });

  it("lists the answers, corrects one (reason required, with age and education) and voids another", async () => {
    await page.getByRole("tab", { name: "Jawaban" }).click();
    await expect.poll(() => page.getByTestId("jumlah-jawaban").innerText(), { timeout: 20_000 }).toBe("3 jawaban");
    const awal = await bacaTabel();
    expect(awal.map((b) => b.u[0]).sort()).toEqual([2, 3, 4]);
    expect(awal.every((b) => !b.batal && b.profil === "–")).toBe(true);

    // correct the row of 2s: U1 → 4, age 40, education S1
    const baris = page.getByTestId("tabel-jawaban").locator("tbody tr");
    await baris
      .nth(await barisDengan(2))
      .getByRole("button", { name: "Koreksi" })
      .click();
    const dialog = page.getByRole("dialog", { name: "Koreksi jawaban" });
    await dialog.waitFor();
    await dialog.getByLabel("U1", { exact: true }).fill("4");
    await dialog.getByLabel("Umur").fill("40");
    await dialog.getByTestId("koreksi-pendidikan").click();
    await page.getByRole("option", { name: "S1", exact: true }).click();
    const simpan = dialog.getByRole("button", { name: "Simpan koreksi" });
    expect(await simpan.isDisabled()).toBe(true); // no reason yet
    await dialog.getByLabel("Alasan").fill("Salah ketik U1 dan profil dari kertas");
    expect(await simpan.isDisabled()).toBe(false);
    await simpan.click();
    await dialog.waitFor({ state: "hidden" });
    await expect
      .poll(async () => (await bacaTabel()).find((b) => b.profil.includes("40"))?.u.join(""), { timeout: 20_000 })
      .toBe("422222222");
    const dikoreksi = (await bacaTabel()).find((b) => b.profil.includes("40"));
    expect(dikoreksi?.profil).toContain("S1");
    expect(await page.getByTestId("tabel-jawaban").getByText("dikoreksi").count()).toBe(1);

    // void the row of 3s
    await baris
      .nth(await barisDengan(3))
      .getByRole("button", { name: "Batalkan" })
      .click();
    const batal = page.getByRole("dialog", { name: "Batalkan jawaban" });
    await batal.waitFor();
    const tombol = batal.getByRole("button", { name: "Batalkan" });
    expect(await tombol.isDisabled()).toBe(true);
    await batal.getByLabel("Alasan").fill("Kuesioner ganda");
    await tombol.click();
    await batal.waitFor({ state: "hidden" });
    await expect.poll(async () => (await bacaTabel()).filter((b) => b.batal).length, { timeout: 20_000 }).toBe(1);
    expect((await bacaTabel()).find((b) => b.batal)?.u.every((x) => x === 3)).toBe(true);
    await page.screenshot({ path: screenshotPath("skm-jawaban-1366"), fullPage: true });
  });

  it("shows the IKM of the counted rows on the results panel", async () => {
    const baris = await bacaTabel();
    expect(baris.filter((b) => !b.batal)).toHaveLength(2);
    const harapan = ikmDari(baris);
    // the voided row no longer counts and the corrected one counts as corrected: not the IKM of the rows as typed
    const diketik = ikmDari(
      ["4", "3", "2"].map((d) => ({ u: Array<number>(9).fill(Number(d)), profil: "", batal: false })),
    );
    expect(harapan).not.toBe(diketik);
    await page.getByRole("tab", { name: "Hasil" }).click();
    await expect.poll(() => page.getByTestId("skm-ikm").innerText(), { timeout: 20_000 }).toBe(harapan);
    expect(await page.getByTestId("skm-responden").innerText()).toBe("2");
  });
});
