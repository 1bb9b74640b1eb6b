/**
 * The LKjIP from the database is the same document as the one built from the demo dataset: the demo loaded through
 * the services (including the report's free texts and signatures, src/demo/laporan/muat-teks-laporan.ts), assembled by
 * kumpulkanLkjip, gives the same model — every section, table (with its "Sumber:" line), figure, generated paragraph
 * with the numbers it quotes, and missing-data list — as sumberDariDemo. This is why `sakip lkjip` builds from the
 * database by default.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bangunLkjip, bangunDokumenPk, type HasilLkjip } from "../../src/reports/model";
import { kumpulkanLkjip } from "../../src/services/laporan/kumpulkan-lkjip";
import { teksLaporanDemo } from "../../src/demo/laporan/muat-teks-laporan";
import { bacaTeksLaporan } from "../../src/services/laporan/teks-laporan";
import { bacaPenandatangan } from "../../src/services/laporan/penandatangan-laporan";
import type { SumberLkjip } from "../../src/reports/model/sumber";
import { lkjipDemo, narasi, semuaTeks, sumberSeiBalai, tabel } from "../support/laporan";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

let t: TestDatabase;
let sumberDb: SumberLkjip;
let dariDb: HasilLkjip;
const lingkup = { pemda: "batu-bara", opd: "kecamatan-sei-balai" };

beforeAll(async () => {
  t = await openDemoDatabase();
  sumberDb = await kumpulkanLkjip(t.ctx, lingkup, 2023);
  dariDb = bangunLkjip(sumberDb);
});
afterAll(async () => {
  await t?.close();
});

describe("kumpulkanLkjip (database) = sumberDariDemo (dataset) for Kecamatan Sei Balai 2023", () => {
  it("builds the same document model, block by block", () => {
    expect(dariDb.dokumen).toEqual(lkjipDemo().dokumen);
  });

  it("has the same generated paragraphs with the same quoted numbers, and the same missing data", () => {
    expect(dariDb.narasi).toEqual(lkjipDemo().narasi);
    expect(dariDb.narasi.length).toBeGreaterThan(25);
    expect(dariDb.hilang).toEqual(lkjipDemo().hilang);
    expect(dariDb.hilang.map((h) => h.kunci)).toEqual(["program-kegiatan:realisasi:2023"]);
    expect(semuaTeks(dariDb)).toBe(semuaTeks(lkjipDemo()));
  });

  // Every computed table of the report (SEED Tabel 1.1–3.18 and the appendix), compared cell by cell.
  it.each([
    "tabel-desa",
    "tabel-penduduk",
    "tabel-lahan",
    "tabel-pk",
    "tabel-rencana-kelas",
    "tabel-rencana-program",
    "tabel-capaian",
    "tabel-skm",
    "tabel-komponen-akip",
    "tabel-perbandingan-tahun",
    "tabel-renstra-ikm",
    "tabel-renstra-akip",
    "tabel-komponen-akip-tahunan",
    "tabel-peer",
    "tabel-analisis",
    "tabel-efisiensi",
    "tabel-program-kegiatan",
    "tabel-realisasi-kelas",
    "tabel-realisasi-program",
    "lampiran-tabel-anggaran",
    "lampiran-tabel-ikm",
    "lampiran-tabel-rekap-akip",
  ])("%s", (id) => {
    const a = tabel(dariDb, id);
    const b = tabel(lkjipDemo(), id);
    expect(a.nomor).toBe(b.nomor);
    expect(a.baris).toEqual(b.baris);
    expect(a.blok.sumber).toBe(b.blok.sumber);
  });

  it.each(["bab1.wilayah", "bab3.skm.unsur", "bab3.S1.penyebab", "bab3.efisiensi.S1", "bab3b.program"])(
    "narrative %s",
    (kunci) => {
      expect(narasi(dariDb, kunci)).toBe(narasi(lkjipDemo(), kunci));
    },
  );

  it("gives the same PK documents (same order, signatures and tables)", () => {
    expect(bangunDokumenPk(sumberDb).dokumen).toEqual(bangunDokumenPk(sumberSeiBalai()).dokumen);
  });

  it("reads back every stored section and signature of the demo", async () => {
    const teks = await bacaTeksLaporan(t.ctx, lingkup, 2023);
    const tersimpan = teks.filter((x) => x.paragraf.length || x.butir.length || x.paragrafPenutup.length);
    expect(tersimpan.map((x) => x.kode).sort()).toEqual(
      teksLaporanDemo()
        .map((x) => x.kode)
        .sort(),
    );
    expect(tersimpan.every((x) => x.diubahOleh === "sistem")).toBe(true);
    const ttd = await bacaPenandatangan(t.ctx, lingkup, 2023);
    expect(ttd.dokumen.map((d) => [d.dokumen, d.tempat, d.tanggal, d.nomor])).toEqual([
      ["lkjip", "Sei Balai", "2024-02-18", null], // SEED 26-27
      ["lampiran-anggaran", "Lima Puluh", "2024-01-02", null],
      ["rekap-akip", "Mangkai Baru", "2023-09-05", "700/656/2023"], // SEED 1852-1860
    ]);
    expect(ttd.dokumen.every((d) => d.pejabatId !== null)).toBe(true);
  });
});
