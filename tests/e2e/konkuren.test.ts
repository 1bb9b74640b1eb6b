/**
 * Lost updates in Chromium (issue 18, finding 5; ADR 0016): the operator of Kecamatan Sei Balai and the Pemda admin
 * open the same PK (Kepala Seksi Tata Pemerintahan 2023, IKM target 85,00) in two browser contexts. The operator saves
 * first; the admin's save is refused with the reload offer, nothing of it is stored, and after "Muat ulang" the
 * admin's form shows the operator's target. The same for the inline target edit on a list read before a change.
 * Demo accounts: README "Demo".
 */
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, screenshotPath } from "./support/browser";
import { masukSebagai } from "./support/masuk";
import { type E2eServer, startE2eServer } from "./support/server";

let server: E2eServer;
let browser: Browser;
let konteksOperator: BrowserContext;
let konteksAdmin: BrowserContext;

beforeAll(async () => {
  server = await startE2eServer();
  browser = await launchBrowser();
  konteksOperator = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  konteksAdmin = await browser.newContext({ viewport: { width: 1366, height: 900 } });
});
afterAll(async () => {
  await konteksOperator?.close();
  await konteksAdmin?.close();
  await browser?.close();
  await server?.stop();
});

const KODE = "pk-2023-perubahan-kasi-pemerintahan";

async function bukaForm(page: Page): Promise<Locator> {
  await page.getByTestId(`pk-${KODE}`).waitFor();
  await page.getByTestId(`tombol-ubah-pk-${KODE}`).click();
  const form = page.getByTestId("form-pk");
  await form.waitFor();
  await expect.poll(() => form.getByTestId("k-1-target").inputValue()).not.toBe("");
  return form;
}

describe("two users edit the same PK", () => {
  let operator: Page;
  let admin: Page;

  it(
    "the second save gets the reload offer, and after reloading sees the first user's change",
    { timeout: 180_000 },
    async () => {
      operator = await konteksOperator.newPage();
      admin = await konteksAdmin.newPage();
      await masukSebagai(operator, server.url, "operator_opd");
      await masukSebagai(admin, server.url, "admin_pemda");
      await operator.goto(`${server.url}/perjanjian-kinerja?tahun=2023`);
      await admin.goto(`${server.url}/perjanjian-kinerja?opd=kecamatan-sei-balai&tahun=2023`);
      const formOperator = await bukaForm(operator);
      const formAdmin = await bukaForm(admin);
      expect(await formOperator.getByTestId("k-1-target").inputValue()).toBe("85,00");
      expect(await formAdmin.getByTestId("k-1-target").inputValue()).toBe("85,00");

      await formOperator.getByTestId("k-1-target").fill("86,00");
      await formOperator.getByRole("button", { name: "Simpan" }).click();
      await formOperator.waitFor({ state: "detached" });
      await expect.poll(() => operator.getByTestId(`pk-${KODE}`).innerText(), { timeout: 15_000 }).toContain("86,00");

      await formAdmin.getByTestId("k-1-target").fill("88,00");
      await formAdmin.getByRole("button", { name: "Simpan" }).click();
      const dialog = admin.getByTestId("dialog-konflik");
      await dialog.waitFor({ timeout: 15_000 });
      expect(await dialog.innerText()).toContain("Data ini telah diubah oleh pengguna lain");
      await admin.screenshot({ path: screenshotPath("konkuren-tawaran-muat-ulang") });
      // nothing of the refused save is stored
      await operator.reload();
      await expect.poll(() => operator.getByTestId(`pk-${KODE}`).innerText(), { timeout: 15_000 }).toContain("86,00");
      expect(await operator.getByTestId(`pk-${KODE}`).innerText()).not.toContain("88,00");

      await admin.getByTestId("tombol-muat-ulang").click();
      await dialog.waitFor({ state: "detached" });
      await expect.poll(() => formAdmin.getByTestId("k-1-target").inputValue(), { timeout: 15_000 }).toBe("86,00");
      // after the reload the admin's save is based on the current version and passes
      await formAdmin.getByTestId("k-1-target").fill("88,00");
      await formAdmin.getByRole("button", { name: "Simpan" }).click();
      await formAdmin.waitFor({ state: "detached" });
      await expect.poll(() => admin.getByTestId(`pk-${KODE}`).innerText(), { timeout: 15_000 }).toContain("88,00");
    },
  );

  it(
    "an inline target edit on a list read before another user's save gets the reload offer",
    { timeout: 120_000 },
    async () => {
      // the operator's list still shows 86,00: the admin saved 88,00 since
      const kartu = operator.getByTestId(`pk-${KODE}`);
      expect(await kartu.innerText()).toContain("86,00");
      const pensil = kartu.locator('[data-testid^="target-"][data-testid$="-ubah"]').first();
      const testId = (await pensil.getAttribute("data-testid"))!.replace(/-ubah$/, "");
      await pensil.click();
      const isian = kartu.getByRole("textbox").first();
      await isian.fill("90,00");
      await isian.press("Enter");
      await operator.getByTestId("dialog-konflik").waitFor({ timeout: 15_000 });
      await operator.getByTestId("tombol-muat-ulang").click();
      await expect.poll(() => kartu.getByTestId(testId).innerText(), { timeout: 15_000 }).toBe("88,00");
    },
  );
});

describe("two users edit the same survey result", () => {
  /** Opens the survey form, pre-filled with the demo's 2023 result (Σ u1 = 288 unless changed). */
  async function bukaSurvei(page: Page, u1: string): Promise<Locator> {
    await page.getByTestId("tombol-hasil-survei").click();
    const form = page.getByRole("dialog").filter({ has: page.getByTestId("kode-survei") });
    await form.waitFor();
    await expect.poll(() => form.getByTestId("unsur-u1").inputValue(), { timeout: 15_000 }).toBe(u1);
    return form;
  }

  it(
    "the second save gets the reload offer, and after reloading the form shows the first user's values",
    { timeout: 180_000 },
    async () => {
      const operator = await konteksOperator.newPage();
      const admin = await konteksAdmin.newPage();
      await operator.goto(`${server.url}/pengukuran?tahun=2023`);
      await admin.goto(`${server.url}/pengukuran?opd=kecamatan-sei-balai&tahun=2023`);
      const formOperator = await bukaSurvei(operator, "288");
      const formAdmin = await bukaSurvei(admin, "288");

      await formOperator.getByTestId("unsur-u1").fill("290");
      await formOperator.getByRole("button", { name: "Simpan" }).click();
      await formOperator.getByTestId("ikm-hasil").waitFor({ timeout: 15_000 });

      await formAdmin.getByTestId("unsur-u1").fill("300");
      await formAdmin.getByRole("button", { name: "Simpan" }).click();
      const dialog = admin.getByTestId("dialog-konflik");
      await dialog.waitFor({ timeout: 15_000 });
      expect(await formAdmin.getByTestId("ikm-hasil").count()).toBe(0);
      await admin.getByTestId("tombol-muat-ulang").click();
      await dialog.waitFor({ state: "detached" });
      await expect.poll(() => formAdmin.getByTestId("unsur-u1").inputValue(), { timeout: 15_000 }).toBe("290");
      // after the reload the admin's save is based on the current version and passes
      await formAdmin.getByTestId("unsur-u1").fill("300");
      await formAdmin.getByRole("button", { name: "Simpan" }).click();
      await formAdmin.getByTestId("ikm-hasil").waitFor({ timeout: 15_000 });
      await operator.reload();
      await bukaSurvei(operator, "300");
    },
  );
});
