/**
 * Measurement in Chromium (issue M1-04 acceptance): the demo operator of Kecamatan Sei Balai sees the 2023 IKU
 * table (IKM 85,00 → 80,50 → 94,71 %, Sangat Tinggi; Nilai AKIP → 93,53 %), enters a realisasi, submits it; the
 * pimpinan approves and locks; the operator then sees the year read-only. Demo accounts: README "Demo".
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, screenshotPath } from "./support/browser";
import { masukSebagai } from "./support/masuk";
import { type E2eServer, startE2eServer } from "./support/server";

let server: E2eServer;
let browser: Browser;
let operator: BrowserContext;
let pimpinan: BrowserContext;

beforeAll(async () => {
  server = await startE2eServer();
  browser = await launchBrowser();
  operator = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  pimpinan = await browser.newContext({ viewport: { width: 1366, height: 900 } });
});
afterAll(async () => {
  await operator?.close();
  await pimpinan?.close();
  await browser?.close();
  await server?.stop();
});

async function bukaPengukuran(page: Page): Promise<void> {
  await page.goto(`${server.url}/pengukuran?tahun=2023`);
  await page.getByTestId("tabel-iku").waitFor();
}

async function statusPengukuran(page: Page): Promise<string> {
  return (await page.getByTestId("status-periode").getByTestId("status-pengukuran").textContent()) ?? "";
}

describe("pengukuran in Chromium", () => {
  let op: Page;

  it("shows the 2023 IKU table computed from the demo's raw inputs", async () => {
    op = await operator.newPage();
    await masukSebagai(op, server.url, "operator_opd");
    await bukaPengukuran(op);
    expect(await op.getByTestId("iku-ikm-target").innerText()).toBe("85,00");
    expect(await op.getByTestId("iku-ikm-realisasi").innerText()).toContain("80,50");
    expect(await op.getByTestId("iku-ikm-capaian").innerText()).toBe("94,71%");
    expect(await op.getByTestId("iku-ikm-kategori").textContent()).toBe("Sangat Tinggi");
    expect(await op.getByTestId("iku-akip-realisasi").innerText()).toContain("BB (70,15)");
    expect(await op.getByTestId("iku-akip-capaian").innerText()).toBe("93,53%");
    expect(await op.getByTestId("sparkline").count()).toBe(2);
    await op.screenshot({ path: screenshotPath("pengukuran-2023"), fullPage: true });
  });

  it("lets the operator enter a realisasi and submit the year", async () => {
    await op.getByTestId("iku-ikm-rincian").click();
    await op.getByTestId("tren-ikm").waitFor();
    await op.getByTestId("tw-ikm-tw1-ubah").click();
    await op.getByTestId("tw-ikm-tw1-isian").fill("bukan angka");
    await op.getByTestId("tw-ikm-tw1-isian").press("Enter");
    await op.getByText('"bukan angka" bukan angka').waitFor();
    await op.getByTestId("tw-ikm-tw1-isian").fill("78,25");
    await op.getByTestId("tw-ikm-tw1-isian").press("Enter");
    await expect.poll(() => op.getByTestId("tw-ikm-tw1").innerText()).toBe("78,25");
    // the cell's last change, on the Pemda's clock (the demo Pemda: WIB) and named after its writer
    await expect
      .poll(() => op.getByTestId("diubah-ikm-tw1").innerText())
      .toMatch(/^Realisasi TW1 terakhir diubah \d{1,2} \S+ \d{4} \d{2}\.\d{2} WIB oleh \S/);
    await op.getByTestId("status-periode").getByRole("button", { name: "Ajukan" }).click();
    // the confirmation dialog runs the data check first (ADR 0027); Sei Balai 2023 has no galat
    await op.getByTestId("cek-ajukan").waitFor();
    await op.getByTestId("konfirmasi-tindakan").click();
    await expect.poll(() => statusPengukuran(op)).toBe("Diajukan");
    await op.getByTestId("hanya-baca").waitFor();
  });

  it("lets the pimpinan approve and lock it", async () => {
    const pi = await pimpinan.newPage();
    await masukSebagai(pi, server.url, "pimpinan_opd");
    await bukaPengukuran(pi);
    await pi.getByTestId("status-periode").getByRole("button", { name: "Setujui" }).click();
    await pi.getByTestId("konfirmasi-tindakan").click();
    await expect.poll(() => statusPengukuran(pi)).toBe("Disetujui");
    await pi.getByTestId("status-periode").getByRole("button", { name: "Kunci" }).click();
    await pi.getByTestId("konfirmasi-tindakan").click();
    await expect.poll(() => statusPengukuran(pi)).toBe("Terkunci");
    await pi.close();
  });

  it("shows the locked year read-only to the operator", async () => {
    await bukaPengukuran(op);
    expect(await statusPengukuran(op)).toBe("Terkunci");
    expect(await op.getByTestId("hanya-baca").innerText()).toContain("Terkunci");
    await op.getByTestId("iku-ikm-rincian").click();
    await op.getByTestId("tren-ikm").waitFor();
    expect(await op.getByTestId("tw-ikm-tw1").innerText()).toBe("78,25");
    expect(await op.getByTestId("tw-ikm-tw1-ubah").count()).toBe(0);
    expect(await op.getByRole("button", { name: /Impor XLSX/ }).count()).toBe(0);
    await op.screenshot({ path: screenshotPath("pengukuran-terkunci"), fullPage: true });
  });

  it("shows the plans, the PK cascade tree and the OPD profile", async () => {
    await op.goto(`${server.url}/perjanjian-kinerja?tahun=2023`);
    await op.getByTestId("pk-pk-2023-perubahan-camat").waitFor();
    expect(await op.getByTestId("pk-pk-2023-perubahan-camat-jumlah").innerText()).toBe("3.135.926.319");
    await op.getByRole("tab", { name: "Kaskade" }).click();
    await op.getByTestId("kaskade").waitFor();
    expect(await op.getByTestId("kaskade").innerText()).toContain("Tidak ada celah");
    expect(await op.getByTestId("kaskade-akar").innerText()).toContain(
      "Misi 1: Meningkatkan pelayanan Aparatur Pemerintah",
    );
    await op.screenshot({ path: screenshotPath("pk-kaskade"), fullPage: true });
    await op.goto(`${server.url}/perencanaan?tahun=2023`);
    await op.getByText("Menjadikan Masyarakat Kabupaten Batu Bara", { exact: false }).first().waitFor();
    await op.screenshot({ path: screenshotPath("perencanaan"), fullPage: true });
    await op.goto(`${server.url}/profil`);
    await op.getByTestId("desa-jumlah").waitFor();
    expect(await op.getByTestId("desa-jumlah").innerText()).toContain("30.201");
    await op.screenshot({ path: screenshotPath("profil-opd"), fullPage: true });
  });
});
