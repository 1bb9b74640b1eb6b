/**
 * Editing a whole Perjanjian Kinerja in Chromium: the demo operator of Kecamatan Sei Balai opens the 2023 PK page,
 * opens the PK Perubahan of the Kepala Seksi Tata Pemerintahan (eselon IV, SEED 1418-1495: IKM target 85,00) with
 * "Ubah", sees the server's message at the target field for a wrong value, saves 87,50 and finds it in the card and
 * in the cascade tree. Demo accounts: README "Demo".
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

const KODE = "pk-2023-perubahan-kasi-pemerintahan";

describe("whole-PK edit in Chromium", () => {
  let op: Page;

  it("edits the target of an eselon IV PK and shows it in the card and the cascade tree", async () => {
    op = await operator.newPage();
    await masukSebagai(op, server.url, "operator_opd");
    await op.goto(`${server.url}/perjanjian-kinerja?tahun=2023`);
    await op.getByTestId(`pk-${KODE}`).waitFor();
    await op.getByTestId(`tombol-ubah-pk-${KODE}`).click();
    const form = op.getByTestId("form-pk");
    await form.waitFor();
    const target = form.getByTestId("k-1-target");
    await expect.poll(() => target.inputValue()).toBe("85,00");
    // the cascade parent of the top row is the Camat's IKM row (demo link)
    await expect.poll(() => form.getByTestId("k-1-induk").inputValue()).toContain("Kepuasan Masyarakat");
    await target.fill("delapan puluh");
    await form.getByRole("button", { name: "Simpan" }).click();
    await form.getByText("kinerja baris 1, target", { exact: false }).waitFor();
    expect(await target.getAttribute("aria-invalid")).toBe("true"); // shown at the field, not above the form
    expect(await form.getByTestId("form-pk-galat").count()).toBe(0);
    await op.screenshot({ path: screenshotPath("pk-ubah-galat") });
    await target.fill("87,50");
    await form.getByRole("button", { name: "Simpan" }).click();
    await form.waitFor({ state: "detached" });
    await expect.poll(() => op.getByTestId(`pk-${KODE}`).innerText(), { timeout: 15_000 }).toContain("87,50");
    await op.getByRole("tab", { name: "Kaskade" }).click();
    await op.getByTestId("kaskade").waitFor();
    expect(await op.getByTestId("kaskade").innerText()).toContain("Indeks Kepuasan Masyarakat: 87,50");
    await op.screenshot({ path: screenshotPath("pk-ubah-kaskade"), fullPage: true });
  });

  it("asks before deleting and shows why the Camat's PK cannot be deleted", async () => {
    await op.getByRole("tab", { name: "Daftar PK" }).click();
    await op.getByTestId("tombol-ubah-pk-pk-2023-perubahan-camat").click();
    const form = op.getByTestId("form-pk");
    await form.waitFor();
    await form.getByTestId("tombol-hapus-pk").click();
    await op.getByText("akan dihapus", { exact: false }).waitFor();
    await op.getByTestId("konfirmasi-hapus-pk").click();
    await expect
      .poll(() => form.getByTestId("form-pk-galat").innerText(), { timeout: 15_000 })
      .toContain("tidak dapat dihapus");
    await form.getByRole("button", { name: "Batal" }).click();
    await form.waitFor({ state: "detached" });
    await op.getByTestId("pk-pk-2023-perubahan-camat").waitFor();
  });
});
