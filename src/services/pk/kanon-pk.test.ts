/** The read-back form of a PK flattens back to the stored rows unchanged (GET → PUT is a no-op). */
import { describe, expect, it } from "vitest";
import { masukanDariKanon, type PkKanon } from "./kanon-pk";
import { asalKinerja, datarAnggaran, datarKinerja, type KinerjaDatar } from "./masukan";

function k(kode: string, indukKode: string | null, urutan: number, target: string | null = "1"): KinerjaDatar {
  return {
    kode,
    indukKode,
    urutan,
    nomor: indukKode ? null : `${kode}.`,
    tingkat: indukKode ? "sasaran-sub-kegiatan" : "sasaran-kegiatan",
    sasaran: `Sasaran ${kode}`,
    indikator: `Indikator ${kode}`,
    satuan: "Dokumen",
    targetTeks: target,
    indikatorKode: null,
    indukKaskade: indukKode ? null : { pkKode: "pk-atasan", barisKode: "1" },
    sumber: null,
  };
}

const kepala = {
  kode: "pk-x",
  tahun: 2023,
  jenis: "perubahan" as const,
  level: "eselon-iv" as const,
  pihakPertamaKode: "kasi",
  pihakKeduaKode: "camat",
  tempat: "Sei Balai",
  tanggal: "2023-10-09",
  sumber: null,
};

describe("masukanDariKanon", () => {
  it.each([
    // SEED 1466-1467: a sasaran kegiatan with one sub-kegiatan row under it
    ["one parent, one child", [k("1", null, 0), k("1.1", "1", 1)]],
    // two top rows, the second with two children and a child without target (a gap, kept as null)
    ["two parents", [k("1", null, 0), k("2", null, 1), k("2.1", "2", 2), k("2.2", "2", 3, null)]],
    ["no rows", []],
  ])("%s: rows come back with the same kode, parent and order", (_n, kinerja) => {
    const kanon: PkKanon = {
      kepala,
      kinerja,
      anggaran: [
        {
          kode: "1",
          indukKode: null,
          urutan: 0,
          nomor: "1",
          tingkat: "program",
          uraian: "Program",
          kodeDppa: null,
          anggaran: "13000000.00",
          keterangan: "APBD",
          sumber: null,
        },
      ],
    };
    const m = masukanDariKanon(kanon);
    expect(datarKinerja(m.kinerja)).toEqual(kinerja);
    expect(datarAnggaran(m.anggaran)).toEqual(kanon.anggaran);
    expect([...asalKinerja(m.kinerja).entries()]).toEqual(kinerja.map((r) => [r.kode, r.kode]));
  });
});
