/** Desa totals are computed from the rows (never typed) and reproduce the seed's Tabel 1.1–1.3 totals. */
import { describe, expect, it } from "vitest";
import { demoDataset } from "../../demo/data";
import { normalDesa, totalDesa } from "./desa";

const desa = demoDataset.seiBalai.profilWilayah.desa.map((x) => ({
  nomor: x.nomor,
  nama: x.nama,
  luasHa: x.luasHa,
  dusun: x.dusun,
  kk: x.kk,
  pendudukL: x.pendudukL,
  pendudukP: x.pendudukP,
  perkebunanHa: x.lahan.perkebunanHa,
  pertanianHa: x.lahan.pertanianHa,
  perumahanHa: x.lahan.perumahanHa,
}));

describe("totalDesa", () => {
  it("reproduces the printed totals of Kecamatan Sei Balai", () => {
    expect(totalDesa(desa)).toEqual({
      luasHa: "9286.9", // SEED 179 "9.286,9 Ha"
      dusun: 119, // SEED 205
      kk: 8727, // SEED 205 "8.727"
      pendudukL: 14859, // SEED 205
      pendudukP: 15342, // SEED 205
      penduduk: 30201, // SEED 205 "30.201"
      perkebunanHa: "6242", // SEED 234 "6.242 Ha"
      pertanianHa: "1812.1", // SEED 234 "1.812,10 Ha"
      perumahanHa: "1232.9", // SEED 234 "1.232,90 Ha"
      persenLahan: { perkebunan: "67.21", pertanian: "19.51", perumahan: "13.28" }, // SEED 211
    });
  });

  it("is empty-safe", () => {
    expect(totalDesa([])).toMatchObject({ luasHa: "0", penduduk: 0, persenLahan: { perkebunan: null } });
  });
});

describe("normalDesa", () => {
  it.each([
    // Indonesian decimal comma accepted and stored in machine form
    [{ luasHa: "1.619,9" }, "luasHa", "1619.9"],
    [{ luasHa: "100" }, "luasHa", "100"],
  ])("%o → %s = %s", (patch, field, value) => {
    expect(normalDesa({ ...desa[0]!, ...patch }, 1)[field as "luasHa"]).toBe(value);
  });

  it.each([
    [{ nama: " " }, "Desa baris 3: nama desa wajib diisi"],
    [{ kk: -1 }, 'Desa baris 3: kk "-1" harus bilangan bulat ≥ 0'],
    [{ luasHa: "-5" }, "Desa baris 3: luasHa tidak boleh negatif"],
    [{ luasHa: "seratus" }, 'Desa baris 3, luasHa: "seratus" bukan angka'],
    // PostgreSQL integer: 2 147 483 647 is the largest (a larger Dusun used to end in a 500)
    [{ dusun: 3000000000 }, "Desa baris 3: dusun 3000000000 melebihi batas 2.147.483.647"],
    [{ pendudukP: 2147483648 }, "Desa baris 3: pendudukP 2147483648 melebihi batas 2.147.483.647"],
    [{ nomor: 3000000000 }, "Desa baris 3: nomor 3000000000 melebihi batas 2.147.483.647"],
    // hectares below 10^9
    [{ luasHa: "1000000000" }, "Desa baris 3: luasHa 1000000000 ha harus kurang dari 1.000.000.000 ha"],
    [{ perumahanHa: "1.000.000.000,5" }, "Desa baris 3: perumahanHa 1000000000.5 ha harus kurang dari"],
  ])("rejects %o", (patch, pesan) => {
    expect(() => normalDesa({ ...desa[0]!, ...patch }, 3)).toThrow(pesan);
  });
});

describe("normalDesa bounds", () => {
  it.each([
    // the largest values that fit: PostgreSQL integer max, hectares just under 10^9
    [{ kk: 2147483647 }, "kk", 2147483647],
    [{ luasHa: "999999999.99" }, "luasHa", "999999999.99"],
  ])("accepts %o", (patch, field, value) => {
    expect(normalDesa({ ...desa[0]!, ...patch }, 1)[field as "kk"]).toBe(value);
  });

  it("names row and field in the error details", () => {
    expect(() => normalDesa({ ...desa[0]!, dusun: 3000000000 }, 2)).toThrow(
      expect.objectContaining({
        code: "terlalu_besar",
        details: expect.objectContaining({ baris: 2, field: "dusun" }),
      }),
    );
  });
});
