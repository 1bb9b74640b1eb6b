/**
 * Nomenclature by version (issue 17, ADR 0040). Sources: Permendagri 90/2019 (Lampiran, pattern U.BB.PP.K.KK.SSSS),
 * Kepmendagri 050-5889/2021 (4-digit sub-kegiatan, in force from TA 2022), regulations.md §5 (7.01.02.2.02.0003
 * "Peningkatan Efektifitas Pelaksanaan Pelayanan kepada Masyarakat di Wilayah Kecamatan"); list data
 * referensi/nomenklatur (codes printed from SIPD in the LKjIP 2023 Kecamatan Sei Balai appendix).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { cariKode, periksaNomenklatur, samakanNama, versiBerlaku, type VersiNomenklatur } from "./nomenklatur";
import { VERSI_NOMENKLATUR } from "./nomenklatur-data";

const DATA = path.resolve(import.meta.dirname, "../../../referensi/nomenklatur");

describe("data files ↔ generated module", () => {
  it("nomenklatur-data.ts holds exactly the CSV rows of every version in versi.json", () => {
    const versi = JSON.parse(readFileSync(path.join(DATA, "versi.json"), "utf8")) as { id: string; berkas: string }[];
    expect(VERSI_NOMENKLATUR.map((v) => v.id)).toEqual(versi.map((v) => v.id));
    for (const v of versi) {
      const rows = parse(readFileSync(path.join(DATA, v.berkas), "utf8"), {
        columns: true,
        comment: "#",
        trim: true,
      }) as { kode: string; level: string; nama: string }[];
      expect(VERSI_NOMENKLATUR.find((x) => x.id === v.id)!.entri).toEqual(rows);
    }
  });

  it("every code follows the Permendagri 90/2019 pattern for its level, 4-digit sub-kegiatan (Kepmendagri 050-5889/2021)", () => {
    const pola: Record<string, RegExp> = {
      program: /^([0-9]\.\d{2}|X\.XX)\.\d{2}$/,
      kegiatan: /^([0-9]\.\d{2}|X\.XX)\.\d{2}\.[12]\.\d{2}$/,
      "sub-kegiatan": /^([0-9]\.\d{2}|X\.XX)\.\d{2}\.[12]\.\d{2}\.\d{4}$/,
    };
    for (const v of VERSI_NOMENKLATUR)
      for (const e of v.entri) expect(e.kode, `${v.id} ${e.kode}`).toMatch(pola[e.level]!);
  });
});

describe("versiBerlaku: the version in force by budget year", () => {
  // 050-5889/2021 is in force from TA 2022; the original 90/2019 list (TA 2020–2021) is not shipped.
  it.each([
    [2021, null],
    [2022, "kepmendagri-050-5889-2021"],
    [2023, "kepmendagri-050-5889-2021"],
  ])("TA %i → %s", (tahun, id) => {
    expect(versiBerlaku(tahun)?.id ?? null).toBe(id);
  });

  const v = (id: string, mulaiTahun: number): VersiNomenklatur => ({
    id,
    judul: id,
    mulaiTahun,
    sumber: "",
    cakupan: ["7.01"],
    lengkap: true,
    entri: [],
  });
  it.each([
    [2021, "a"],
    [2023, "a"],
    [2024, "b"],
    [2030, "b"],
    [2019, null],
  ])("a later update takes over from its first year: TA %i → %s", (tahun, id) => {
    expect(versiBerlaku(tahun, [v("b", 2024), v("a", 2021)])?.id ?? null).toBe(id);
  });
});

describe("cariKode", () => {
  it("finds the regulations.md §5 example in TA 2023, not before any version is in force", () => {
    expect(cariKode("7.01.02.2.02.0003", 2023)?.nama).toBe(
      "Peningkatan Efektifitas Pelaksanaan Pelayanan kepada Masyarakat di Wilayah Kecamatan",
    );
    expect(cariKode("7.01.02.2.02.0003", 2021)).toBeNull();
  });
});

describe("periksaNomenklatur", () => {
  const resmi = cariKode("X.XX.01.2.06.0004", 2023)!;

  it("the official names as printed (other case, spacing, leading PROGRAM) give no finding", () => {
    expect(samakanNama("Koordinasi dan Penyusunan Laporan Keuangan Bulanan / Triwulanan/Semesteran SKPD")).toBe(
      samakanNama("Koordinasi dan Penyusunan Laporan Keuangan Bulanan/ Triwulanan/ Semesteran SKPD"),
    );
    const nodes = versiBerlaku(2023)!.entri.map((e) => ({
      kode: e.kode,
      level: e.level as "program" | "kegiatan" | "sub-kegiatan",
      uraian: e.level === "program" ? e.nama : e.nama.toUpperCase(),
    }));
    expect(periksaNomenklatur(nodes, 2023)).toEqual([]);
  });

  it("a renamed entry → nama_berbeda carrying the official name", () => {
    const [t] = periksaNomenklatur(
      [{ kode: "X.XX.01.2.06.0004", level: "sub-kegiatan", uraian: "Penyediaan Logistik Kantor" }],
      2023,
    );
    expect(t).toMatchObject({ jenis: "nama_berbeda", kode: "X.XX.01.2.06.0004", nilaiHitung: resmi.nama });
    expect(t!.pesan).toContain(resmi.nama);
  });

  it("an unknown code inside the coverage → kode_tidak_dikenal naming the version; outside the coverage → nothing", () => {
    const temuan = periksaNomenklatur(
      [
        { kode: "7.01.02.2.02.0099", level: "sub-kegiatan", uraian: "Sub kegiatan rekaan" },
        { kode: "1.02.02.2.01.0001", level: "sub-kegiatan", uraian: "Di luar cakupan daftar" },
      ],
      2023,
    );
    expect(temuan).toHaveLength(1);
    expect(temuan[0]).toMatchObject({ jenis: "kode_tidak_dikenal", kode: "7.01.02.2.02.0099" });
    expect(temuan[0]!.pesan).toContain("Kepmendagri 050-5889/2021");
  });

  it("no version in force (TA 2021) → no finding", () => {
    expect(periksaNomenklatur([{ kode: "7.01.02.2.02.0099", level: "sub-kegiatan", uraian: "x" }], 2021)).toEqual([]);
  });
});
