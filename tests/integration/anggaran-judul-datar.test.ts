/**
 * Issue 17: the seed's "Laporan Pengawasan Anggaran" (LKjIP 2023 Kecamatan Sei Balai, Lampiran, SEED 1709-1807) as
 * an XLSX whose two-row header (SEED 1718-1719) was flattened into one row in Excel ("REALISASI PEGAWAI", …) imports
 * in automatic mode through the real service with the same totals as the two-row workbook.
 */
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { konfirmasiImpor, pratinjauImpor } from "../../src/services/anggaran/impor";
import { bacaRingkasanAnggaran } from "../../src/services/anggaran/ringkasan";
import { upsertOpd, upsertPemda } from "../../src/storage/repositories/organisasi-repository";
import { seiBalaiTsv } from "../fixtures/anggaran/sei-balai";
import { openTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
const DUA = { pemda: "batu-bara", opd: "kecamatan-sei-balai", tahun: 2023 } as const;
const DATAR = { pemda: "batu-bara", opd: "kecamatan-sei-balai-datar", tahun: 2023 } as const;

const angka = (c: string): string | number =>
  /^-?[\d.]+,\d{2}$/.test(c) ? Number(c.replace(/\./g, "").replace(",", ".")) : c;

/** The appendix as a workbook; `datar`: both header rows (every page) merged into one row of "GROUP SUB" labels. */
async function buku(datar: boolean): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Lampiran");
  const rows = seiBalaiTsv()
    .replace(/\n$/, "")
    .split("\n")
    .map((l) => l.split("\t"));
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] ?? [];
    const bawah = rows[i + 1] ?? [];
    if (datar && r[0] === "KODE" && bawah[3] === "PEGAWAI") {
      // Flattened as operators do it: group and sub-label in one cell, the sub-label sometimes after a line break.
      let grup = "";
      ws.addRow(
        r.map((a, j) => {
          const b = bawah[j] ?? "";
          if (a !== "") grup = b !== "" ? a : "";
          if (a !== "" && b !== "") return j % 2 === 0 ? `${a}\n${b}` : `${a} ${b}`;
          return a !== "" ? a : b === "" ? "" : `${grup} ${b}`;
        }),
      );
      i++;
      continue;
    }
    ws.addRow(r.map(angka));
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

beforeAll(async () => {
  t = await openTestDatabase();
  const pemda = await upsertPemda(t.ctx.db, {
    slug: "batu-bara",
    nama: "Kabupaten Batu Bara",
    jenis: "kabupaten",
    provinsi: "Sumatera Utara",
  });
  for (const [slug, urutan] of [
    [DUA.opd, 31],
    [DATAR.opd, 32],
  ] as const) {
    await upsertOpd(t.ctx.db, {
      pemdaId: pemda.id,
      slug,
      nama: "Kecamatan Sei Balai",
      jenis: "kecamatan",
      kode: null,
      urutan,
    });
  }
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe("flattened one-row header of the Laporan Pengawasan Anggaran (XLSX, automatic mode)", () => {
  it("imports with the same totals as the two-row header", async () => {
    const hasil = [];
    for (const [lingkup, datar] of [
      [DUA, false],
      [DATAR, true],
    ] as const) {
      const isi = await buku(datar);
      const berkas = { nama: datar ? "lampiran-datar.xlsx" : "lampiran.xlsx", isi };
      const p = await pratinjauImpor(t.ctx, { ...lingkup, berkas, format: "auto" });
      expect(p.berkas).toMatchObject({ jenis: "xlsx", format: "pengawasan" });
      const h = await konfirmasiImpor(t.ctx, {
        ...lingkup,
        berkas,
        format: "auto",
        hashBerkas: p.berkas.hash,
        hashDasar: p.hashDasar,
      });
      expect(h.tanpaPerubahan).toBe(false);
      hasil.push({ p, r: await bacaRingkasanAnggaran(t.ctx, lingkup) });
    }
    const [dua, datar] = hasil;
    expect(datar?.p.sesudah).toEqual(dua?.p.sesudah);
    expect(datar?.p.rekonsiliasi.temuan.map((x) => [x.jenis, x.kode])).toEqual(
      dua?.p.rekonsiliasi.temuan.map((x) => [x.jenis, x.kode]),
    );
    expect(datar?.r.total).toEqual(dua?.r.total);
    // SEED 1807 (Jumlah) = sum of the 34 sub-kegiatan rows, computed by the parser, not copied.
    expect(dua?.p.sesudah.subKegiatan).toBe(34);
  }, 180_000);

  it("refuses a file no layout fits, naming the missing columns of each layout, nothing written", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Lampiran").addRow(["KODE", "URAIAN", "REALISASI PEGAWAI", "REALISASI MODAL"]);
    const isi = new Uint8Array(await wb.xlsx.writeBuffer());
    const tolak = pratinjauImpor(t.ctx, { ...DATAR, berkas: { nama: "x.xlsx", isi }, format: "auto" });
    await expect(tolak).rejects.toThrow(/templat SAKIP .*kurang kolom Anggaran Murni atau Anggaran Perubahan/);
    await expect(tolak).rejects.toThrow(/Laporan Pengawasan Anggaran .*kurang kolom ANGGARAN/);
  }, 60_000);
});
