/**
 * Issue 17 / ADR 0040: the budget import preview checks codes and names against the nomenclature version in force for
 * the budget year (Kepmendagri 050-5889/2021 for TA 2023). The seed's appendix (LKjIP 2023 Kecamatan Sei Balai,
 * Lampiran, SEED 1709-1807) as printed gives no nomenclature finding; a renamed sub-kegiatan gives a warning with the
 * official name; an unknown code a finding; both leave the file importable.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cariKode } from "../../src/domain/anggaran";
import { konfirmasiImpor, pratinjauImpor } from "../../src/services/anggaran/impor";
import { seiBalaiTsv } from "../fixtures/anggaran/sei-balai";
import { openDatabaseSeiBalai } from "../support/opd-uji";
import type { TestDatabase } from "../support/test-database";

let t: TestDatabase;
const L = { pemda: "batu-bara", opd: "kecamatan-sei-balai", tahun: 2023 } as const;
const berkas = (teks: string) => ({ nama: "pengawasan.tsv", isi: new TextEncoder().encode(teks) });
const NOMENKLATUR = new Set(["kode_tidak_dikenal", "nama_berbeda"]);

beforeAll(async () => {
  t = await openDatabaseSeiBalai();
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe("nomenclature check in the budget import preview", () => {
  it("the seed's appendix as printed: no nomenclature finding", async () => {
    const p = await pratinjauImpor(t.ctx, { ...L, berkas: berkas(seiBalaiTsv()) });
    expect(p.rekonsiliasi.temuan.filter((x) => NOMENKLATUR.has(x.jenis))).toEqual([]);
  }, 120_000);

  it("a renamed sub-kegiatan and an unknown code: warnings with the official name, the import still goes through", async () => {
    const resmi = cariKode("X.XX.01.2.06.0004", 2023)!.nama; // SEED 1736
    const teks = seiBalaiTsv()
      .replace(`\t${resmi}\t`, "\tPenyediaan Logistik Kantor\t")
      .replace(". 1.2.06.5\t", ". 1.2.06.98\t"); // SEED 1737: a sub-kegiatan number not in the list
    expect(teks).toContain("Penyediaan Logistik Kantor");
    const p = await pratinjauImpor(t.ctx, { ...L, berkas: berkas(teks) });
    const temuan = p.rekonsiliasi.temuan.filter((x) => NOMENKLATUR.has(x.jenis));
    expect(temuan).toHaveLength(2);
    expect(temuan.find((x) => x.jenis === "nama_berbeda")).toMatchObject({
      kode: "X.XX.01.2.06.0004",
      nilaiCetak: "Penyediaan Logistik Kantor",
      nilaiHitung: resmi,
    });
    expect(temuan.find((x) => x.jenis === "kode_tidak_dikenal")).toMatchObject({ kode: "X.XX.01.2.06.0098" });
    const h = await konfirmasiImpor(t.ctx, { ...L, berkas: berkas(teks), hashDasar: p.hashDasar });
    expect(h.tanpaPerubahan).toBe(false);
  }, 120_000);
});
