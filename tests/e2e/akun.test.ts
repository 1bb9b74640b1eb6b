/**
 * Accounts in Chromium (issue M1-03 acceptance): the demo operator sees only its own OPD, the evaluator every OPD;
 * repeated wrong passwords end in the lockout message; the shell is behind sign-in.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoDataset } from "../../src/demo/data";
import { launchBrowser, screenshotPath } from "./support/browser";
import { akunDemo, masukSebagai } from "./support/masuk";
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

async function namaOpd(page: Page): Promise<string[]> {
  const card = page.getByTestId("pemda-batu-bara");
  await card.waitFor();
  return (await card.innerText())
    .split("\n")
    .filter(
      (l) =>
        l.startsWith("Kecamatan") ||
        l.startsWith("Dinas") ||
        l.startsWith("Sekretariat") ||
        l.startsWith("Inspektorat") ||
        l.startsWith("Badan"),
    );
}

describe("accounts in Chromium", () => {
  it("sends an anonymous visitor to the sign-in page", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/anggaran`);
    await page.waitForURL(/\/masuk\?kembali=%2Fanggaran$/);
    await page.getByRole("heading", { name: "Masuk ke SAKIP" }).waitFor();
    await page.screenshot({ path: screenshotPath("masuk") });
    await page.close();
  });

  it("the demo operator (signing in with NIP) sees only Kecamatan Sei Balai", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await masukSebagai(page, server.url, "operator_opd", akunDemo("operator_opd").nip ?? undefined);
    const card = page.getByTestId("pemda-batu-bara");
    await card.waitFor();
    expect(await card.getAttribute("data-opd-count")).toBe("1");
    expect(await namaOpd(page)).toEqual(["Kecamatan Sei Balai"]);
    await page.getByTestId("status-periode").waitFor();
    await page.getByTestId("user-menu").click();
    expect(await page.getByTestId("user-menu-opd").innerText()).toContain("Kecamatan Sei Balai");
    await page.screenshot({ path: screenshotPath("operator-beranda"), fullPage: true });
    await page.getByRole("menuitem", { name: "Keluar" }).click();
    await page.waitForURL(/\/masuk$/);
    await page.close();
  });

  it("the evaluator sees every OPD of the Pemda", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await masukSebagai(page, server.url, "evaluator");
    const card = page.getByTestId("pemda-batu-bara");
    await card.waitFor();
    // every OPD of the demo Pemda (the card lists the first few names and the count)
    expect(Number(await card.getAttribute("data-opd-count"))).toBe(demoDataset.opd.length);
    expect(demoDataset.opd.length).toBeGreaterThan(1);
    expect((await namaOpd(page)).length).toBeGreaterThan(1);
    await page.close();
  });

  it("locks the account after repeated wrong passwords and says so in Indonesian", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/masuk`);
    const akun = akunDemo("viewer");
    let message = "";
    for (let i = 0; i < 5; i++) {
      await page.getByLabel("Email atau NIP").fill(akun.email);
      await page.getByLabel("Kata sandi").fill(`salah-${i}-sandi`);
      await page.getByRole("button", { name: "Masuk" }).click();
      await expect
        .poll(
          async () =>
            (
              await page
                .getByTestId("masuk-galat")
                .innerText()
                .catch(() => "")
            ).length,
        )
        .toBeGreaterThan(0);
      message = await page.getByTestId("masuk-galat").innerText();
      if (i < 4) expect(message).toContain("Email/NIP atau kata sandi salah");
    }
    expect(message).toContain("Akun dikunci sementara");
    expect(message).toMatch(/Coba lagi dalam 15 menit/);
    // even the right password is refused while locked
    await page.getByLabel("Email atau NIP").fill(akun.email);
    await page.getByLabel("Kata sandi").fill(akun.kataSandi);
    await page.getByRole("button", { name: "Masuk" }).click();
    await expect.poll(() => page.getByTestId("masuk-galat").innerText()).toContain("Akun dikunci sementara");
    await page.screenshot({ path: screenshotPath("masuk-terkunci") });
    await page.close();
  });

  it("an admin reaches the user list, the role matrix and the audit trail (no CSP violations)", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const cspErrors: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
    });
    await masukSebagai(page, server.url, "admin_pemda");
    await page.getByRole("navigation", { name: "Navigasi modul" }).getByText("Admin", { exact: true }).click();
    await page.waitForURL(/\/admin\/pengguna$/);
    await page.getByTestId("tabel-pengguna").getByText("operator.seibalai@demo.sakip.test").waitFor();
    await page.getByRole("tab", { name: "Peran dan izin" }).click();
    await page.getByTestId("matriks-peran").waitFor();
    await page.getByRole("navigation", { name: "Navigasi modul" }).getByText("Jejak audit", { exact: true }).click();
    await page.getByTestId("tabel-audit").waitFor();
    expect(await page.getByTestId("tabel-audit").innerText()).toContain("pengguna");
    await page.screenshot({ path: screenshotPath("audit"), fullPage: true });
    expect(cspErrors).toEqual([]);
    await page.close();
  });
});
