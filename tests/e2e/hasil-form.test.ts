/**
 * Linked-result forms in Chromium: the demo operator of Kecamatan Sei Balai opens the survey-result (SKM) form on the
 * 2024 measurement page, enters the 2023 Σ per unsur (96 responden; SEED skm 2023: 288, 298, 301, 378, 293, 304, 312,
 * 293, 318) as the 2024 result and sees the IKM the server computed: 80,50. A stored result pre-fills the forms
 * (GET .../hasil-survei/{kode}, .../hasil-akip/{tahun}) with the values the server computed. Demo accounts: README "Demo".
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

// NOTE: SEED skm 2023 (src/demo/data/sei-balai/skm-2023.ts) — Σ nilai per unsur u1..u9.
const JUMLAH_2023 = {
  u1: "288",
  u2: "298",
  u3: "301",
  u4: "378",
  u5: "293",
  u6: "304",
  u7: "312",
  u8: "293",
  u9: "318",
};

describe("survey-result form in Chromium", () => {
  let op: Page;

  it("saves the 2024 Σ per unsur and shows the IKM computed by the server", async () => {
    op = await operator.newPage();
    await masukSebagai(op, server.url, "operator_opd");
    await op.goto(`${server.url}/pengukuran?tahun=2024`);
    await op.getByTestId("tombol-hasil-survei").click();
    const dialog = op.getByRole("dialog");
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Simpan" }).click();
    await op.getByText("nilai unsur u1 wajib diisi").waitFor();
    await dialog.getByLabel("Jumlah responden").fill("96");
    for (const [k, v] of Object.entries(JUMLAH_2023)) await dialog.getByTestId(`unsur-${k}`).fill(v);
    await dialog.getByRole("button", { name: "Simpan" }).click();
    await expect.poll(() => dialog.getByTestId("ikm-hasil").innerText(), { timeout: 15_000 }).toContain("80,50");
    await op.screenshot({ path: screenshotPath("hasil-survei-2024"), fullPage: true });
  });

  it("lets the evaluator enter a 2024 AKIP evaluation and shows the total and predikat", async () => {
    const ev = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    await masukSebagai(ev, server.url, "evaluator");
    // a Pemda-wide user starts on the first OPD of the list; the demo's data are Kecamatan Sei Balai's
    await ev.goto(`${server.url}/pengukuran?tahun=2024&opd=kecamatan-sei-balai`);
    await ev.getByTestId("tombol-hasil-akip").click();
    const dialog = ev.getByRole("dialog");
    await dialog.waitFor();
    // NOTE: the 2023 component scores of the demo (23,30 + 23,10 + 9,30 + 14,80 = 70,50 → BB), typed id-ID.
    const skor = { perencanaan: "23,30", pengukuran: "23,10", pelaporan: "9,30", evaluasi: "99" };
    for (const [k, v] of Object.entries(skor)) await dialog.getByTestId(`komponen-${k}`).fill(v);
    await dialog.getByRole("button", { name: "Simpan" }).click();
    await ev.getByText("di luar rentang 0–25").waitFor();
    await dialog.getByTestId("komponen-evaluasi").fill("14,80");
    await dialog.getByRole("button", { name: "Simpan" }).click();
    await expect.poll(() => dialog.getByTestId("akip-hasil").innerText(), { timeout: 15_000 }).toContain("70,50 (BB)");
    await ev.context().close();
  });

  it("pre-fills the survey form with the stored 2023 result and shows the IKM the server computed", async () => {
    await op.goto(`${server.url}/pengukuran?tahun=2023`);
    await op.getByTestId("tombol-hasil-survei").click();
    const dialog = op.getByRole("dialog");
    await dialog.waitFor();
    // SEED skm 2023: kode of the demo result, Σ u1 = 288, u4 = 378, 96 responden; IKM 80,50 (mutu B)
    await expect.poll(() => dialog.getByTestId("unsur-u1").inputValue(), { timeout: 15_000 }).toBe("288");
    expect(await dialog.getByTestId("kode-survei").inputValue()).toBe("skm-sei-balai-2023");
    expect(await dialog.getByTestId("unsur-u4").inputValue()).toBe("378");
    expect(await dialog.getByLabel("Jumlah responden").inputValue()).toBe("96");
    const ringkas = await dialog.getByTestId("ikm-tersimpan").innerText();
    expect(ringkas).toContain("IKM 80,50");
    expect(ringkas).toContain("mutu B");
    await op.screenshot({ path: screenshotPath("hasil-survei-2023-terisi"), fullPage: true });
    await dialog.getByRole("button", { name: "Batal" }).click();
  });

  it("pre-fills the 2024 survey saved above when the form is opened again", async () => {
    await op.goto(`${server.url}/pengukuran?tahun=2024`);
    await op.getByTestId("tombol-hasil-survei").click();
    const dialog = op.getByRole("dialog");
    await dialog.waitFor();
    await expect.poll(() => dialog.getByTestId("unsur-u9").inputValue(), { timeout: 15_000 }).toBe("318");
    expect(await dialog.getByTestId("kode-survei").inputValue()).toBe("SKM-2024");
    expect(await dialog.getByTestId("ikm-tersimpan").innerText()).toContain("80,50");
  });

  it("pre-fills the AKIP form with the stored 2023 evaluation and its total and predikat", async () => {
    const ev = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    await masukSebagai(ev, server.url, "evaluator");
    await ev.goto(`${server.url}/pengukuran?tahun=2023&opd=kecamatan-sei-balai`);
    await ev.getByTestId("tombol-hasil-akip").click();
    const dialog = ev.getByRole("dialog");
    await dialog.waitFor();
    // regulations.md §2.4: 22,02 + 20,64 + 11,62 + 15,87 = 70,15 → BB
    await expect.poll(() => dialog.getByTestId("komponen-perencanaan").inputValue(), { timeout: 15_000 }).toBe("22,02");
    expect(await dialog.getByTestId("komponen-evaluasi").inputValue()).toBe("15,87");
    expect(await dialog.getByTestId("akip-tersimpan").innerText()).toContain("70,15 (BB)");
    await ev.context().close();
  });
});

describe("Perencanaan page outside the Renstra period", () => {
  it("explains that 2024 has no Renstra and switches to a year of the 2019–2023 period", async () => {
    const page = await operator.newPage();
    // Demo: Renstra Kecamatan Sei Balai 2019–2023 (the operator context is already signed in above)
    await page.goto(`${server.url}/perencanaan?tahun=2024`);
    const pesan = page.getByTestId("luar-periode");
    await pesan.waitFor();
    expect(await pesan.innerText()).toContain("Tahun 2024 berada di luar periode Renstra");
    expect(await pesan.innerText()).toContain("2019–2023");
    await page.screenshot({ path: screenshotPath("perencanaan-luar-periode"), fullPage: true });
    await page.getByTestId("tahun-renstra-2023").click();
    await pesan.waitFor({ state: "detached", timeout: 15_000 });
    expect(new URL(page.url()).searchParams.get("tahun")).toBe("2023");
    await page.getByRole("heading", { name: "Renstra 2019–2023" }).waitFor();
    await page.close();
  });
});
