/**
 * Bab III Akuntabilitas Kinerja: A. Capaian Kinerja (the seven analyses of Permenpan RB 53/2014) and B. Realisasi
 * Anggaran. Wide tables go on landscape pages: the chapter is a run of portrait/landscape sections sharing bab 3, so
 * table numbering continues across them.
 * NOTE: regulations.md §3.3 (Bab III A 1-7, B); SEED 428-1027.
 */
import type { Bagian, Blok } from "../dokumen";
import { blokTeks, type Konteks, namaOpd, paragraf } from "../konteks";
import { subbab5, subbab6, subbab7 } from "./bab-3-analisis";
import { subbab1, tabelSkala } from "./bab-3-capaian";
import { subbab4 } from "./bab-3-peer";
import { type Potongan, subbab2, subbab3 } from "./bab-3-tren";
import { bab3b } from "./bab-3b";

/** NOTE: regulations.md §3.3 Bab III.A (labels as SEED 462-469, plus the peer comparison the seed's list omits). */
const ANALISIS = [
  "Membandingkan antara target dan realisasi kinerja tahun ini;",
  "Membandingkan antara realisasi kinerja serta capaian kinerja tahun ini dengan tahun lalu dan beberapa tahun terakhir;",
  "Membandingkan realisasi kinerja sampai dengan tahun ini dengan target jangka menengah yang terdapat dalam dokumen perencanaan strategis organisasi;",
  "Membandingkan realisasi kinerja tahun ini dengan organisasi/instansi sejenis yang setara/sekelas;",
  "Analisis penyebab keberhasilan/kegagalan atau peningkatan/penurunan kinerja serta alternatif solusi yang telah dilakukan;",
  "Analisis atas efisiensi penggunaan sumber daya;",
  "Analisis program/kegiatan yang menunjang keberhasilan ataupun kegagalan pencapaian pernyataan kinerja.",
];

export function bagianBab3(k: Konteks): Bagian[] {
  const pembuka: Blok[] = [
    {
      jenis: "judul",
      tingkat: 1,
      teks: "BAB III AKUNTABILITAS KINERJA",
      id: "bab-3",
      daftarIsi: true,
      halamanBaru: true,
    },
    ...blokTeks(k, "pengantar-bab-3", ""),
    { jenis: "judul", tingkat: 2, teks: `A. Capaian Kinerja ${namaOpd(k)}`, id: "bab-3-a", daftarIsi: true },
    paragraf([
      "Capaian indikator kinerja dihitung dengan membandingkan realisasi terhadap target (realisasi ÷ target × 100 untuk indikator yang semakin tinggi semakin baik; (2 × target − realisasi) ÷ target × 100 untuk indikator yang semakin rendah semakin baik). Capaian sasaran adalah rata-rata capaian indikatornya. Kategori capaian mengikuti skala pada ",
      { t: "ref", ke: "tabel-skala" },
      ".",
    ]),
    tabelSkala(),
    paragraf([
      "Sesuai Peraturan Menteri PANRB Nomor 53 Tahun 2014, analisis capaian kinerja dilakukan sebagai berikut:",
    ]),
    { jenis: "daftar", butir: ANALISIS.map((x, i) => ({ label: `${i + 1}.`, isi: [x] })) },
    ...subbab1(k),
  ];
  const potongan: Potongan[] = [
    { orientasi: "potret", blok: pembuka },
    ...subbab2(k),
    ...subbab3(k),
    { orientasi: "potret", blok: subbab4(k) },
    ...subbab5(k),
    { orientasi: "potret", blok: subbab6(k) },
    ...subbab7(k),
    { orientasi: "potret", blok: bab3b(k) },
  ];
  return gabung("bab-3", 3, potongan);
}

/** Merges consecutive pieces of the same orientation into sections (empty pieces dropped). */
export function gabung(id: string, bab: number, potongan: readonly Potongan[]): Bagian[] {
  const out: Bagian[] = [];
  for (const p of potongan) {
    if (p.blok.length === 0) continue;
    const akhir = out[out.length - 1];
    if (akhir && akhir.orientasi === p.orientasi) akhir.blok.push(...p.blok);
    else
      out.push({ id: `${id}-${out.length + 1}`, orientasi: p.orientasi, nomorHalaman: "arab", bab, blok: [...p.blok] });
  }
  return out;
}
