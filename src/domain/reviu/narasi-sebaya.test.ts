/**
 * Narrative vs table for a peer OPD's row (issue 14): the layout of LKjIP 2023 Kecamatan Sei Balai, Bab III Tabel 3.13
 * "Perbandingan Target dan Realisasi … Kecamatan Datuk Tanah Datar" (an indicator row, then the peer's row without an
 * indicator name) and the numbered sentences after it. The figures below are made up in that layout; each expected
 * value is the arithmetic written next to it (never a printed derived figure).
 */
import { describe, expect, it } from "vitest";
import { susunDokumenTeks } from "./dokumen-teks";
import { periksaLaporan } from "./periksa";

const TABEL = [
  "Tabel 3.13",
  "Perbandingan Target dan Realisasi Kecamatan Alfa dan Kecamatan Beta Jaya",
  "",
  "No.\tKecamatan\tIndikator Kinerja\tTarget\t\tRealisasi\t",
  "\t\t\t2022\t2023\t2022\t2023",
  "1.\tKecamatan Alfa\tIndeks Kepuasan Masyarakat\t80,00\t85,00\t90,10\t80,50",
  "\tBeta Jaya\t\t80,00\t83,00\t83,64\t83,20",
  "",
  "Berdasarkan tabel 3.13 di atas diperoleh gambaran sebagai berikut:",
  "",
];
const temuan = (kalimat: string) =>
  periksaLaporan(susunDokumenTeks([...TABEL, kalimat].join("\n"))).temuan.filter((t) => t.aturan === "narasi-tabel");

describe("narrative figures of a peer row (Tabel 3.13 layout)", () => {
  it.each([
    // peer realisasi 2022 is 83,64 (row "Beta Jaya"), the sentence quotes 83,00 (its 2023 target)
    [
      "Pada tahun 2022 Kecamatan Alfa memperoleh nilai IKM 90,10, sementara Kecamatan Beta Jaya memperoleh nilai 83,00.",
      "83,00",
      "83,64",
    ],
    // peer target 2023 is 83,00; the own target 85,00 before the peer's name is right
    [
      "Pada tahun 2023 Kecamatan Alfa menargetkan nilai IKM 85,00 dan Kecamatan Beta Jaya menargetkan nilai IKM 83,64.",
      "83,64",
      "83,00",
    ],
    // "unggul": |90,10 − 83,64| = 6,46
    ["Pada tahun 2022 IKM Kecamatan Alfa 90,10, sehingga Kecamatan Alfa lebih unggul 7,10 poin.", "7,10", "6,46"],
    // change of the peer's realisasi 2022→2023: |83,20 − 83,64| = 0,44
    [
      "Perbandingan realisasi tahun 2022 terhadap tahun 2023 untuk IKM Kecamatan Alfa menurun 9,60 poin, sedangkan Kecamatan Beta Jaya juga mengalami penurunan 0,54 poin.",
      "0,54",
      "0,44",
    ],
    // "selisih" target vs realisasi of the peer 2023: |83,00 − 83,20| = 0,20
    [
      "Untuk tahun 2023 IKM Kecamatan Alfa selisih 4,50, sementara Kecamatan Beta Jaya selisih 0,30 poin.",
      "0,30",
      "0,20",
    ],
  ])("%s", (kalimat, tertulis, seharusnya) => {
    const t = temuan(kalimat);
    expect(t.map((x) => [x.tertulis, x.seharusnya])).toEqual([[tertulis, seharusnya]]);
    expect(t[0]?.lokasi.tabel).toBe("Tabel 3.13");
  });

  it.each([
    "Pada tahun 2022, Kecamatan Alfa dan Kecamatan Beta Jaya sama-sama menargetkan IKM mendapatkan nilai 80,00.",
    "Pada tahun 2023 Kecamatan Alfa memperoleh nilai IKM 80,50, sementara Kecamatan Beta Jaya memperoleh nilai 83,20, sehingga Kecamatan Beta Jaya unggul 2,70 poin.",
    "Perbandingan realisasi tahun 2022 terhadap tahun 2023 untuk IKM Kecamatan Alfa menurun 9,60 poin, sedangkan Kecamatan Beta Jaya juga mengalami penurunan 0,44 poin.",
    "Untuk tahun 2023 IKM Kecamatan Alfa selisih 4,50, sementara Kecamatan Beta Jaya selisih 0,20 poin.",
  ])("no false alarm: %s", (kalimat) => {
    expect(temuan(kalimat)).toEqual([]);
  });
});
