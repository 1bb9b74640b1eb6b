import { describe, expect, it } from "vitest";
import {
  angkaId,
  bodyUnit,
  keturunan,
  kodeBaru,
  SEMENTARA,
  totalSementara,
  type UnitMasukan,
  unitDatar,
  urutPohon,
} from "./profil-masukan";

// NOTE: the Sei Balai units of the demo (SEED 255-264), shortened.
const UNIT: UnitMasukan[] = [
  { kode: "camat", nama: "Camat", jenis: "pimpinan", indukKode: null },
  { kode: "sekretariat", nama: "Sekretariat", jenis: "sekretariat", indukKode: "camat" },
  { kode: "subbag-umum", nama: "Sub Bagian Umum", jenis: "subbagian", indukKode: "sekretariat" },
  { kode: "seksi-pem", nama: "Seksi Pemerintahan", jenis: "seksi", indukKode: "camat" },
];

describe("unit tree helpers", () => {
  it("flattens the read-model tree back to the stored order", () => {
    const pohon = [
      {
        id: "1",
        kode: "camat",
        nama: "Camat",
        jenis: "pimpinan" as const,
        anak: [
          {
            id: "2",
            kode: "sekretariat",
            nama: "Sekretariat",
            jenis: "sekretariat" as const,
            anak: [{ id: "3", kode: "subbag-umum", nama: "Sub Bagian Umum", jenis: "subbagian" as const, anak: [] }],
          },
          { id: "4", kode: "seksi-pem", nama: "Seksi Pemerintahan", jenis: "seksi" as const, anak: [] },
        ],
      },
    ];
    expect(unitDatar(pohon)).toEqual(UNIT);
  });

  it("orders a flat list depth-first with depths, whatever the list order", () => {
    const acak = [UNIT[3]!, UNIT[2]!, UNIT[0]!, UNIT[1]!];
    expect(urutPohon(acak).map((u) => `${u.tingkat}:${u.kode}`)).toEqual([
      "0:camat",
      "1:seksi-pem",
      "1:sekretariat",
      "2:subbag-umum",
    ]);
  });

  it.each([
    // a unit cannot move under itself or its own sub-units
    ["camat", ["camat", "sekretariat", "subbag-umum", "seksi-pem"]],
    ["sekretariat", ["sekretariat", "subbag-umum"]],
    ["seksi-pem", ["seksi-pem"]],
  ])("keturunan(%s)", (kode, harapan) => {
    expect([...keturunan(UNIT, kode)].sort()).toEqual([...harapan].sort());
  });

  it.each([
    ["Seksi Ketenteraman dan Ketertiban", [], "seksi-ketenteraman-dan-ketertiban"],
    ["Seksi Pemerintahan", ["seksi-pemerintahan"], "seksi-pemerintahan-2"],
    ["  ", [], "unit"],
    ["Bidang Pelayanan Umum (UPTD)", [], "bidang-pelayanan-umum-uptd"],
  ])("kodeBaru(%j)", (nama, dipakai, harapan) => {
    expect(kodeBaru(nama, new Set(dipakai))).toBe(harapan);
  });

  it("gives new units a code from their name and re-points their children", () => {
    const baru: UnitMasukan[] = [
      ...UNIT,
      { kode: `${SEMENTARA}1`, nama: "Seksi Trantib", jenis: "seksi", indukKode: "camat" },
      { kode: `${SEMENTARA}2`, nama: "Pos Trantib", jenis: "lainnya", indukKode: `${SEMENTARA}1` },
    ];
    const { body, kodeEdit } = bodyUnit(baru);
    expect(body.slice(-2)).toEqual([
      { kode: "seksi-trantib", nama: "Seksi Trantib", jenis: "seksi", indukKode: "camat" },
      { kode: "pos-trantib", nama: "Pos Trantib", jenis: "lainnya", indukKode: "seksi-trantib" },
    ]);
    expect(kodeEdit.slice(-2)).toEqual([`${SEMENTARA}1`, `${SEMENTARA}2`]);
  });
});

describe("desa totals while typing", () => {
  it("sums hectares exactly and counts as integers, L+P computed", () => {
    // NOTE: desa 1–2 of the demo (SEED 165-166, 191-192, 220-221).
    const kosong = { sumber: null };
    const total = totalSementara([
      {
        ...kosong,
        nomor: 1,
        nama: "Sei Balai",
        luasHa: "100",
        dusun: 16,
        kk: 1010,
        pendudukL: 1570,
        pendudukP: 1767,
        perkebunanHa: "16",
        pertanianHa: "55",
        perumahanHa: "29",
      },
      {
        ...kosong,
        nomor: 2,
        nama: "Kwala Sikasim",
        luasHa: "211",
        dusun: 8,
        kk: 846,
        pendudukL: 1447,
        pendudukP: 1653,
        perkebunanHa: "13.5",
        pertanianHa: "113",
        perumahanHa: "84.5",
      },
      {
        ...kosong,
        nomor: 3,
        nama: "Baru",
        luasHa: null,
        dusun: null,
        kk: null,
        pendudukL: null,
        pendudukP: null,
        perkebunanHa: "0.1",
        pertanianHa: null,
        perumahanHa: "0.2",
      },
    ]);
    expect(total).toEqual({
      luasHa: "311",
      dusun: 24,
      kk: 1856,
      pendudukL: 3017,
      pendudukP: 3420,
      penduduk: 6437,
      perkebunanHa: "29.6",
      pertanianHa: "168",
      perumahanHa: "113.7",
    });
  });

  it.each([
    [null, "—"],
    [1856, "1.856"],
    ["1234567.50", "1.234.567,50"],
    ["13.5", "13,5"],
    ["0", "0"],
  ])("angkaId(%j) = %s", (x, harapan) => {
    expect(angkaId(x)).toBe(harapan);
  });
});
