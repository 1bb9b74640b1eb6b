import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/client";
import { galatDi, galatTabel } from "./galat-sel";

const galat = (detail: string) => new ApiError(400, detail, "Data tidak valid", detail);
const KOLOM = { realisasi: "realisasi", target: "target", sumber: "sumber" };

describe("galatTabel maps server row errors to cells", () => {
  it.each([
    // src/services/pengukuran/pembanding.ts and indikator-program.ts messages
    ['nilai pembanding baris 2, realisasi: "73,65x" bukan angka', "2.realisasi", '"73,65x" bukan angka'],
    ["Indikator program baris 1, target: target kosong", "1.target", "target kosong"],
    ["nilai pembanding baris 12: sumber wajib diisi (angka eksternal harus bersumber)", "12", "sumber wajib diisi"],
  ])("%s → %s", (pesan, kunci, isi) => {
    const g = galatTabel(galat(pesan), KOLOM);
    expect(Object.keys(g.sel)).toEqual([kunci]);
    expect(g.sel[kunci]).toContain(isi);
    expect(g.umum).toBeNull();
  });

  it("puts a message naming a known field at that field", () => {
    const e = new ApiError(400, "x", "Data tidak valid", "nama pembanding wajib diisi", [
      { field: "namaPeer", message: "nama pembanding wajib diisi" },
    ]);
    expect(galatTabel(e, { ...KOLOM, namaPeer: "namaPeer" }).sel).toEqual({ namaPeer: "nama pembanding wajib diisi" });
  });

  it("keeps a message without a row for the top of the form", () => {
    expect(galatTabel(galat("nama pembanding wajib diisi"), KOLOM)).toEqual({
      umum: "Data tidak valid — nama pembanding wajib diisi",
      sel: {},
    });
  });

  it("places a row-only message at the field the form chooses, a cell message at its cell", () => {
    const g = galatTabel(galat("nilai pembanding baris 2: sumber wajib diisi"), KOLOM);
    const ke = (pesan: string) => (/sumber/.test(pesan) ? "sumber" : "indikatorKode");
    expect(galatDi(g, 1, "sumber", ke)).toBe("sumber wajib diisi");
    expect(galatDi(g, 1, "indikatorKode", ke)).toBeUndefined();
    expect(galatDi(g, 0, "sumber", ke)).toBeUndefined();
    const sel = galatTabel(galat('nilai pembanding baris 1, realisasi: "x" bukan angka'), KOLOM);
    expect(galatDi(sel, 0, "realisasi", ke)).toBe('"x" bukan angka');
  });
});
