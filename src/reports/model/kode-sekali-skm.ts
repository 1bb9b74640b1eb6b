/** A printable sheet of one-time SKM codes (ADR 0021): cut along the lines, one slip per respondent. */
import type { Dokumen, Sel } from "./dokumen";

export interface DataKodeSekali {
  namaOpd: string;
  namaLayanan: string;
  /** The short link printed on each slip (without scheme). */
  tautan: string;
  kode: string[];
}

const KOLOM = 3;

export function dokumenKodeSekali(d: DataKodeSekali): Dokumen {
  const sel = (k: string): Sel => ({
    isi: [
      "Survei Kepuasan Masyarakat — ",
      d.namaLayanan,
      ". Buka ",
      { t: "tebal", teks: d.tautan },
      ", kode: ",
      { t: "tebal", teks: k },
    ],
  });
  const badan: Sel[][] = [];
  for (let i = 0; i < d.kode.length; i += KOLOM) {
    const baris = d.kode.slice(i, i + KOLOM).map(sel);
    while (baris.length < KOLOM) baris.push({ isi: [""] });
    badan.push(baris);
  }
  return {
    judul: `Kode sekali pakai SKM — ${d.namaLayanan}`,
    kaki: `Kode SKM ${d.namaOpd}`,
    bagian: [
      {
        id: "kode",
        orientasi: "potret",
        nomorHalaman: "arab",
        bab: null,
        blok: [
          {
            jenis: "paragraf",
            isi: [{ t: "tebal", teks: `Kode sekali pakai SKM — ${d.namaLayanan} (${d.namaOpd})` }],
          },
          {
            jenis: "paragraf",
            isi: [`${d.kode.length} kode; setiap kode berlaku untuk satu kiriman survei. Gunting per kotak.`],
            gaya: "kecil",
          },
          {
            jenis: "tabel",
            id: "kode-sekali",
            judul: "Kode sekali pakai",
            bernomor: false,
            kepala: [],
            badan,
            lebarKolom: Array.from({ length: KOLOM }, () => 1),
          },
        ],
      },
    ],
  };
}
