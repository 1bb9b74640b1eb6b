/**
 * Budget import on a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL): the seed's appendix
 * "Laporan Pengawasan Anggaran Definitif per Sub Kegiatan" (SEED 1709-1807, fixture row N = SEED line N + 1708)
 * imported through the public service, its sums at every level, its reconciliation findings, broken files rejected
 * with nothing written, and a file twice = once.
 */
import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "../../src/domain/shared/errors";
import type { KesalahanBaris } from "../../src/domain/anggaran";
import { hashDataAnggaran } from "../../src/services/anggaran/data";
import { konfirmasiImpor, pratinjauImpor } from "../../src/services/anggaran/impor";
import { bacaPohonAnggaran } from "../../src/services/anggaran/pohon";
import { bacaRingkasanAnggaran } from "../../src/services/anggaran/ringkasan";
import { bacaTabelAnggaran } from "../../src/services/anggaran/tabel";
import { queryRows } from "../../src/storage/database";
import { hitungBaris } from "../../src/storage/repositories/anggaran-repository";
import { setStatusPeriode } from "../../src/storage/repositories/status-periode-repository";
import { ConflictError } from "../../src/services/errors";
import { upsertOpd, upsertPemda } from "../../src/storage/repositories/organisasi-repository";
import { seiBalaiTsv } from "../fixtures/anggaran/sei-balai";
import { openTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let kunci: { pemdaId: string; opdId: string; tahun: number };
const LINGKUP = { pemda: "batu-bara", opd: "kecamatan-sei-balai", tahun: 2023 } as const;
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const berkas = (teks: string, nama = "pengawasan.tsv") => ({ nama, isi: enc(teks) });

async function jumlahAudit(): Promise<number> {
  const [r] = await queryRows<{ n: number }>(t.ctx.db, sql`select cast(count(*) as integer) as n from audit_log`);
  return r?.n ?? 0;
}

beforeAll(async () => {
  t = await openTestDatabase();
  const pemda = await upsertPemda(t.ctx.db, {
    slug: "batu-bara",
    nama: "Kabupaten Batu Bara",
    jenis: "kabupaten",
    provinsi: "Sumatera Utara",
  });
  const opd = await upsertOpd(t.ctx.db, {
    pemdaId: pemda.id,
    slug: "kecamatan-sei-balai",
    nama: "Kecamatan Sei Balai",
    jenis: "kecamatan",
    kode: null,
    urutan: 31,
  });
  kunci = { pemdaId: pemda.id, opdId: opd.id, tahun: 2023 };
});
afterAll(async () => {
  await t?.close();
});

describe("import of the seed appendix (SEED 1709-1807)", () => {
  it("previews without writing: 6 programs, 13 kegiatan, 34 sub-kegiatan, the seed's findings", async () => {
    const audit = await jumlahAudit();
    const p = await pratinjauImpor(t.ctx, { ...LINGKUP, berkas: berkas(seiBalaiTsv()) });
    expect(p.berkas.format).toBe("pengawasan");
    expect(p.bulan).toBe(12); // "per 31 Desember 2023" (SEED 1712)
    expect(p.sesudah).toEqual({
      program: 6,
      kegiatan: 13,
      subKegiatan: 34,
      anggaran: "3135926319.00",
      realisasi: { pegawai: "1948820960.00", barangJasa: "974108450.00", modal: "11000000.00", total: "2933929410.00" },
    });
    expect(p.perubahan).toMatchObject({ buat: 53, ubah: 0, hapus: 0, tetap: 0 });
    // 5 misplaced TOTAL KEGIATAN rows and 2 missing totals (program 06, kegiatan 7.01.06.2.01): domain findings.
    expect(p.rekonsiliasi.temuan.map((x) => [x.jenis, x.kode])).toEqual([
      ["total_salah_tempat", "X.XX.01.2.09"], // SEED 1761
      ["total_salah_tempat", "7.01.02.2.02"], // SEED 1766
      ["total_salah_tempat", "7.01.03.2.06"], // SEED 1786
      ["total_salah_tempat", "7.01.04.2.01"], // SEED 1791
      ["total_tidak_ada", "7.01.06"], // SEED 1802
      ["total_salah_tempat", "7.01.05.2.01"], // SEED 1803
      ["total_tidak_ada", "7.01.06.2.01"], // SEED 1804
    ]);
    expect(await hitungBaris(t.ctx.db, kunci)).toEqual({ node: 0, realisasi: 0, rincian: 0, sasaran: 0, kelasOpd: 0 });
    expect(await jumlahAudit()).toBe(audit);
  });

  it("confirms in one transaction with one audit entry, and reproduces the sums at every level", async () => {
    const audit = await jumlahAudit();
    const p = await pratinjauImpor(t.ctx, { ...LINGKUP, berkas: berkas(seiBalaiTsv()) });
    const h = await konfirmasiImpor(t.ctx, {
      ...LINGKUP,
      berkas: berkas(seiBalaiTsv()),
      hashBerkas: p.berkas.hash,
      hashDasar: p.hashDasar,
    });
    expect(h.tanpaPerubahan).toBe(false);
    expect(h.perubahan).toEqual({ buat: 53, ubah: 0, hapus: 0, tetap: 0 });
    expect(await jumlahAudit()).toBe(audit + 1);
    expect(await hitungBaris(t.ctx.db, kunci)).toEqual({
      node: 53,
      realisasi: 34,
      rincian: 0,
      sasaran: 0,
      kelasOpd: 0,
    });

    const r = await bacaRingkasanAnggaran(t.ctx, LINGKUP);
    expect(r.total).toMatchObject({
      anggaran: "3135926319.00",
      realisasi: "2933929410.00",
      serapan: "93.56",
      sisa: "201996909.00",
    });
    // Per program = Tabel 3.18 (SEED 1017-1022); its printed JUMLAH realisasi 3.135.926.319 (SEED 1023) is wrong.
    expect(r.program.map((x) => [x.kode, x.anggaran, x.realisasi, x.serapan, x.sisa])).toEqual([
      ["X.XX.01", "2650313819.00", "2476764410.00", "93.45", "173549409.00"],
      ["7.01.02", "13000000.00", "13000000.00", "100.00", "0.00"],
      ["7.01.03", "268352500.00", "254945000.00", "95.00", "13407500.00"],
      ["7.01.04", "18800000.00", "15050000.00", "80.05", "3750000.00"],
      ["7.01.05", "175460000.00", "165370000.00", "94.25", "10090000.00"],
      ["7.01.06", "10000000.00", "8800000.00", "88.00", "1200000.00"],
    ]);
    // Realisasi per class = Tabel 3.17 (SEED 1001-1004); anggaran per class needs the DPPA breakdown (not yet).
    expect(r.kelas.map((x) => [x.id, x.realisasi])).toEqual([
      ["pegawai", "1948820960.00"],
      ["barangJasa", "974108450.00"],
      ["modal", "11000000.00"],
    ]);
  });

  it("imports the same file twice as once: no change, no audit entry, same content hash", async () => {
    const hash = await hashDataAnggaran(t.ctx.db, kunci);
    const audit = await jumlahAudit();
    const h = await konfirmasiImpor(t.ctx, { ...LINGKUP, berkas: berkas(seiBalaiTsv()) });
    expect(h.tanpaPerubahan).toBe(true);
    expect(h.pesan).toMatch(/^Tanpa perubahan/);
    expect(await jumlahAudit()).toBe(audit);
    expect(await hashDataAnggaran(t.ctx.db, kunci)).toBe(hash);
  });
});

describe("a broken file is rejected with row and column, and nothing is written", () => {
  const rusak = (row: number, col: number, v: string): string => {
    const lines = seiBalaiTsv().split("\n");
    const cells = (lines[row - 1] ?? "").split("\t");
    cells[col] = v;
    lines[row - 1] = cells.join("\t");
    return lines.join("\n");
  };

  it.each([
    // fixture row, column index, value, expected error (row = SEED line − 1708)
    [14, 2, "dua juta", 14, "ANGGARAN", "bukan_angka"], // SEED 1722
    [18, 3, "-1.909.140.960,00", 18, "REALISASI PEGAWAI", "nilai_negatif"], // SEED 1726
    [27, 0, "ABC . 7-01 . 1", 27, "KODE", "kode_tidak_valid"], // SEED 1735
  ])("row %i col %i = %s → Baris %i, kolom %s (%s)", async (row, col, v, baris, kolom, kode) => {
    const before = await hitungBaris(t.ctx.db, kunci);
    const hash = await hashDataAnggaran(t.ctx.db, kunci);
    const audit = await jumlahAudit();
    const err = await konfirmasiImpor(t.ctx, { ...LINGKUP, berkas: berkas(rusak(row, col, v)) }).catch((e) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).code).toBe("berkas_anggaran_tidak_valid");
    const errors = (err as DomainError).details.errors as KesalahanBaris[];
    expect(errors.map((e) => [e.baris, e.kolom, e.kode])).toEqual([[baris, kolom, kode]]);
    expect(errors[0]?.pesan).toMatch(new RegExp(`^Baris ${baris}`));
    expect(await hitungBaris(t.ctx.db, kunci)).toEqual(before);
    expect(await hashDataAnggaran(t.ctx.db, kunci)).toBe(hash);
    expect(await jumlahAudit()).toBe(audit);
  });
});

