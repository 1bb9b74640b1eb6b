import { describe, expect, it } from "vitest";
import { terjemah } from "../../i18n/terjemah";
import {
  dariIsianRenstra,
  dariIsianRpjmd,
  jalurRenstra,
  keIsianRenstra,
  keIsianRpjmd,
  kodeBaru,
  kunciBerindikator,
  nomoriMisi,
  periksaRenstra,
  periksaRpjmd,
  pindah,
  type RenstraIsian,
  type RpjmdIsian,
} from "./isian-rencana";

// NOTE: shape of the demo Renstra Kecamatan Sei Balai 2019–2023 (Tabel 2.1, SEED 356-366), shortened.
const RENSTRA: RenstraIsian = {
  tahunAkhir: 2023,
  namaDokumen: "Renstra Kecamatan Sei Balai 2019-2023",
  misiNomor: [1],
  catatan: null,
  tujuan: [
    {
      kode: "T1",
      teks: "Meningkatkan Kualitas Pelayanan Publik",
      sumber: "Tabel 2.1 (SEED 361)",
      sasaran: [
        {
          kode: "S1",
          teks: "Meningkatkan Kepuasan Masyarakat",
          sumber: null,
          strategi: [
            { kode: "S1-1", teks: "Meningkatkan kapasitas pelayanan aparatur" },
            { kode: "S1-2", teks: "Meningkatkan cakupan pelayanan" },
          ],
          kebijakan: [],
        },
        { kode: "S2", teks: "Meningkatkan Akuntabilitas", sumber: null, strategi: [], kebijakan: [] },
      ],
    },
  ],
};
// NOTE: demo RPJMD Batu Bara 2019–2023 (SEED 316-347), shortened.
const RPJMD: RpjmdIsian = {
  tahunAkhir: 2023,
  visi: "Menjadikan Masyarakat Kabupaten Batu Bara Masyarakat Industri",
  kataKunci: [{ kata: "Sejahtera", penjelasan: "terpenuhi kebutuhan dasarnya" }],
  misi: [
    { nomor: 1, teks: "Meningkatkan pelayanan Aparatur" },
    { nomor: 2, teks: "Meningkatkan infrastruktur" },
  ],
  sumber: "SEED 316",
};

describe("form state ↔ PUT body", () => {
  it("gives back exactly what was read when nothing is edited (the server then answers diubah=false)", () => {
    expect(keIsianRenstra(dariIsianRenstra(RENSTRA))).toEqual(RENSTRA);
    expect(keIsianRpjmd(dariIsianRpjmd(RPJMD))).toEqual(RPJMD);
  });

  it("gives every row a distinct key that survives reordering", () => {
    const f = dariIsianRenstra(RENSTRA);
    const kunci = f.tujuan[0]!.sasaran.map((s) => s.kunci);
    expect(new Set(kunci).size).toBe(2);
    expect(pindah(f.tujuan[0]!.sasaran, 0, 1).map((s) => s.kunci)).toEqual([kunci[1], kunci[0]]);
  });
});

describe("rows bound to stored indicators", () => {
  it("marks a sasaran with indicators and its tujuan (summed), not the others", () => {
    const f = dariIsianRenstra(RENSTRA);
    const tj = f.tujuan[0]!;
    const terikat = kunciBerindikator(f, { S1: 2, S2: 0, S9: 4 });
    expect([...terikat.entries()]).toEqual([
      [tj.sasaran[0]!.kunci, 2],
      [tj.kunci, 2],
    ]);
    expect(kunciBerindikator(f, {}).size).toBe(0);
  });
});

