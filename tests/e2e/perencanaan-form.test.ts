/**
 * Renstra editor in Chromium: the demo operator of Kecamatan Sei Balai opens Perencanaan 2023, edits the text of a
 * strategi of the Renstra 2019–2023 (SEED 361, Tabel 2.1: "Meningkatkan kapasitas pelayanan aparatur"), saves, and
 * still sees the new text after a reload. The RPJMD is the Pemda's: the operator gets no "Ubah RPJMD" button.
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

const BARU = "Meningkatkan kapasitas dan kompetensi pelayanan aparatur kecamatan";

describe("Renstra form in Chromium", () => {
  let op: Page;

  it("edits a strategi of the Renstra 2019–2023 and shows it after a reload", async () => {
    op = await operator.newPage();
    await masukSebagai(op, server.url, "operator_opd");
    await op.goto(`${server.url}/perencanaan?tahun=2023`);
    await op.getByText("Strategi: Meningkatkan kapasitas pelayanan aparatur").waitFor();
    expect(await op.getByTestId("tombol-ubah-rpjmd").count()).toBe(0);
    await op.getByTestId("tombol-ubah-renstra").click();
    const dialog = op.getByRole("dialog");
    await dialog.waitFor();
    const strategi = dialog.getByTestId("strategi-S1-0");
    await expect.poll(() => strategi.inputValue()).toBe("Meningkatkan kapasitas pelayanan aparatur");
    await op.screenshot({ path: screenshotPath("perencanaan-form-renstra") });
    // sasaran S1 has indicators (IKM): it cannot be removed here (simpan-renstra refuses it)
    expect(await dialog.getByRole("button", { name: "Hapus Sasaran S1" }).isDisabled()).toBe(true);
    await strategi.fill("");
    await dialog.getByRole("button", { name: "Simpan" }).click();
    await dialog.getByText("strategi 1 sasaran S1: teks wajib diisi").waitFor();
    await strategi.fill(BARU);
    await dialog.getByRole("button", { name: "Simpan" }).click();
    await dialog.waitFor({ state: "hidden", timeout: 15_000 });
    await op.getByText(`Strategi: ${BARU}`).waitFor();
    await op.reload();
    await op.getByText(`Strategi: ${BARU}`).waitFor();
    expect(await op.getByText("Strategi: Meningkatkan kapasitas pelayanan aparatur", { exact: true }).count()).toBe(0);
    await op.screenshot({ path: screenshotPath("perencanaan-renstra-diubah"), fullPage: true });
  });

  it("lets the Pemda admin add a key word to the RPJMD visi, with the explanation required", async () => {
    const admin = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    await masukSebagai(admin, server.url, "admin_pemda");
    await admin.goto(`${server.url}/perencanaan?tahun=2023`);
    await admin.getByTestId("tombol-ubah-rpjmd").click();
    const dialog = admin.getByRole("dialog");
    await dialog.waitFor();
    // NOTE: the demo visi has 4 key words (SEED 320-336); the 5th is new
    await expect.poll(() => dialog.getByLabel("Kata kunci", { exact: true }).count()).toBe(4);
    await dialog.getByRole("button", { name: "Tambah kata kunci" }).click();
    await dialog.getByLabel("Kata kunci", { exact: true }).nth(4).fill("Religius");
    await dialog.getByRole("button", { name: "Simpan" }).click();
    await dialog.getByText("Kata kunci 5: penjelasan wajib diisi").waitFor();
    await dialog.getByLabel("Penjelasan").nth(4).fill("Masyarakat yang taat beragama (uji E2E).");
    await dialog.getByRole("button", { name: "Simpan" }).click();
    await dialog.waitFor({ state: "hidden", timeout: 15_000 });
    await admin.getByText("Masyarakat yang taat beragama (uji E2E).").waitFor();
    await admin.context().close();
  });
});
