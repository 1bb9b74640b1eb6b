import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors";
import { parseAkun } from "./belanja-akun";
import { KLASIFIKASI_BELANJA_90_2019 } from "./belanja-kelas";

describe("parseAkun", () => {
  it.each([
    // regulations.md §5 Belanja; SEED realisasi columns PEGAWAI = 5.1.01, BARANG & JASA = 5.1.02, MODAL = 5.2
    ["5.1.01", "5.1.01", "Belanja Pegawai", "pegawai"],
    ["5.1.01.01.01.0001", "5.1.01", "Belanja Pegawai", "pegawai"],
    ["5.1.02", "5.1.02", "Belanja Barang dan Jasa", "barangJasa"],
    ["5.1.02.01.01.0024", "5.1.02.01", "Belanja Barang", "barangJasa"],
    ["5.1.02.02", "5.1.02.02", "Belanja Jasa", "barangJasa"],
    ["5.1.02.03.02.0035", "5.1.02.03", "Belanja Pemeliharaan", "barangJasa"],
    ["5.1.02.04.01.0001", "5.1.02.04", "Belanja Perjalanan Dinas", "barangJasa"],
    // regulations.md §5: 5.2.02.05 Alat Kantor dan Rumah Tangga is under Peralatan dan Mesin
    ["5.2.02.05.01.0001", "5.2.02", "Belanja Modal Peralatan dan Mesin", "modal"],
    ["5.2.01", "5.2.01", "Belanja Modal Tanah", "modal"],
    ["5.2.03", "5.2.03", "Belanja Modal Gedung dan Bangunan", "modal"],
    ["5.2.04", "5.2.04", "Belanja Modal Jalan, Jaringan dan Irigasi", "modal"],
    ["5.2.05", "5.2.05", "Belanja Modal Aset Tetap Lainnya", "modal"],
    ["5.2.06", "5.2.06", "Belanja Modal Aset Lainnya", "modal"],
    ["5.2", "5.2", "Belanja Modal", "modal"],
    ["5.1.05.05.01.0001", "5.1.05", "Belanja Hibah", null],
    ["5.3.01.01.01.0001", "5.3.01", "Belanja Tidak Terduga", null],
    ["5.4.02", "5.4.02", "Belanja Bantuan Keuangan", null],
  ])("%s → %s %s (%s)", (akun, kode, label, kelompok) => {
    const a = parseAkun(akun);
    expect(a.kelas.kode).toBe(kode);
    expect(a.kelas.label).toBe(label);
    expect(a.kelompok).toBe(kelompok);
  });

  it("gives the path from the top", () => {
    expect(parseAkun("5.1.02.03").jalur.map((k) => k.kode)).toEqual(["5", "5.1", "5.1.02", "5.1.02.03"]);
  });

  it.each([["4.1.01"], ["5"], ["5.9.01"], ["5.1.x"], [""]])("rejects %j", (akun) => {
    expect(() => parseAkun(akun)).toThrow(DomainError);
  });

  it("is data with a source (rule version)", () => {
    expect(KLASIFIKASI_BELANJA_90_2019.source.regulasi).toContain("90 Tahun 2019");
    const modal = KLASIFIKASI_BELANJA_90_2019.value.filter((k) => /^5\.2\.\d{2}$/.test(k.kode));
    expect(modal.map((k) => k.kode)).toEqual(["5.2.01", "5.2.02", "5.2.03", "5.2.04", "5.2.05", "5.2.06"]);
  });
});
