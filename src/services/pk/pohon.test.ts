/** The PK version that counts and the cascade gaps, on small hand-made PKs. NOTE: regulations.md §3.1. */
import { describe, expect, it } from "vitest";
import type { PkKinerjaRow, PkRow } from "../../storage/repositories/pk-repository";
import { bangunKaskade, daftarCelah, pkTerbaru } from "./pohon";

function pk(id: string, level: PkRow["level"], jenis: PkRow["jenis"], pihak: string, tanggal = "2023-01-31"): PkRow {
  return {
    id,
    pemdaId: "p",
    opdId: "o",
    kode: id,
    tahun: 2023,
    jenis,
    level,
    pihakPertamaId: pihak,
    pihakKeduaId: "x",
    tempat: "T",
    tanggal,
    sumber: null,
  };
}

function baris(
  id: string,
  pkId: string,
  kode: string,
  induk: string | null,
  target: string | null = "100",
): PkKinerjaRow {
  return {
    id,
    pemdaId: "p",
    opdId: "o",
    pkId,
    kode,
    indukId: null,
    indukKaskadeId: induk,
    nomor: null,
    tingkat: "sasaran-program",
    sasaran: `Sasaran ${id}`,
    indikator: `Indikator ${id}`,
    satuan: "%",
    targetTeks: target,
    indikatorId: null,
    urutan: 0,
    sumber: null,
  };
}

describe("pkTerbaru", () => {
  it("keeps the perubahan over the awal of the same pejabat, and each pejabat's own", () => {
    const hasil = pkTerbaru([
      pk("a", "kepala-opd", "awal", "camat"),
      pk("b", "kepala-opd", "perubahan", "camat", "2023-10-09"),
      pk("c", "eselon-iii", "awal", "sek"),
    ]);
    expect(hasil.map((p) => p.id)).toEqual(["b", "c"]);
  });
});

describe("bangunKaskade", () => {
  const pks = [
    pk("camat-awal", "kepala-opd", "awal", "camat"),
    pk("camat", "kepala-opd", "perubahan", "camat"),
    pk("sek", "eselon-iii", "perubahan", "sek"),
    pk("kasi", "eselon-iv", "perubahan", "kasi"),
  ];
  const nama = new Map([
    ["camat", "Camat"],
    ["sek", "Sekretaris"],
    ["kasi", "Kasi"],
  ]);

  it("follows a link to a superseded PK's row to the same position in the latest version", () => {
    const kinerja = [
      baris("c1-awal", "camat-awal", "1", null),
      baris("c1", "camat", "1", null),
      baris("s1", "sek", "1", "c1-awal"),
      baris("k1", "kasi", "1", "s1"),
    ];
    const akar = bangunKaskade({ kepalaDaerah: { nama: "Bupati", misi: ["Misi 1"] }, pks, kinerja, namaPejabat: nama });
    expect(akar.anak.map((a) => a.id)).toEqual(["c1"]);
    expect(akar.anak[0]?.anak[0]?.id).toBe("s1");
    expect(akar.anak[0]?.anak[0]?.anak[0]?.id).toBe("k1");
    expect(daftarCelah(akar)).toEqual([]);
  });

  it.each([
    // a Kepala OPD row with nothing cascaded, an eselon IV row without target, an eselon III row without parent
    ["tanpa-turunan", [baris("c1", "camat", "1", null)], "c1"],
    [
      "tanpa-target",
      [baris("c1", "camat", "1", null), baris("s1", "sek", "1", "c1"), baris("k1", "kasi", "1", "s1", null)],
      "k1",
    ],
    [
      "tanpa-induk",
      [
        baris("c1", "camat", "1", null),
        baris("s1", "sek", "1", "c1"),
        baris("k1", "kasi", "1", "s1"),
        baris("s2", "sek", "2", null),
      ],
      "s2",
    ],
  ] as const)("flags %s", (celah, kinerja, id) => {
    const akar = bangunKaskade({
      kepalaDaerah: { nama: "Bupati", misi: [] },
      pks,
      kinerja: [...kinerja],
      namaPejabat: nama,
    });
    expect(
      daftarCelah(akar)
        .filter((c) => c.celah === celah)
        .map((c) => c.id),
    ).toContain(id);
  });
});
