/**
 * The AKIP evaluation in Chromium (issue 13): the OPD operator's self-assessment of 2025 is complete and submitted
 * (set up through the API as the operator, in the operator's own browser session); the evaluator (demo account)
 * opens Evaluasi, answers kriteria 1.a.1 in the browser, attaches a link and uploads a PDF as evidence, runs the
 * what-if (nothing saved), exports the XLSX, changes one answer offline and imports it back through the preview, and
 * hands over ("Selesai dinilai") — finalising is refused to the evaluator. The team leader (Ketua Tim Evaluasi demo
 * account) finalises with confirmation; the OPD's AKIP indicator (Pengukuran API) then shows the new Nilai AKIP, which
 * is what the rules core computes for the same answers; the LHE downloads as DOCX with that total. Screenshots at
 * 1366 and 390 px.
 * NOTE: regulations.md §2.3–§2.5 (values, roll-up, predikat).
 */
import fs from "node:fs";
import ExcelJS from "exceljs";
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
// Every answer B, except 1.a.1 (given in the browser) and 1.a.2 (changed in the exported XLSX and imported back).
const JAWABAN_SEBELUM_IMPOR: Record<string, string> = {
  ...Object.fromEntries(KODE.map((k) => [k, "B"])),
  "1.a.1": "A",
};
const JAWABAN_AKHIR: Record<string, string> = { ...JAWABAN_SEBELUM_IMPOR, "1.a.2": "A" };
const koma = (s: string) => s.replace(".", ",");
/** A one-page PDF, small enough to write here (the evidence reader checks the %PDF- signature). */
const PDF_KECIL = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj " +
    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);
interface NilaiApi {
  evaluator: { total: { nilai: string } };
}

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

  it("the evaluator answers, attaches a link and a file, runs the what-if, round-trips the XLSX and hands over", async () => {
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
    const sebelumImpor = hitungNilaiLke(JAWABAN_SEBELUM_IMPOR);
    await expect
      .poll(() => page.getByTestId("nilai-evaluator").innerText(), { timeout: 60_000 })
      .toContain(koma(sebelumImpor.totalTampil));

    // evidence: a link, then an uploaded PDF (through the file chooser, as a user picks it)
    await page.getByTestId("bukti-url-1.a.1").fill("https://batubarakab.go.id/renstra-kecamatan-sei-balai.pdf");
    await page.getByTestId("bukti-tambah-1.a.1").click();
    await expect
      .poll(() => page.getByTestId("kriteria-1.a.1").innerText(), { timeout: 60_000 })
      .toContain("renstra-kecamatan-sei-balai.pdf");
    const [pemilih] = await Promise.all([
      page.waitForEvent("filechooser"),
      page.getByTestId("bukti-berkas-1.a.1").click(),
    ]);
    await pemilih.setFiles({ name: "sk-tim-sakip-2025.pdf", mimeType: "application/pdf", buffer: PDF_KECIL });
    await expect
      .poll(() => page.getByTestId("kriteria-1.a.1").innerText(), { timeout: 60_000 })
      .toContain("sk-tim-sakip-2025.pdf");
    const unggahan = page.getByTestId("kriteria-1.a.1").getByRole("link", { name: "sk-tim-sakip-2025.pdf" });
    const href = await unggahan.getAttribute("href");
    const berkasBukti = await page.evaluate(async (u) => {
      const r = await fetch(u as string);
      return { status: r.status, awal: new TextDecoder().decode((await r.arrayBuffer()).slice(0, 5)) };
    }, href);
    expect(berkasBukti).toEqual({ status: 200, awal: "%PDF-" });
    await page.screenshot({ path: screenshotPath("evaluasi-lembar-1366"), fullPage: false });

    // what-if: 1.b.1 to A; the simulated total is the rules core's, and nothing is saved
    await page.getByRole("tab", { name: "Simulasi" }).click();
    await page.getByTestId("simulasi-kriteria").click();
    await page.getByTestId("simulasi-kriteria").fill("1.b.1");
    await page.getByRole("option", { name: /^1\.b\.1 / }).click();
    await page.getByTestId("simulasi-hitung").click();
    const simulasi = hitungNilaiLke({ ...JAWABAN_SEBELUM_IMPOR, "1.b.1": "A" });
    await expect
      .poll(() => page.getByTestId("simulasi-total").innerText(), { timeout: 60_000 })
      .toContain(koma(simulasi.totalTampil));
    await page.screenshot({ path: screenshotPath("evaluasi-simulasi-1366"), fullPage: false });
    const tersimpan = JSON.parse((await api(page, "GET", `${LKE}/nilai`)).text) as NilaiApi;
    expect(tersimpan.evaluator.total.nilai).toBe(sebelumImpor.totalTampil);
    await page.getByRole("tab", { name: "Lembar kerja" }).click();

    // XLSX round trip: export, change 1.a.2 offline (answer A, value cleared), import with preview, confirm
    const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByTestId("xlsx-unduh").click()]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(await xlsx.path()) as never);
    let baris = 0;
    wb.getWorksheet("LKE")!.eachRow((row) => {
      if (String(row.getCell(2).value ?? "") !== "1.a.2") return;
      row.getCell(8).value = "A"; // evaluator's answer (xlsx-lke.ts column je)
      row.getCell(9).value = null; // its value, recomputed on import
      baris += 1;
    });
    expect(baris).toBe(1);
    const [pilihXlsx] = await Promise.all([page.waitForEvent("filechooser"), page.getByTestId("xlsx-impor").click()]);
    await pilihXlsx.setFiles({
      name: "lke-sei-balai-2025.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(await wb.xlsx.writeBuffer()),
    });
    const h = hitungNilaiLke(JAWABAN_AKHIR);
    const tampil = koma(h.totalTampil);
    const ringkasan = page.getByTestId("impor-ringkasan");
    await ringkasan.waitFor({ timeout: 60_000 });
    expect(await ringkasan.innerText()).toContain("1 kriteria berubah");
    expect(await ringkasan.innerText()).toContain(tampil);
    await page.screenshot({ path: screenshotPath("evaluasi-impor-pratinjau-1366"), fullPage: false });
    await page.getByTestId("impor-konfirmasi").click();
    await expect
      .poll(() => page.getByTestId("pesan-evaluasi").innerText(), { timeout: 60_000 })
      .toContain("Impor tersimpan");
    await expect.poll(() => page.getByTestId("nilai-evaluator").innerText(), { timeout: 60_000 }).toContain(tampil);

    // the team hands over; finalising is not the evaluator's (issue 13: the team leader finalises)
    await page.getByTestId("aksi-selesai-nilai").click();
    await page.getByTestId("aksi-lanjut").click();
    await page.getByTestId("menunggu-ketua").waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("aksi-finalkan").count()).toBe(0);
    expect((await api(page, "POST", `${LKE}/status`, { aksi: "finalkan" })).status).toBe(403);
    await ctx.close();
  }, 300_000);

  it("the team leader finalises; the AKIP indicator and the LHE show the value", async () => {
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    const page = await ctx.newPage();
    await masukSebagai(page, server.url, "ketua_tim_evaluator");
    await page.goto(`${server.url}/evaluasi?opd=kecamatan-sei-balai&tahun=${TAHUN}`);
    const h = hitungNilaiLke(JAWABAN_AKHIR);
    const tampil = koma(h.totalTampil);
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