describe("list helpers", () => {
  it.each([
    // [list, index, direction, result]
    [["a", "b", "c"], 0, 1, ["b", "a", "c"]],
    [["a", "b", "c"], 2, -1, ["a", "c", "b"]],
    [["a", "b", "c"], 0, -1, ["a", "b", "c"]],
    [["a", "b", "c"], 2, 1, ["a", "b", "c"]],
  ] as const)("pindah(%j, %i, %i)", (daftar, i, arah, hasil) => {
    expect(pindah(daftar, i, arah)).toEqual(hasil);
  });

  it("numbers misi 1..n in list order and finds an unused kode", () => {
    expect(nomoriMisi([{ nomor: 3 }, { nomor: 1 }]).map((m) => m.nomor)).toEqual([1, 2]);
    // demo strategi kode S1-1, S1-2 → the next is S1-3; a taken number is skipped
    expect(kodeBaru("S1-", [{ kode: "S1-1" }, { kode: "S1-2" }])).toBe("S1-3");
    expect(kodeBaru("T", [{ kode: "T2" }])).toBe("T3");
    expect(kodeBaru("T", [{ kode: "T3" }, { kode: "T1" }])).toBe("T4");
  });
});

const id = terjemah("id");
const en = terjemah("en");

describe("Indonesian field messages before sending", () => {
  it("accepts the demo documents", () => {
    expect(periksaRenstra(2019, dariIsianRenstra(RENSTRA))).toEqual({});
    expect(periksaRpjmd(2019, dariIsianRpjmd(RPJMD))).toEqual({});
  });

  it("names the empty, duplicate and out-of-range fields by their server path", () => {
    const f = dariIsianRenstra(RENSTRA);
    f.tahunAkhir = 2030;
    f.namaDokumen = " ";
    f.tujuan[0]!.sasaran[1]!.kode = "S1";
    f.tujuan[0]!.sasaran[0]!.strategi[1]!.teks = "";
    f.tujuan[0]!.sasaran[0]!.strategi[1]!.kode = "S1-1";
    expect(periksaRenstra(2019, f, id)).toEqual({
      tahunAkhir: "Tahun akhir harus antara 2019 dan 2028",
      namaDokumen: "Nama dokumen wajib diisi",
      "tujuan.0.sasaran.1.kode": 'Kode sasaran "S1" ganda dalam Renstra',
      "tujuan.0.sasaran.0.strategi.1.kode": 'Kode strategi "S1-1" ganda pada sasaran S1',
      "tujuan.0.sasaran.0.strategi.1.teks": "strategi 2 sasaran S1: teks wajib diisi",
    });
    expect(Object.keys(periksaRenstra(2019, f)).every((k) => jalurRenstra(f).includes(k))).toBe(true);
  });

  it("checks visi, kata kunci and misi of the RPJMD", () => {
    const f = dariIsianRpjmd({ ...RPJMD, visi: "", kataKunci: [{ kata: "", penjelasan: "x" }] });
    f.misi[1]!.teks = "  ";
    expect(periksaRpjmd(2019, f, id)).toEqual({
      visi: "Visi wajib diisi",
      "kataKunci.0.kata": "Kata kunci 1: kata wajib diisi",
      "misi.1.teks": "Misi 2: teks wajib diisi",
    });
  });

  it("speaks English with the English translator, Indonesian without one", () => {
    const f = dariIsianRenstra(RENSTRA);
    f.tahunAkhir = 2030;
    f.tujuan[0]!.kode = "";
    f.tujuan[0]!.sasaran[0]!.kebijakan.push({ kunci: "x", kode: "", teks: "" });
    const n = f.tujuan[0]!.sasaran[0]!.kebijakan.length - 1;
    expect(periksaRenstra(2019, f, en)).toEqual({
      tahunAkhir: "Last year must be between 2019 and 2028",
      "tujuan.0.kode": "Goal code is required",
      [`tujuan.0.sasaran.0.kebijakan.${n}.kode`]: "Policy code is required",
      [`tujuan.0.sasaran.0.kebijakan.${n}.teks`]: `Policy ${n + 1} of objective S1: text is required`,
    });
    expect(periksaRenstra(2019, f)).toEqual(periksaRenstra(2019, f, id));
    expect(periksaRenstra(2019, f)["tujuan.0.kode"]).toBe("Kode tujuan wajib diisi");
    const r = dariIsianRpjmd({ ...RPJMD, visi: " " });
    expect(periksaRpjmd(2019, r, en)).toEqual({ visi: "Vision is required" });
  });
});
