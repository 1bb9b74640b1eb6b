/**
 * The AKIP evaluation in Chromium (issue 13): the OPD operator's self-assessment of 2025 is complete and submitted
 * (set up through the API as the operator, in the operator's own browser session); the evaluator (demo account)
 * opens Evaluasi, answers kriteria 1.a.1 in the browser, attaches a link as evidence, finishes and finalises with
 * confirmation; the OPD's AKIP indicator (Pengukuran API) then shows the new Nilai AKIP, which is what the rules core
 * computes for the same answers; the LHE downloads as DOCX with that total. Screenshots at 1366 and 390 px.
 * NOTE: regulations.md §2.3–§2.5 (values, roll-up, predikat).
 */
import fs from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hitungNilaiLke, KERANGKA_LKE_88_2021 } from "../../src/domain/akip";
import { bukaZip } from "../support/laporan";
import { launchBrowser, screenshotPath } from "./support/browser";
import { masukSebagai } from "./support/masuk";
import { type E2eServer, startE2eServer } from "./support/server";

let server: E2eServer;
let browser: Browser;
const TAHUN = 2025;
const OPD = "/api/v1/pemda/batu-bara/opd/kecamatan-sei-balai";
const LKE = `${OPD}/lke/${TAHUN}`;
const KODE = KERANGKA_LKE_88_2021.value.komponen.flatMap((k) =>
  k.subKomponen.flatMap((s) => s.kriteria.map((c) => c.kode)),
);
// Every answer B, except the one the evaluator gives in the browser.
const JAWABAN_AKHIR: Record<string, string> = { ...Object.fromEntries(KODE.map((k) => [k, "B"])), "1.a.1": "A" };

beforeAll(async () => {
  server = await startE2eServer();
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Calls the API from the page's session (with its CSRF token). */
async function api(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; text: string }> {
  return page.evaluate(
    async ([method, path, body]) => {
      const sesi = (await (await fetch("/api/auth/sesi")).json()) as { csrfToken: string };
      const res = await fetch(path as string, {
        method: method as string,
        headers: { "content-type": "application/json", "x-csrf-token": sesi.csrfToken },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: res.status, text: await res.text() };
    },
    [method, path, body] as const,
  );
}

describe("evaluasi AKIP in Chromium", () => {
  it("the operator's complete self-assessment is submitted", async () => {
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await ctx.newPage();
    await masukSebagai(page, server.url, "operator_opd");
    const j = KODE.map((kode) => ({ kode, jawaban: "B", alasan: "Dokumen tersedia" }));
    const simpan = await api(page, "PUT", `${LKE}/jawaban`, { sisi: "mandiri", jawaban: j });
    expect(simpan.status, simpan.text).toBe(200);
    await page.goto(`${server.url}/evaluasi?tahun=${TAHUN}`);
    await page.getByTestId("aksi-ajukan").click();
    await page.getByTestId("aksi-lanjut").click();
    await expect.poll(() => page.getByTestId("status-evaluasi").innerText(), { timeout: 60_000 }).not.toMatch(/draf/i);
    await ctx.close();
  }, 180_000);

  it("the evaluator answers, attaches evidence, finalises; the AKIP indicator and the LHE show the value", async () => {
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    const page = await ctx.newPage();
    await masukSebagai(page, server.url, "evaluator");
    // 79 evaluator answers through the API; the 80th in the browser below
    const j = KODE.filter((k) => k !== "1.a.1").map((kode) => ({ kode, jawaban: "B" }));
    const simpan = await api(page, "PUT", `${LKE}/jawaban`, { sisi: "evaluator", jawaban: j });
    expect(simpan.status, simpan.text).toBe(200);

    await page.goto(`${server.url}/evaluasi?opd=kecamatan-sei-balai&tahun=${TAHUN}`);
    const kartu = page.getByTestId("kriteria-1.a.1");
    await kartu.waitFor();
    await page.getByTestId("jawaban-1.a.1").click();
    await page.getByRole("option", { name: "A", exact: true }).click();
    await page.getByTestId("simpan-1.a.1").click();
    await expect.poll(() => page.getByTestId("pesan-evaluasi").innerText(), { timeout: 60_000 }).toContain("Tersimpan");
    const h = hitungNilaiLke(JAWABAN_AKHIR);
    const tampil = h.totalTampil.replace(".", ",");
    await expect.poll(() => page.getByTestId("nilai-evaluator").innerText(), { timeout: 60_000 }).toContain(tampil);

    await page.getByTestId("bukti-url-1.a.1").fill("https://batubarakab.go.id/renstra-kecamatan-sei-balai.pdf");
    await page.getByTestId("bukti-tambah-1.a.1").click();
    await expect
      .poll(() => page.getByTestId("kriteria-1.a.1").innerText(), { timeout: 60_000 })
      .toContain("renstra-kecamatan-sei-balai.pdf");
    await page.screenshot({ path: screenshotPath("evaluasi-lembar-1366"), fullPage: false });

    await page.getByTestId("aksi-selesai-nilai").click();
    await page.getByTestId("aksi-lanjut").click();
    await page.getByTestId("aksi-finalkan").waitFor({ timeout: 60_000 });
    await page.getByTestId("aksi-finalkan").click();
    await page.getByTestId("aksi-lanjut").click();
    await expect.poll(() => page.getByTestId("status-evaluasi").innerText(), { timeout: 60_000 }).toMatch(/final/i);

    // the OPD's AKIP indicator: its realisasi of the year is the final Nilai AKIP
    const ukur = await api(page, "GET", `${OPD}/pengukuran/${TAHUN}`);
    expect(ukur.status).toBe(200);
    const akip: { nilai: string }[] = [];
    JSON.parse(ukur.text, (_k, v: unknown) => {
      if (v && typeof v === "object" && (v as { asal?: string }).asal === "akip") akip.push(v as { nilai: string });
      return v;
    });
    expect(akip.length).toBeGreaterThan(0);
    expect(akip.map((a) => Number(a.nilai))).toContain(Number(h.totalTampil));

    // the LHE
    const [unduhan] = await Promise.all([page.waitForEvent("download"), page.getByTestId("lhe-docx").click()]);
    const berkas = await unduhan.path();
    const xml = bukaZip(fs.readFileSync(berkas)).get("word/document.xml")!.toString("utf8");
    expect(xml).toContain(tampil);
    expect(xml).toContain(h.predikat.kode);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: screenshotPath("evaluasi-lembar-390"), fullPage: false });
    await page.getByTestId("kriteria-1.a.2").scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath("evaluasi-kriteria-390"), fullPage: false });
    await page.getByRole("tab", { name: "Rekap Pemda" }).click();
    await page.getByTestId("tabel-rekap").waitFor({ timeout: 60_000 });
    await page.screenshot({ path: screenshotPath("evaluasi-rekap-390"), fullPage: false });
    // nothing wider than the phone's screen but the tables' own scroll containers
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshotPath("evaluasi-rekap-1366"), fullPage: false });
    await ctx.close();
  }, 300_000);
});
