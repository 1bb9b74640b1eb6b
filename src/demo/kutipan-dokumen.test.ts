import { describe, expect, it } from "vitest";
import { demoDataset } from "./data";
import { DOKUMEN_DEMO, kutipanDokumen, kutipDataset, lokasiBaris } from "./kutipan-dokumen";

const D = DOKUMEN_DEMO;

describe("kutipanDokumen: our line references become citations of the document", () => {
  it.each([
    ["Tabel 3.13 (SEED 798-809)", `${D}, Tabel 3.13`],
    ["SEED 1092", `${D}, Lampiran Perjanjian Kinerja Perubahan 2023`],
    ["Tabel 3.13 (SEED 804); SEED 829", `${D}, Tabel 3.13; Bab III`],
    ["SEED 165 (Tabel 1.1), 191 (Tabel 1.2)", `${D}, Tabel 1.1; Tabel 1.2`],
    ["SEED 829 (narasi)", `${D}, Bab III (narasi)`],
    ["SEED 16-1042", `${D}, Kata Pengantar s.d. Bab IV`],
    [
      "Judul Tabel 2.1 (SEED 42, 356) tanpa kolom Kebijakan (SEED 360)",
      `Judul Tabel 2.1 (${D}, Daftar Isi; Tabel 2.1) tanpa kolom Kebijakan (Tabel 2.1)`,
    ],
    ["Urutan unsur mengikuti SEED: no. 8", `Urutan unsur mengikuti ${D}: no. 8`],
    ["Rekap Inspektorat (SEED 1929)", `Rekap Inspektorat (${D}, Lampiran Surat Inspektorat Daerah Nomor 700/656/2023)`],
    ["tanpa rujukan", "tanpa rujukan"],
  ])("%s", (ours, cited) => {
    expect(kutipanDokumen(ours)).toBe(cited);
  });

  it("refuses a line outside the document rather than citing a wrong place", () => {
    expect(() => lokasiBaris(1948)).toThrow(/di luar dokumen/);
  });

  it("leaves no working note in the whole demo dataset, and changes nothing else", () => {
    const dikutip = JSON.stringify(kutipDataset(demoDataset));
    expect(dikutip).not.toMatch(/SEED|regulations\.md/);
    const tanpaRujukan = (s: string) => s.replace(/"[^"]*(SEED|LKjIP)[^"]*"/g, '""');
    expect(tanpaRujukan(dikutip)).toBe(tanpaRujukan(JSON.stringify(demoDataset)));
  });
});
