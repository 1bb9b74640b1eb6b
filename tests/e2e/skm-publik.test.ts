/**
 * The public SKM survey in Chromium (issue 12, ADR 0021): at 390×844 a citizen opens the short link (as from the QR),
 * meets the error summary, answers, submits, and the answer is in the OPD's results (admin API). The kiosk goes
 * offline, takes three respondents, comes back online: three answers, and sending the same queue again adds none.
 * axe-core (WCAG 2.1 A/AA) on the public page and the kiosk: no serious or critical violation.
 */
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { akunDemo } from "./support/masuk";
import { launchBrowser, screenshotPath } from "./support/browser";
import { type E2eServer, startE2eServer } from "./support/server";

let server: E2eServer;
let browser: Browser;
let api: (method: string, path: string, body?: unknown) => Promise<Response>;
const OPD = "/api/v1/pemda/batu-bara/opd/kecamatan-sei-balai/skm";
const LAYANAN = "sb-e2e";
let periode = "";

/** The demo operator of Sei Balai through the API (session cookie + CSRF token). */
async function masukApi(url: string) {
  const akun = akunDemo("operator_opd");
  const res = await fetch(`${url}/api/auth/masuk`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ identitas: akun.email, kataSandi: akun.kataSandi }),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return (method: string, path: string, body?: unknown) =>
    fetch(`${url}${path}`, {
      method,
      headers: { cookie, "x-csrf-token": csrfToken, ...(body ? { "content-type": "application/json" } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
}

async function jumlahTersimpan(): Promise<number> {
  const res = await api("GET", `${OPD}/periode/${periode}/hasil?layanan=${LAYANAN}`);
  expect(res.status).toBe(200);
  const body = (await res.json()) as { layanan: Array<{ kode: string; hasil: { responden: number } | null }> };
  return body.layanan.find((l) => l.kode === LAYANAN)?.hasil?.responden ?? 0;
}

async function periksaAxe(page: Page, nama: string): Promise<void> {
  const hasil = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const berat = hasil.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    berat.map((v) => `${nama}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

/** Answers the nine unsur with `pola` (1–4 each) and optionally the age. */
async function isi(page: Page, pola: number[], umur?: number): Promise<void> {
  for (let i = 0; i < 9; i++) await page.locator(`#u${i + 1}-${pola[i]}`).check();
  if (umur !== undefined) await page.getByLabel(/^Umur/).fill(String(umur));
}

beforeAll(async () => {
  server = await startE2eServer();
  browser = await launchBrowser();
  api = await masukApi(server.url);
  const tahun = new Date(Date.now() + 7 * 3600_000).getUTCFullYear();
  expect(
    (await api("PUT", `${OPD}/layanan/${LAYANAN}`, { nama: "Surat Keterangan", namaEn: "Certificates" })).status,
  ).toBe(200);
  // the demo opens the current year's period of Sei Balai (kode = the year); the intake writes into the open period
  const demo = await api("GET", `${OPD}/periode/${tahun}`);
  const d = demo.status === 200 ? ((await demo.json()) as { status: string }) : null;
  if (d?.status === "terbuka") {
    periode = String(tahun);
  } else {
    periode = `e2e-${tahun}`;
    const p = await api("PUT", `${OPD}/periode/${periode}`, {
      jenis: "tahun",
      mulai: `${tahun}-01-01`,
      selesai: `${tahun}-12-31`,
    });
    expect(p.status).toBe(200);
  }
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("public SKM survey in Chromium", () => {
  let context: BrowserContext;
  afterAll(async () => context?.close());

  it("a citizen at 390×844 opens the short link, fixes the error summary, submits; the answer is stored", async () => {
    context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${server.url}/s/${LAYANAN}?sumber=qr`);
    await page.getByRole("heading", { name: "Survei Kepuasan Masyarakat" }).waitFor();
    await page.getByText("Surat Keterangan", { exact: true }).waitFor();
    await periksaAxe(page, "halaman publik");

    // nothing answered: the error summary takes focus and names the nine unsur
    await page.getByRole("button", { name: "Kirim jawaban" }).click();
    const ringkasan = page.locator("#ringkasan-salah");
    await ringkasan.waitFor();
    expect(await ringkasan.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await ringkasan.locator("li").count()).toBe(9);
    await periksaAxe(page, "ringkasan kesalahan");

    // English and back: the same questionnaire
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { name: "Public Satisfaction Survey" }).waitFor();
    await page.getByRole("button", { name: "Bahasa Indonesia" }).click();

    await isi(page, [4, 3, 3, 4, 3, 4, 4, 3, 3], 41);
    await page.getByLabel("Pendidikan terakhir").selectOption("S1");
    await page.getByRole("button", { name: "Kirim jawaban" }).click();
    await page.getByRole("heading", { name: "Terima kasih!" }).waitFor();
    await page.getByText("Jawaban Anda sudah kami terima.").waitFor();
    await page.screenshot({ path: screenshotPath("skm-publik-terima-kasih"), fullPage: true });
    expect(await jumlahTersimpan()).toBe(1);
  });
});

describe("kiosk in Chromium", () => {
  let context: BrowserContext;
  afterAll(async () => context?.close());

  it("offline: three respondents queue; online: three answers, and replaying the queue adds none", async () => {
    context = await browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${server.url}/kiosk/${LAYANAN}`);
    await page.waitForURL(/\/s\/sb-e2e\?kiosk=1/);
    await page.getByRole("heading", { name: "Survei Kepuasan Masyarakat" }).waitFor();
    expect(await page.evaluate(() => document.body.classList.contains("kiosk"))).toBe(true);
    await periksaAxe(page, "kiosk");
    const sebelum = await jumlahTersimpan();

    await context.setOffline(true);
    const pola = [
      [1, 2, 3, 4, 4, 3, 2, 1, 2],
      [2, 2, 2, 2, 3, 3, 3, 3, 4],
      [4, 4, 4, 4, 4, 4, 4, 4, 3],
    ];
    for (const p of pola) {
      await isi(page, p);
      await page.getByRole("button", { name: "Kirim jawaban" }).click();
      await page.getByRole("heading", { name: "Terima kasih!" }).waitFor();
      await page.getByText(/akan dikirim otomatis saat koneksi kembali/).waitFor();
      await page.getByRole("button", { name: "Responden berikutnya" }).click();
      await page.getByRole("button", { name: "Kirim jawaban" }).waitFor();
      // the form is empty again for the next person
      expect(await page.locator("input[type=radio]:checked").count()).toBe(0);
    }
    const antrean = await page.evaluate(() => localStorage.getItem("sakip-skm-antrean") ?? "[]");
    expect((JSON.parse(antrean) as unknown[]).length).toBe(3);
    expect(await jumlahTersimpan()).toBe(sebelum);

    await context.setOffline(false);
    await page.waitForFunction(() => JSON.parse(localStorage.getItem("sakip-skm-antrean") ?? "[]").length === 0, null, {
      timeout: 60_000,
    });
    expect(await jumlahTersimpan()).toBe(sebelum + 3);

    // a reply lost on the way: the same three items sent again are recognised by their keys
    await page.evaluate((isiAntrean) => localStorage.setItem("sakip-skm-antrean", isiAntrean), antrean);
    await page.evaluate(() => window.dispatchEvent(new Event("online")));
    await page.waitForFunction(() => JSON.parse(localStorage.getItem("sakip-skm-antrean") ?? "[]").length === 0, null, {
      timeout: 60_000,
    });
    expect(await jumlahTersimpan()).toBe(sebelum + 3);
    await page.screenshot({ path: screenshotPath("skm-kiosk"), fullPage: true });
  }, 120_000);
});
