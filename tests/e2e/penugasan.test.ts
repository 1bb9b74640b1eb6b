/**
 * The Plt./Plh. panel in Chromium (issue 17, ADR 0043): the demo operator of Kecamatan Sei Balai opens Profil, sees
 * the demo Plt. (Sekcam as Plt. Camat, Oct–Dec 2024, ended), tries to save an empty form and reads the Indonesian
 * messages per field, records a Plh. for another official, then ends it on its first day; the table shows the
 * recorded SK and the new end date as id-ID dates.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

const SK = "800.1.3.3/77/BKPSDM/2027";

describe("Plt./Plh. panel in Chromium", () => {
  let op: Page;

  it("lists the demo Plt. and names every missing field of an empty form", async () => {
    op = await operator.newPage();
    await masukSebagai(op, server.url, "operator_opd");
    await op.goto(`${server.url}/profil`);
    const panel = op.getByTestId("penugasan");
    await panel.getByTestId("tabel-penugasan").waitFor();
    const isi = await panel.getByTestId("tabel-penugasan").innerText();
    expect(isi).toContain("Plt. Camat Sei Balai");
    expect(isi).toContain("1 Oktober 2024 – 31 Desember 2024");
    await op.getByTestId("penugasan-tambah").click();
    const dialog = op.getByRole("dialog");
    await dialog.getByTestId("penugasan-simpan").click();
    const teks = await dialog.innerText();
    for (const pesan of [
      "Pilih pejabat yang ditugaskan",
      "Jabatan yang diisi wajib diisi",
      "Nomor SK penunjukan wajib diisi",
      "Tanggal mulai wajib diisi",
    ])
      expect(teks).toContain(pesan);
  });

  it("records an upcoming Plh. and ends it on its first day", async () => {
    const dialog = op.getByRole("dialog");
    await dialog.getByText("Plh. (Pelaksana Harian)").click();
    await dialog.getByTestId("penugasan-pejabat").click();
    await op.getByRole("option").nth(1).click();
    await dialog.getByTestId("penugasan-jabatan").fill("Plt. Camat Sei Balai");
    await dialog.getByTestId("penugasan-sk").fill(SK);
    await dialog.getByTestId("penugasan-mulai").fill("2027-03-03");
    await dialog.getByTestId("penugasan-selesai").fill("2027-03-07");
    await dialog.getByTestId("penugasan-simpan").click();
    expect(await dialog.innerText()).toContain('tanpa "Plt."/"Plh."');
    await dialog.getByTestId("penugasan-jabatan").fill("Camat Sei Balai");
    await dialog.getByTestId("penugasan-simpan").click();
    await dialog.waitFor({ state: "detached", timeout: 15_000 });
    const tabel = op.getByTestId("tabel-penugasan");
    await expect.poll(() => tabel.innerText(), { timeout: 15_000 }).toContain(SK);
    expect(await tabel.innerText()).toContain("3 Maret 2027 – 7 Maret 2027");
    const baris = tabel.locator("tr", { hasText: SK });
    await baris.getByRole("button", { name: "Akhiri" }).click();
    const akhiri = op.getByRole("dialog");
    await akhiri.getByTestId("penugasan-tanggal-akhir").fill("2027-03-10");
    expect(await akhiri.innerText()).toContain("perpanjangan dicatat sebagai penugasan baru");
    await akhiri.getByTestId("penugasan-tanggal-akhir").fill("2027-03-03");
    await akhiri.getByTestId("penugasan-akhiri-simpan").click();
    await akhiri.waitFor({ state: "detached", timeout: 15_000 });
    await expect.poll(() => tabel.innerText(), { timeout: 15_000 }).toContain("3 Maret 2027 – 3 Maret 2027");
    await op.screenshot({ path: screenshotPath("profil-penugasan"), fullPage: true });
  });
});
