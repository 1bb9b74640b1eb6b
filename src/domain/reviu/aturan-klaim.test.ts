/**
 * Narrative claims over a table and kategori words (issue 14). Layout of LKjIP 2023 Kecamatan Sei Balai Tabel 3.18
 * (program, anggaran, realisasi, %) and Bab IV ("kategori … dengan persentase capaian sebesar …%"); figures made up.
 * Expected values are the arithmetic written next to them; the scale is Permendagri 86/2017 (regulations.md: ≥ 91
 * Sangat Tinggi, ≥ 76 Tinggi).
 */
import { describe, expect, it } from "vitest";
import { periksaKlaimNarasi } from "./aturan-klaim";
import { susunDokumenTeks } from "./dokumen-teks";

const TABEL = [
  "Tabel 3.18",
  "Realisasi Anggaran Program",
  "",
  "No.\tProgram\tAnggaran (Rp)\tRealisasi (Rp)\tPersentase (%)",
  "1.\tProgram A\t1.000.000\t960.000\t96,00",
  "2.\tProgram B\t3.000.000\t2.940.000\t98,00",
  "JUMLAH\t\t4.000.000\t3.900.000\t97,50",
  "",
];
const periksa = (kalimat: string) => periksaKlaimNarasi(susunDokumenTeks([...TABEL, kalimat].join("\n")));

describe("claims over a table", () => {
  it.each([
    // 96,00 and 98,00 are not both above 97
    ["Penyerapan semuanya di atas 97% atau dirata-ratakan menjadi 97,00%.", "klaim-semua", "1 dari 2 di atas 97%"],
    // mean (96 + 98) / 2 = 97,00; total 3.900.000 / 4.000.000 = 97,50 %
    [
      "Penyerapan semuanya di atas 95% atau dirata-ratakan menjadi 98,12%.",
      "klaim-rata-rata",
      "97,50% (total) atau 97,00% (rata-rata)",
    ],
  ])("%s", (kalimat, aturan, seharusnya) => {
    const t = periksa(kalimat);
    expect(t.map((x) => [x.aturan, x.seharusnya])).toEqual([[aturan, seharusnya]]);
  });

  it.each([
    "Penyerapan semuanya di atas 95% atau dirata-ratakan menjadi 97,00%.",
    "Penyerapan semuanya di atas 95% atau rata-rata 97,50%.",
  ])("no false alarm: %s", (kalimat) => {
    expect(periksa(kalimat)).toEqual([]);
  });
});

describe("kategori word vs the capaian scale", () => {
  it.each([
    [
      "nilai 80,50 yang masuk dalam kategori **BAIK** dengan persentase capaian sebesar 94,71%.",
      "peringatan",
      "Sangat Tinggi",
    ],
    ["yang masuk dalam kategori Tinggi dengan persentase capaian sebesar 94,71%.", "galat", "Sangat Tinggi"],
    ["yang masuk dalam kategori Sangat Tinggi dengan persentase capaian sebesar 80,00%.", "galat", "Tinggi"],
  ])("%s", (kalimat, keparahan, seharusnya) => {
    const t = periksaKlaimNarasi(susunDokumenTeks(kalimat));
    expect(t.map((x) => [x.keparahan, x.seharusnya])).toEqual([[keparahan, seharusnya]]);
  });
  it("no false alarm when the word is the kategori", () => {
    expect(
      periksaKlaimNarasi(
        susunDokumenTeks("masuk dalam kategori Sangat Tinggi dengan persentase capaian sebesar 94,71%."),
      ),
    ).toEqual([]);
  });
});
