/**
 * The LKjIP's Bab III analysis (faktor pendukung/penghambat, solusi per sasaran) takes the Rencana Aksi's quarterly
 * factors only where the operator wrote none (issue #19): the operator's text always wins.
 */
import { describe, expect, it } from "vitest";
import { lengkapiAnalisis } from "./faktor-lkjip";

const kosong = (sasaranKode: string) => ({
  sasaranKode,
  pengantar: [] as string[],
  faktorPendukung: [] as string[],
  faktorPenghambat: [] as string[],
  solusi: [] as string[],
});
const FAKTOR = new Map([
  [
    "id-s1",
    {
      faktorPendukung: ["TW II — IKM: dukungan desa"],
      faktorPenghambat: ["TW II — IKM: jaringan terganggu"],
      solusi: ["TW II — IKM: layanan jemput bola"],
    },
  ],
  ["id-s2", { faktorPendukung: [], faktorPenghambat: ["TW I — AKIP: data terlambat"], solusi: [] }],
]);
const KODE = new Map([
  ["id-s1", "S1"],
  ["id-s2", "S2"],
]);

describe("lengkapiAnalisis", () => {
  it("a sasaran without a written analysis takes the quarterly factors", () => {
    const h = lengkapiAnalisis([], FAKTOR, KODE, kosong);
    expect(h.find((a) => a.sasaranKode === "S1")).toMatchObject(FAKTOR.get("id-s1")!);
    expect(h.find((a) => a.sasaranKode === "S2")!.faktorPenghambat).toEqual(["TW I — AKIP: data terlambat"]);
  });

  it("the operator's written analysis is kept as written", () => {
    const tulis = { ...kosong("S1"), faktorPenghambat: ["Anggaran terbatas"], solusi: ["Prioritas kegiatan"] };
    const h = lengkapiAnalisis([tulis], FAKTOR, KODE, kosong);
    expect(h.find((a) => a.sasaranKode === "S1")).toEqual(tulis);
  });

  it("a written analysis with empty penghambat and solusi is completed; its own pendukung stays", () => {
    const tulis = { ...kosong("S1"), faktorPendukung: ["Komitmen pimpinan"] };
    const h = lengkapiAnalisis([tulis], FAKTOR, KODE, kosong);
    expect(h.find((a) => a.sasaranKode === "S1")).toMatchObject({
      faktorPendukung: ["Komitmen pimpinan"],
      faktorPenghambat: ["TW II — IKM: jaringan terganggu"],
      solusi: ["TW II — IKM: layanan jemput bola"],
    });
  });

  it("no factors entered: nothing added", () => {
    expect(lengkapiAnalisis([], new Map(), KODE, kosong)).toEqual([]);
  });
});
