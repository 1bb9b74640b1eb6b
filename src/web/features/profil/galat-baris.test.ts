import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/client";
import { galatBaris } from "./galat-baris";

const DARI_FIELD: Record<string, string> = { fungsi: "fungsi", "dasar hukum": "dasarHukum", inovasi: "inovasi" };
const dari = (f: string) => DARI_FIELD[f] ?? "";

describe("galatBaris", () => {
  it.each([
    // contract error of PUT …/desa (src/api/app.ts defaultHook): row index from 0, then the field
    [
      "Permintaan tidak valid",
      "",
      [{ field: "2.pendudukP", message: "Terlalu kecil" }],
      { "2.pendudukP": "Terlalu kecil" },
    ],
    // contract error of PUT …/profil-teks: list, index, field
    [
      "Permintaan tidak valid",
      "",
      [{ field: "dasarHukum.1.teks", message: "wajib" }],
      { "dasarHukum.1.teks": "wajib" },
    ],
    // service error of simpan-desa (desa.ts normalDesa): "Desa baris 3" is row index 2
    [
      "Data tidak valid",
      "Desa baris 3: nama desa wajib diisi",
      [{ field: "nama", message: "Desa baris 3: nama desa wajib diisi" }],
      { "2.nama": "Desa baris 3: nama desa wajib diisi" },
    ],
    // service error without a field (simpan-desa nama_ganda, simpan-unit-kerja): the whole row
    ["Data tidak valid", 'Desa baris 5: nama "Durian" ganda', [], { "4": 'Desa baris 5: nama "Durian" ganda' }],
    // service error of simpan-profil-opd: field "dasar hukum", "nomor 2" is row index 1
    [
      "Data tidak valid",
      "dasar hukum nomor 2: teks wajib diisi",
      [{ field: "dasar hukum", message: "dasar hukum nomor 2: teks wajib diisi" }],
      { "dasarHukum.1": "dasar hukum nomor 2: teks wajib diisi" },
    ],
  ])("%s %s → %j", (title, detail, errors, sel) => {
    const g = galatBaris(new ApiError(400, "x", title, detail, errors), dari);
    expect(g.sel).toEqual(sel);
    expect(g.umum).toContain("periksa 1 isian");
  });

  it("puts what names no row above the form", () => {
    const g = galatBaris(new ApiError(403, "x", "Akses ditolak", "Tidak berwenang untuk OPD ini"));
    expect(g).toEqual({ umum: "Akses ditolak — Tidak berwenang untuk OPD ini", sel: {} });
  });
});
