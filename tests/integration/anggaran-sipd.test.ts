/**
 * Issue 17 / ADR 0040: the SIPD "Laporan Realisasi per Sub Kegiatan" as XLSX and as PDF (fixtures from the seed's
 * appendix, tests/support/sipd-realisasi.ts) goes through the same preview and reconciliation; the PDF reads into
 * the same rows as the XLSX; an unknown layout names each layout's missing columns; a bad cell names row and column.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { konfirmasiImpor, pratinjauImpor } from "../../src/services/anggaran/impor";
import { barisDariPdf } from "../../src/services/anggaran/baca-pdf-sipd";
import { seiBalaiTsv } from "../fixtures/anggaran/sei-balai";
import { barisSipd, jumlahSipd, pdfSipd, xlsxSipd } from "../support/sipd-realisasi";
import { openDatabaseSeiBalai } from "../support/opd-uji";
import type { TestDatabase } from "../support/test-database";

let t: TestDatabase;
const L = { pemda: "batu-bara", opd: "kecamatan-sei-balai", tahun: 2023 } as const;
const REKON = new Set(["aritmetika_baris", "jumlah_anak"]);

beforeAll(async () => {
  t = await openDatabaseSeiBalai();
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe("SIPD Laporan Realisasi per Sub Kegiatan", () => {
  it("the PDF's text reads into the XLSX's rows (names cut to fit the page aside)", async () => {
    const rows = await barisDariPdf(await pdfSipd());
    const asli = barisSipd().filter((r) => r.length > 1);
    const pdf = rows.filter((r) => r.filter((c) => c !== "").length > 1);
    expect(pdf.map((r) => [r[0], r[2], r[3], r[4], r[5]])).toEqual(asli.map((r) => [r[0], r[2], r[3], r[4], r[5]]));
  }, 120_000);

  it.each([
    ["xlsx", xlsxSipd, "realisasi.xlsx"],
    ["pdf", pdfSipd, "realisasi.pdf"],
  ] as const)(
    "%s: automatic mode, same totals, clean reconciliation; realisasi compared, not written",
    async (_, buat, nama) => {
      const p = await pratinjauImpor(t.ctx, { ...L, berkas: { nama, isi: await buat() } });
      expect(p.berkas.format).toBe("sipd-realisasi");
      expect(p.meta?.unitOrganisasi).toBe("Kecamatan Sei Balai");
      expect(p.bulan).toBe(12);
      const j = jumlahSipd();
      expect(p.berkasRingkasan.anggaran).toBe(j.anggaran.toFixed(2));
      expect(p.berkasRingkasan.subKegiatan).toBe(barisSipd().filter((r) => /^\S+\.\d{4}$/.test(r[0] ?? "")).length);
      expect(p.rekonsiliasi.temuan.filter((x) => REKON.has(x.jenis))).toEqual([]);
      // nothing stored yet: every sub-kegiatan with realisasi is reported, none written
      const beda = p.rekonsiliasi.temuan.filter((x) => x.jenis === "realisasi_sipd_berbeda");
      expect(beda.length).toBeGreaterThan(0);
      // amounts in the message are id-ID money ("Rp 13.000.000,00"), never the machine form "13000000.00"
      for (const b of beda) {
        expect(b.pesan).toMatch(/SIPD mencatat Rp \d{1,3}(\.\d{3})*,\d{2} untuk /);
        expect(b.pesan).not.toMatch(/\d{4,}\.\d{2}\b/);
      }
      expect(p.sesudah.realisasi.total).toBe("0.00");
    },
    120_000,
  );

  it("after the Laporan Pengawasan Anggaran is imported, the SIPD realisasi agrees and nothing changes", async () => {
    const tsv = { nama: "pengawasan.tsv", isi: new TextEncoder().encode(seiBalaiTsv()) };
    const pr = await pratinjauImpor(t.ctx, { ...L, berkas: tsv });
    await konfirmasiImpor(t.ctx, { ...L, berkas: tsv, hashDasar: pr.hashDasar });
    const p = await pratinjauImpor(t.ctx, { ...L, berkas: { nama: "realisasi.xlsx", isi: await xlsxSipd() } });
    expect(p.rekonsiliasi.temuan.filter((x) => x.jenis === "realisasi_sipd_berbeda")).toEqual([]);
    expect(p.sesudah.realisasi.total).toBe(jumlahSipd().realisasi.toFixed(2));
    expect(p.perubahan.ubah + p.perubahan.buat + p.perubahan.hapus).toBe(0);
  }, 180_000);

  it("a printed sum that does not add up is a finding naming row and column", async () => {
    const rows = barisSipd();
    const j = rows.length - 1;
    rows[j]![2] = "1,00";
    const p = await pratinjauImpor(t.ctx, { ...L, berkas: { nama: "r.xlsx", isi: await xlsxSipd(rows) } });
    const x = p.rekonsiliasi.temuan.find((y) => y.jenis === "jumlah_anak" && y.kolom === "ANGGARAN");
    expect(x).toMatchObject({ baris: j + 1, nilaiCetak: "1,00" });
  }, 120_000);

  it("a bad cell: the file is refused naming row and column", async () => {
    const rows = barisSipd();
    rows[8]![3] = "12x";
    await expect(
      pratinjauImpor(t.ctx, { ...L, berkas: { nama: "r.xlsx", isi: await xlsxSipd(rows) } }),
    ).rejects.toMatchObject({
      code: "berkas_anggaran_tidak_valid",
      message: expect.stringContaining("Baris 9, kolom REALISASI"),
    });
  }, 120_000);

  it("an unknown layout (no REALISASI column): per layout the missing columns, nothing written", async () => {
    const rows = barisSipd().map((r) => (r.length > 1 ? [r[0]!, r[1]!, r[2]!, r[4]!] : r));
    const e = await pratinjauImpor(t.ctx, { ...L, berkas: { nama: "r.pdf", isi: await pdfSipd(rows) } }).catch(
      (x) => x,
    );
    expect(e).toMatchObject({ code: "format_tidak_dikenali" });
    expect(e.message).toMatch(
      /SIPD Laporan Realisasi per Sub Kegiatan \(judul paling cocok baris \d+\) kurang kolom REALISASI/,
    );
    expect(e.message).toContain("Laporan Pengawasan Anggaran");
  }, 120_000);
});
