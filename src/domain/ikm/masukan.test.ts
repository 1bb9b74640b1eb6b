import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors";
import { normalisasiMasukanIkm, type IkmMasukan } from "./masukan";

const BARIS_OK = { u1: 3, u2: 3, u3: 3, u4: 4, u5: 3, u6: 3, u7: 3, u8: 3, u9: 3 };

function gagal(masukan: IkmMasukan): DomainError {
  try {
    normalisasiMasukanIkm(masukan);
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error("expected a DomainError");
}

describe("normalisasiMasukanIkm — validation (regulations.md §1.3: nilai 1–4 per unsur)", () => {
  // Each row: a bad respondent set, the error code and fragments the Indonesian message must name.
  it.each([
    [
      "value outside 1–4",
      [BARIS_OK, BARIS_OK, { ...BARIS_OK, u2: 5 }],
      "nilai_di_luar_rentang",
      ["baris 3", "u2", '"5"', "1–4"],
    ],
    ["value 0", [{ ...BARIS_OK, u9: 0 }], "nilai_di_luar_rentang", ["baris 1", "u9", "Pengaduan"]],
    ["non-integer", [BARIS_OK, { ...BARIS_OK, u4: "3,5" }], "nilai_bukan_bulat", ["baris 2", "u4", "3,5"]],
    ["not a number", [{ ...BARIS_OK, u1: "baik" }], "bukan_angka", ["baris 1", "u1", "baik"]],
    ["missing unsur", [BARIS_OK, { ...BARIS_OK, u8: undefined }], "nilai_unsur_hilang", ["baris 2", "u8", "Sarana"]],
    ["empty cell", [{ ...BARIS_OK, u7: " " }], "nilai_unsur_hilang", ["baris 1", "u7"]],
    ["unknown unsur code", [{ ...BARIS_OK, u10: 3 }], "unsur_tidak_dikenal", ["baris 1", "u10"]],
    ["zero respondents", [], "responden_nol", ["responden"]],
  ])("%s", (_nama, responden, code, potongan) => {
    const e = gagal({ jenis: "responden", responden: responden as Record<string, number>[] });
    expect(e.code).toBe(code);
    for (const p of potongan) expect(e.message).toContain(p);
  });

  it("names the file line when the first respondent's line is given", () => {
    const e = gagal({
      jenis: "responden",
      responden: [BARIS_OK, BARIS_OK, { ...BARIS_OK, u3: 5 }],
      barisBerkas: [2, 3, 4],
    });
    expect(e.message).toContain("Responden baris 3 (baris 4 pada berkas), unsur u3 (Waktu Penyelesaian)");
    expect(e.details).toMatchObject({ baris: 3, unsur: "u3", value: "5" });
  });

  it("accepts strings and integral decimals ('4', 3.0)", () => {
    const data = normalisasiMasukanIkm({ jenis: "responden", responden: [{ ...BARIS_OK, u1: "4", u2: 3.0 }] });
    expect(data.nrr.u1.toString()).toBe("4");
  });

  it.each([
    ["zero respondents", { responden: 0, jumlah: {} }, "responden_nol"],
    ["respondents not an integer", { responden: "9,5", jumlah: {} }, "responden_tidak_valid"],
    ["sum above 4n", { responden: 2, jumlah: { u1: 9 } }, "nilai_di_luar_rentang"],
    ["unknown code", { responden: 2, jumlah: { U1: 4 } }, "unsur_tidak_dikenal"],
    ["missing unsur", { responden: 2, jumlah: { u1: 4 } }, "nilai_unsur_hilang"],
  ])("jumlah path: %s", (_nama, isi, code) => {
    expect(gagal({ jenis: "jumlah", ...(isi as { responden: number; jumlah: Record<string, number> }) }).code).toBe(
      code,
    );
  });

  it.each([
    ["NRR above 4", { u1: "4,01" }, "nilai_di_luar_rentang"],
    ["unknown code", { u0: 3 }, "unsur_tidak_dikenal"],
    ["missing unsur", { u1: 3 }, "nilai_unsur_hilang"],
  ])("nrr path: %s", (_nama, nrr, code) => {
    expect(gagal({ jenis: "nrr", nrr }).code).toBe(code);
  });
});