describe("template import: months, changes, deletions, kept and carried columns", () => {
  const L = { ...LINGKUP, tahun: 2024 };
  const HEADER =
    "Kode,Uraian,Anggaran Murni,Anggaran Perubahan,Realisasi Pegawai,Realisasi Barang dan Jasa,Realisasi Modal,Sumber Dana,Kode Sasaran,Anggaran 5.1.02";
  const t1 = [
    "Realisasi per 31 Maret 2024",
    HEADER,
    "7.01.02,PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK,,,,,,,S1,",
    "7.01.02.2.02,Penyelenggaraan Urusan Pemerintahan,,,,,,,,",
    "7.01.02.2.02.0003,Peningkatan Efektifitas Pelayanan,12000000,,0,1000000,0,DAU,,12000000",
    "7.01.02.2.02.0004,Sub yang nanti dihapus,5000000,,0,0,0,PAD,S1,5000000",
  ].join("\n");
  const t2 = [
    "Realisasi per 30 Juni 2024",
    HEADER,
    "7.01.02,PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK,,,,,,,S1,",
    "7.01.02.2.02,Penyelenggaraan Urusan Pemerintahan yang Tidak Dilaksanakan oleh Unit Kerja,,,,,,,,",
    '7.01.02.2.02.0003,Peningkatan Efektifitas Pelayanan,12000000,"13.000.000,00",0,4000000,0,DAU,,13000000',
  ].join("\n");
  const k2024 = () => ({ ...kunci, tahun: 2024 });

  it("writes month 3, then month 6 with one change set; months stay separate", async () => {
    await konfirmasiImpor(t.ctx, { ...L, berkas: berkas(t1, "t1.csv") });
    expect(await hitungBaris(t.ctx.db, k2024())).toEqual({
      node: 4,
      realisasi: 2,
      rincian: 2,
      sasaran: 2,
      kelasOpd: 0,
    });
    const p = await pratinjauImpor(t.ctx, { ...L, berkas: berkas(t2, "t2.csv") });
    expect(p.bulan).toBe(6);
    expect(
      p.perubahan.entri.map((e) => [e.aksi, e.kode, e.kolom.map((k) => `${k.kolom}:${k.sebelum}→${k.sesudah}`)]),
    ).toEqual([
      [
        "ubah",
        "7.01.02.2.02",
        [
          "uraian:Penyelenggaraan Urusan Pemerintahan→Penyelenggaraan Urusan Pemerintahan yang Tidak Dilaksanakan oleh Unit Kerja",
        ],
      ],
      [
        "ubah",
        "7.01.02.2.02.0003",
        [
          "anggaranPerubahan:null→13000000.00",
          // month 6 has no realisasi yet: the whole row is new for that month
          "realisasi.pegawai:null→0.00",
          "realisasi.barangJasa:null→4000000.00",
          "realisasi.modal:null→0.00",
          "rincian.5.1.02:12000000.00→13000000.00",
        ],
      ],
      ["hapus", "7.01.02.2.02.0004", []],
    ]);
    await konfirmasiImpor(t.ctx, {
      ...L,
      berkas: berkas(t2, "t2.csv"),
      hashBerkas: p.berkas.hash,
      hashDasar: p.hashDasar,
    });
    expect(await hitungBaris(t.ctx.db, k2024())).toEqual({
      node: 3,
      realisasi: 2,
      rincian: 1,
      sasaran: 1,
      kelasOpd: 0,
    });

    const juni = await bacaPohonAnggaran(t.ctx, L);
    expect([juni.bulan, juni.bulanTersedia, juni.total.anggaran, juni.total.totalRealisasi]).toEqual([
      6,
      [3, 6],
      "13000000.00",
      "4000000.00",
    ]);
    const maret = await bacaPohonAnggaran(t.ctx, { ...L, bulan: 3 });
    expect([maret.bulan, maret.total.totalRealisasi]).toEqual([3, "1000000.00"]);
    const sub = juni.program[0]?.anak[0]?.anak[0];
    expect(sub).toMatchObject({ anggaranMurni: "12000000.00", anggaranPerubahan: "13000000.00", sumberDana: "DAU" });
    expect(juni.program[0]?.sasaran).toEqual(["S1"]);
    // Anggaran by class from the sub-kegiatan rincian (no OPD breakdown stored for 2024).
    const tabel = await bacaTabelAnggaran(t.ctx, L);
    expect(tabel.perKelas.sumberAnggaran).toBe("rincian-sub-kegiatan");
    expect(tabel.perKelas.baris.find((b) => b.id === "barangJasa")).toMatchObject({
      anggaran: "13000000.00",
      realisasi: "4000000.00",
      serapan: "30.77",
    });

    const hash = await hashDataAnggaran(t.ctx.db, k2024());
    expect((await konfirmasiImpor(t.ctx, { ...L, berkas: berkas(t2, "t2.csv") })).tanpaPerubahan).toBe(true);
    expect(await hashDataAnggaran(t.ctx.db, k2024())).toBe(hash);
  });

  it("a pengawasan file for the same year keeps the murni, sumber dana, rincian and sasaran it does not carry", async () => {
    const teks = [
      "per 30 Juni 2024",
      "KODE\tURAIAN\tANGGARAN\tREALISASI\t\t\t\t\tSISA",
      "\t\t\tPEGAWAI\tBARANG & JASA\tMODAL\tTOTAL\t%\tANGGARAN",
      "7.01 . 7-01.0-00.0-00.03.0.0 . 2.2.02\tPROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
      "7.01 . 7-01.0-00.0-00.03.0.0 . 2.2.02\tPenyelenggaraan Urusan Pemerintahan yang Tidak Dilaksanakan oleh Unit Kerja",
      "7.01 . 7-01.0-00.0-00.03.0.0 . 2.2.02.3\tPeningkatan Efektifitas Pelayanan\t13.000.000,00\t0,00\t5.000.000,00\t0,00\t5.000.000,00\t38,46\t8.000.000,00",
    ].join("\n");
    const p = await pratinjauImpor(t.ctx, { ...L, berkas: berkas(teks) });
    expect(p.perubahan.entri.map((e) => [e.kode, e.kolom.map((k) => k.kolom)])).toEqual([
      ["7.01.02.2.02.0003", ["realisasi.barangJasa"]],
    ]);
    // Missing TOTAL rows and no Jumlah are findings, not errors.
    expect(p.rekonsiliasi.temuan.map((x) => x.jenis)).toContain("total_tidak_ada");
  });
});

