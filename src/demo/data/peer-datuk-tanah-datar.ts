/**
 * Peer OPD: Kecamatan Datuk Tanah Datar, published IKM and Nilai AKIP targets/realisasi 2022–2023 (Tabel 3.13).
 * Where the narrative (or the Inspektorat recap) prints another value, it is kept in `dicetakLain`; the choice is
 * explained in konflik.ts (peer-*). The AKIP 2023 realisasi follows the signed recap (70,5), not Tabel 3.13 (70,05).
 * NOTE: SEED 795-837, 1929.
 */
import type { PeerKinerja } from "./types";

const T = "Tabel 3.13";

export const peerDatukTanahDatar: PeerKinerja = {
  opdSlug: "kecamatan-datuk-tanah-datar",
  namaDicetak: "Datuk Tanah Datar",
  sumberData: "Bagian Program Kecamatan Sei Balai dan Kecamatan Datuk Tanah Datar",
  nilai: [
    {
      indikator: "ikm",
      tahun: 2022,
      target: { teks: "80,00", nilai: "80.00", sumber: `${T} (SEED 804); SEED 829` },
      realisasi: { teks: "83,64", nilai: "83.64", sumber: `${T} (SEED 804)` },
      dicetakLain: [{ nilai: "83.00", teks: "83,00", sumber: "SEED 829", catatan: "narasi: realisasi IKM 2022" }],
    },
    {
      indikator: "ikm",
      tahun: 2023,
      target: { teks: "83,00", nilai: "83.00", sumber: `${T} (SEED 804)` },
      realisasi: { teks: "83,20", nilai: "83.20", sumber: `${T} (SEED 804); SEED 830` },
      dicetakLain: [{ nilai: "83.64", teks: "83,64", sumber: "SEED 830", catatan: "narasi: target IKM 2023" }],
    },
    {
      indikator: "akip",
      tahun: 2022,
      target: { teks: "65,00", nilai: "65.00", sumber: `${T} (SEED 806); SEED 831 ('B dengan nilai (65,00)')` },
      realisasi: { teks: "73,65", nilai: "73.65", sumber: `${T} (SEED 806); SEED 831 ('BB (73,65)')` },
      dicetakLain: [],
    },
    {
      indikator: "akip",
      tahun: 2023,
      target: { teks: "78,01", nilai: "78.01", sumber: `${T} (SEED 806); SEED 832 ('BB dengan nilai (78,01)')` },
      realisasi: {
        teks: "70,5",
        nilai: "70.5",
        sumber: "Rekap Inspektorat (SEED 1929): komponen 23,3 + 23,1 + 9,3 + 14,8, total dicetak 70,5",
      },
      dicetakLain: [
        { nilai: "70.05", teks: "70,05", sumber: `${T} (SEED 806)` },
        { nilai: "70.05", teks: "BB (70,05)", sumber: "SEED 832, 837" },
      ],
    },
  ],
  sumber: "Tabel 3.13 (SEED 798-809)",
};
