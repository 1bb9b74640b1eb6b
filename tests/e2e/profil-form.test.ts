/**
 * Profile editors in Chromium: the demo operator of Kecamatan Sei Balai opens Profil, changes the KK of the first
 * desa inline (Sei Balai, 1.010 KK — SEED 191), sees the running total, saves and sees the total the server computed;
 * then adds a landasan hukum row and finds it after a reload. Demo accounts: README "Demo".
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoDataset } from "../../src/demo/data";
import { angkaId } from "../../src/web/features/profil/profil-masukan";
import { launchBrowser, screenshotPath } from "./support/browser";
import { masukSebagai } from "./support/masuk";
import { type E2eServer, startE2eServer } from "./support/server";

let server: E2eServer;
let browser: Browser;
let operator: BrowserContext;

beforeAll(async () => {
  server = await startE2eServer();
  browser = await launchBrowser();
  operator = await browser.newContext({ viewport: { width: 1366, height: 900 } });
});
afterAll(async () => {
  await operator?.close();
  await browser?.close();
  await server?.stop();
});

// NOTE: SEED 191-204 (Tabel 1.2): Σ KK of the 14 desa, from the demo dataset (never typed in the app).
const DESA = demoDataset.seiBalai.profilWilayah.desa;
const KK_AWAL = DESA.reduce((a, d) => a + (d.kk ?? 0), 0);
const TAMBAH = 25;

describe("profile editors in Chromium", () => {
  let op: Page;

  it("changes a desa's KK inline, shows the running total, saves and shows the server's total", async () => {
    op = await operator.newPage();
    await masukSebagai(op, server.url, "operator_opd");
    await op.goto(`${server.url}/profil`);
    await op.getByTestId("tabel-desa").waitFor();
    expect(await op.getByTestId("desa-jumlah").innerText()).toContain(angkaId(KK_AWAL));
    await op.getByTestId("tombol-ubah-desa").click();
    const dialog = op.getByRole("dialog");
    await dialog.getByTestId("editor-desa").waitFor();
    const kk = dialog.getByTestId("desa-0-kk");
    expect(await kk.inputValue()).toBe(angkaId(DESA[0]!.kk));
    await kk.fill(String(DESA[0]!.kk! + TAMBAH));
    const baru = angkaId(KK_AWAL + TAMBAH);
    await expect.poll(() => dialog.getByTestId("desa-jumlah-sementara-kk").innerText()).toBe(baru);
    // The server's total is still the stored one until the save.
    expect(await dialog.getByTestId("desa-jumlah-server-kk").innerText()).toBe(angkaId(KK_AWAL));
    await dialog.getByTestId("simpan-desa").click();
    await expect.poll(() => dialog.getByTestId("desa-tersimpan").innerText(), { timeout: 15_000 }).toContain("1 desa");
    await expect.poll(() => dialog.getByTestId("desa-jumlah-server-kk").innerText()).toBe(baru);
    await op.screenshot({ path: screenshotPath("profil-desa-ubah"), fullPage: true });
    await dialog.getByRole("button", { name: "Tutup" }).click();
    await expect.poll(() => op.getByTestId("desa-jumlah").innerText()).toContain(baru);
  });

  it("adds a landasan hukum row (empty text refused first) and sees it after a reload", async () => {
    const teks = "Peraturan Bupati Batu Bara Nomor 99 Tahun 2024 tentang Uji Profil";
    await op.getByTestId("tombol-ubah-dasarHukum").click();
    const dialog = op.getByRole("dialog");
    await dialog.getByTestId("daftar-dasarHukum").waitFor();
    const n = await dialog.locator('[data-testid^="dasarHukum-"][data-testid$="-teks"]').count();
    await dialog.getByTestId("tambah-dasarHukum").click();
    await dialog.getByTestId("simpan-profil-teks").click();
    await dialog.getByText("Teks wajib diisi").waitFor();
    await dialog.getByTestId(`dasarHukum-${n}-teks`).fill(teks);
    await dialog.getByTestId("simpan-profil-teks").click();
    await dialog.waitFor({ state: "detached", timeout: 15_000 });
    await op.reload();
    await op.getByText(teks).waitFor();
  });

  it("refuses to remove a unit with pejabat, adds a sub-unit under Sekretariat and shows it in the tree", async () => {
    await op.getByTestId("tombol-ubah-unit").click();
    const dialog = op.getByRole("dialog");
    await dialog.getByTestId("editor-unit").waitFor();
    // NOTE: row 0 is the Camat (SEED 255), who has a pejabat: removal is refused with the reason.
    await dialog.getByTestId("unit-0-hapus").click();
    await dialog.getByText(/masih memiliki \d+ pejabat/).waitFor();
    expect(await dialog.getByTestId("unit-0-nama").inputValue()).toBe("Camat");
    await dialog.getByRole("button", { name: "Tambah unit di bawahnya 2" }).click();
    // The new unit is listed under Sekretariat after its two Subbagian (tree order): row 4 of 8.
    const nama = dialog.locator('[data-testid^="unit-"][data-testid$="-nama"]');
    expect(await nama.count()).toBe(8);
    const kosong = await nama.evaluateAll((els) => els.findIndex((e) => (e as HTMLInputElement).value === ""));
    expect(kosong).toBe(4);
    await dialog.getByTestId("simpan-unit").click();
    await dialog.getByText("Nama unit wajib diisi").waitFor();
    await dialog.getByTestId(`unit-${kosong}-nama`).fill("Subbagian Uji Profil");
    await dialog.getByTestId("simpan-unit").click();
    await dialog.waitFor({ state: "detached", timeout: 15_000 });
    await op.getByText("Subbagian Uji Profil").waitFor();
  });
});
