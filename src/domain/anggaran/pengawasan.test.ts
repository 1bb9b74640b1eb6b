import { beforeAll, describe, expect, it } from "vitest";
import { seiBalaiTsv, SEED_LINE_OFFSET } from "../../../tests/fixtures/anggaran/sei-balai";
import { toFixed } from "../shared/decimal";
import { parsePengawasan } from "./pengawasan";
import type { HasilPengawasan } from "./pengawasan-types";
import { serapanTampil } from "./serapan";
import { splitTsv } from "./tsv";

// Fixture = SEED 1709-1807 copied exactly; fixture row N = SEED line N + 1708.
let hasil: HasilPengawasan;
beforeAll(() => {
  hasil = parsePengawasan(splitTsv(seiBalaiTsv()));
});

const rp = (v: Parameters<typeof toFixed>[0]): string => toFixed(v, 2);

describe("parsePengawasan on the seed appendix (SEED 1709-1807)", () => {
  it("reads the title block (SEED 1709-1716)", () => {
    expect(hasil.meta).toEqual({
      judul: ["PEMERINTAH KABUPATEN BATU BARA", "LAPORAN PENGAWASAN ANGGARAN DEFINITIF PER SUB KEGIATAN"],
      perTanggal: "31 Desember 2023",
      unitOrganisasi: "Kecamatan Sei Balai",
      subUnit: "Kecamatan Sei Balai",
    });
  });

  it("builds 6 programs, 13 kegiatan, 34 sub-kegiatan", () => {
    const t = hasil.pohon;
    expect(t.program).toHaveLength(6);
    expect(t.program.flatMap((p) => p.kegiatan)).toHaveLength(13);
    expect(t.program.flatMap((p) => p.kegiatan.flatMap((k) => k.subKegiatan))).toHaveLength(34);
  });

  it("reproduces the OPD totals from the sub-kegiatan rows (SEED 1807 Jumlah, SEED 1000-1005)", () => {
    const t = hasil.pohon;
    expect(rp(t.anggaran)).toBe("3135926319.00");
    expect(rp(t.realisasi.pegawai)).toBe("1948820960.00");
    expect(rp(t.realisasi.barangJasa)).toBe("974108450.00");
    expect(rp(t.realisasi.modal)).toBe("11000000.00");
    expect(rp(t.totalRealisasi)).toBe("2933929410.00");
    expect(rp(t.sisa)).toBe("201996909.00");
    expect(toFixed(serapanTampil(t.totalRealisasi, t.anggaran) ?? 0, 2)).toBe("93.56");
    // Single ANGGARAN column = anggaran definitif, counted as perubahan by default (SEED 1710, 416-421 "PAPBD").
    expect(t.anggaranMurni).toBeNull();
    expect(rp(t.anggaranPerubahan ?? 0)).toBe("3135926319.00");
  });

  it.each([
    // code, anggaran, pegawai, barang & jasa, modal, total, %, sisa — SEED TOTAL PROGRAM rows 1759, 1764, 1784, 1789,
    // 1801; program 06 has no printed total (computed from SEED 1805-1806); also Tabel 3.18 (SEED 1017-1022)
    ["X.XX.01", "2650313819.00", "1948820960.00", "527943450.00", "0.00", "2476764410.00", "93.45", "173549409.00"],
    ["7.01.02", "13000000.00", "0.00", "4000000.00", "9000000.00", "13000000.00", "100.00", "0.00"],
    ["7.01.03", "268352500.00", "0.00", "252945000.00", "2000000.00", "254945000.00", "95.00", "13407500.00"],
    ["7.01.04", "18800000.00", "0.00", "15050000.00", "0.00", "15050000.00", "80.05", "3750000.00"],
    ["7.01.05", "175460000.00", "0.00", "165370000.00", "0.00", "165370000.00", "94.25", "10090000.00"],
    ["7.01.06", "10000000.00", "0.00", "8800000.00", "0.00", "8800000.00", "88.00", "1200000.00"],
  ])("program %s: anggaran %s, realisasi %s/%s/%s = %s (%s %%), sisa %s", (kode, ang, pg, bj, md, tot, pct, sisa) => {
    const n = hasil.pohon.indeks.get(kode);
    expect(n?.level).toBe("program");
    if (!n) return;
    expect([rp(n.anggaran), rp(n.realisasi.pegawai), rp(n.realisasi.barangJasa), rp(n.realisasi.modal)]).toEqual([
      ang,
      pg,
      bj,
      md,
    ]);
    expect([rp(n.totalRealisasi), toFixed(serapanTampil(n.totalRealisasi, n.anggaran) ?? 0, 2), rp(n.sisa)]).toEqual([
      tot,
      pct,
      sisa,
    ]);
  });

  it.each([
    // code, uraian start, anggaran, total realisasi, % (null = anggaran 0) — SEED TOTAL KEGIATAN rows; 7.01.06.2.01 computed
    ["X.XX.01.2.01", "Perencanaan", "4000000.00", "4000000.00", "100.00"], // SEED 1724
    ["X.XX.01.2.02", "Administrasi Keuangan", "1977468975.00", "1911740960.00", "96.68"], // SEED 1729
    ["X.XX.01.2.05", "Administrasi Kepegawaian", "0.00", "0.00", null], // SEED 1732: printed 0,00
    ["X.XX.01.2.06", "Administrasi Umum", "222176555.00", "177970200.00", "80.10"], // SEED 1745
    ["X.XX.01.2.07", "Pengadaan Barang", "31500000.00", "0.00", "0.00"], // SEED 1749
    ["X.XX.01.2.08", "Penyediaan Jasa", "293923091.00", "274237250.00", "93.30"], // SEED 1754
    ["X.XX.01.2.09", "Pemeliharaan", "121245198.00", "108816000.00", "89.75"], // SEED 1761 (misplaced)
    ["7.01.02.2.02", "Penyelenggaraan Urusan", "13000000.00", "13000000.00", "100.00"], // SEED 1766 + 1768 (wrapped)
    ["7.01.03.2.01", "Koordinasi Kegiatan", "68352500.00", "58373500.00", "85.40"], // SEED 1777
    ["7.01.03.2.06", "Pemberdayaan dan", "200000000.00", "196571500.00", "98.29"], // SEED 1786
    ["7.01.04.2.01", "Koordinasi Upaya", "18800000.00", "15050000.00", "80.05"], // SEED 1791
    ["7.01.05.2.01", "Penyelenggaraan Urusan Pemerintahan Umum", "175460000.00", "165370000.00", "94.25"], // SEED 1803
    ["7.01.06.2.01", "Fasilitasi", "10000000.00", "8800000.00", "88.00"], // computed from SEED 1805-1806
  ])("kegiatan %s (%s…): anggaran %s, realisasi %s, %s %%", (kode, uraian, ang, tot, pct) => {
    const n = hasil.pohon.indeks.get(kode);
    expect(n?.level).toBe("kegiatan");
    if (!n) return;
    expect(n.uraian.startsWith(uraian)).toBe(true);
    expect([rp(n.anggaran), rp(n.totalRealisasi)]).toEqual([ang, tot]);
    const s = serapanTampil(n.totalRealisasi, n.anggaran);
    expect(s === null ? null : toFixed(s, 2)).toBe(pct);
  });

  it("merges the wrapped line of the TOTAL row (SEED 1766 + 1768) and skips repeated page headers", () => {
    expect(hasil.catatan).toEqual([
      {
        baris: 60,
        pesan: 'Baris 60 ("KERJA PERANGKAT DAERAH YANG ADA DI KECAMATAN") digabung sebagai lanjutan uraian baris 58',
      },
    ]);
    const row58 = hasil.baris.find((b) => b.baris === 58);
    expect(row58?.uraian).toBe(
      "TOTAL KEGIATAN PENYELENGGARAAN URUSAN PEMERINTAHAN YANG TIDAK DILAKSANAKAN OLEH UNIT KERJA PERANGKAT DAERAH YANG ADA DI KECAMATAN",
    );
    // Header rows 10-11 and their repeats (35-36, 64-65, 87-88 = SEED 1743-1744, 1772-1773, 1795-1796) are not rows.
    expect(hasil.baris.some((b) => [35, 36, 64, 65, 87, 88].includes(b.baris))).toBe(false);
  });

  it("finds every seed discrepancy of the appendix by computation", () => {
    const found = hasil.temuan.map((t) => [t.jenis, t.baris, t.kode]);
    expect(found).toEqual([
      // SEED 1761: TOTAL KEGIATAN Pemeliharaan BMD printed after PROGRAM 02's header (SEED 1760) and after TOTAL
      // PROGRAM 01 (SEED 1759) — i.e. missing before TOTAL PROGRAM 01; it belongs after SEED 1758.
      ["total_salah_tempat", 53, "X.XX.01.2.09"],
      // SEED 1766: TOTAL KEGIATAN 2.02 of program 02 printed after PROGRAM 03's header (SEED 1765).
      ["total_salah_tempat", 58, "7.01.02.2.02"],
      // SEED 1786: TOTAL KEGIATAN 2.06 of program 03 after PROGRAM 04's header (SEED 1785).
      ["total_salah_tempat", 78, "7.01.03.2.06"],
      // SEED 1791: TOTAL KEGIATAN 2.01 of program 04 after PROGRAM 05's header (SEED 1790).
      ["total_salah_tempat", 83, "7.01.04.2.01"],
      // SEED 1802: no TOTAL PROGRAM for program 06 (PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA).
      ["total_tidak_ada", 94, "7.01.06"],
      // SEED 1803: TOTAL KEGIATAN 2.01 of program 05 after PROGRAM 06's header (SEED 1802).
      ["total_salah_tempat", 95, "7.01.05.2.01"],
      // SEED 1804: no TOTAL KEGIATAN for kegiatan 6.2.01 (Fasilitasi, Rekomendasi dan Koordinasi …).
      ["total_tidak_ada", 96, "7.01.06.2.01"],
    ]);
    for (const t of hasil.temuan) {
      expect(t.baris === null ? null : t.baris + SEED_LINE_OFFSET).toBeGreaterThan(1708);
      expect(t.pesan.length).toBeGreaterThan(20);
    }
  });

  it("finds no printed amount that disagrees: every printed figure matches its rows and its own arithmetic", () => {
    // E.g. TOTAL KEGIATAN Administrasi Keuangan (SEED 1729) prints 96,68 %: 1.911.740.960 / 1.977.468.975 × 100
    // = 96,676… → 96,68, so it agrees. Zero-anggaran rows print 0,00 % (SEED 1731-1732, 1747): accepted.
    expect(hasil.temuan.filter((t) => t.jenis === "jumlah_anak" || t.jenis === "aritmetika_baris")).toEqual([]);
  });

  it("states the missing totals with their computed values", () => {
    const p06 = hasil.temuan.find((t) => t.kode === "7.01.06");
    expect(p06?.pesan).toBe(
      'Baris TOTAL PROGRAM untuk program "PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA" (7.01.06) tidak tercetak; ' +
        "hasil hitung: anggaran 10.000.000,00, realisasi 8.800.000,00 (88,00%), sisa 1.200.000,00",
    );
    const misplaced = hasil.temuan.find((t) => t.kode === "X.XX.01.2.09");
    expect(misplaced?.pesan).toContain("seharusnya tepat sesudah baris 50");
  });
});