describe("a locked year refuses the import", () => {
  it("previews with bolehDiubah false and refuses the confirm with 409-class ConflictError; nothing written", async () => {
    const k = { ...kunci, tahun: 2025 };
    await setStatusPeriode(t.ctx.db, { ...k, modul: "anggaran" }, "terkunci", "uji");
    const teks = seiBalaiTsv().replace("31 Desember 2023", "31 Desember 2025");
    const p = await pratinjauImpor(t.ctx, { ...LINGKUP, tahun: 2025, berkas: berkas(teks) });
    expect([p.statusPeriode, p.bolehDiubah]).toEqual(["terkunci", false]);
    const audit = await jumlahAudit();
    const err = await konfirmasiImpor(t.ctx, { ...LINGKUP, tahun: 2025, berkas: berkas(teks) }).catch((e) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as Error).message).toMatch(/berstatus "Terkunci"/);
    expect(await hitungBaris(t.ctx.db, k)).toEqual({ node: 0, realisasi: 0, rincian: 0, sasaran: 0, kelasOpd: 0 });
    expect(await jumlahAudit()).toBe(audit);
  });
});

describe("the seed appendix as an XLSX workbook", () => {
  it("reads numeric cells (with a merged REALISASI header) the same as the TSV: nothing changes", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Lampiran");
    for (const line of seiBalaiTsv().replace(/\n$/, "").split("\n")) {
      const cells = line
        .split("\t")
        .map((c) => (/^-?[\d.]+,\d{2}$/.test(c) ? Number(c.replace(/\./g, "").replace(",", ".")) : c));
      ws.addRow(cells);
    }
    ws.mergeCells("D10:H10"); // REALISASI over its five columns (SEED 1718)
    const isi = new Uint8Array(await wb.xlsx.writeBuffer());
    const p = await pratinjauImpor(t.ctx, { ...LINGKUP, berkas: { nama: "lampiran.xlsx", isi } });
    expect(p.berkas).toMatchObject({ jenis: "xlsx", lembar: "Lampiran", format: "pengawasan" });
    expect(p.tanpaPerubahan).toBe(true);
    expect(p.rekonsiliasi.temuan).toHaveLength(7);
  });
});
