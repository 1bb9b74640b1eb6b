/**
 * The Pengukuran page's table of program/kegiatan indicators (seed Tabel 3.16) and the peer form in Chromium, as the
 * demo operator of Kecamatan Sei Balai: a target and realisasi typed in the table give the capaian the server computes
 * (90 / 100 = 90,00 %); a published peer figure without a source is refused at its row, then saved with one.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, screenshotPath } from "./support/browser";
import { masukSebagai } from "./support/masuk";
import { type E2eServer, startE2eServer } from "./support/server";

let server: E2eServer;
let browser: Browser;
let ctx: BrowserContext;
let op: Page;

beforeAll(async () => {
  server = await startE2eServer();
  browser = await launchBrowser();
  ctx = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  op = await ctx.newPage();
  await masukSebagai(op, server.url, "operator_opd");
});
afterAll(async () => {
  await ctx?.close();
  await browser?.close();
  await server?.stop();
});

describe("program indicators and peer on the Pengukuran page", () => {
  it("computes the capaian of a program indicator from the target and realisasi typed in the table", async () => {
    await op.goto(`${server.url}/pengukuran?tahun=2023`);
    await op.getByTestId("program-ubah").click();
    const dialog = op.getByRole("dialog");
    await dialog.waitFor();
    const baris = dialog.getByTestId("program-baris-1");
    await baris.getByLabel("Target").fill("100");
    await baris.getByLabel("Realisasi").fill("90");
    await dialog.getByTestId("program-simpan").click();
    await dialog.waitFor({ state: "hidden" });
    await expect.poll(() => op.getByTestId("program").innerText(), { timeout: 15_000 }).toContain("90,00");
    await op.getByTestId("program").screenshot({ path: screenshotPath("program-kegiatan-2023") });
  });

  it("refuses a peer figure without a source at its row, then saves it with one", async () => {
    await op.getByTestId("pembanding-ubah").first().click();
    const dialog = op.getByRole("dialog");
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Tambah baris" }).click();
    const baris = dialog.locator("tbody tr").last();
    await baris.getByLabel("Tahun").fill("2021");
    await baris.getByLabel("Realisasi").fill("77,5");
    await dialog.getByTestId("pembanding-simpan").click();
    await dialog.getByText("sumber wajib diisi").waitFor();
    await baris.getByLabel("Sumber").fill("Uji E2E, hlm. 1");
    await dialog.getByTestId("pembanding-simpan").click();
    await dialog.waitFor({ state: "hidden" });
    // 2021 is outside the card (it shows the year and the one before); the reopened form reads it back.
    await op.getByTestId("pembanding-ubah").first().click();
    await dialog.waitFor();
    await expect.poll(() => dialog.locator("tbody tr").count()).toBe(5);
    const nilai = (label: string) =>
      dialog
        .locator("tbody")
        .getByLabel(label, { exact: true })
        .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(await nilai("Sumber")).toContain("Uji E2E, hlm. 1");
    expect(await nilai("Realisasi")).toContain("77,5");
    await op.screenshot({ path: screenshotPath("pembanding-2023"), fullPage: true });
  });
});
