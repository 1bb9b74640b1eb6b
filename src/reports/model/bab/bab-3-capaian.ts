/**
 * Bab III.A.1 "Membandingkan antara target dan realisasi kinerja tahun ini": the scale (Tabel 3.1), the capaian table
 * of every IKU (Tabel 3.2) with its sentences, then per sasaran the detail (SKM for IKM, LKE components for AKIP).
 * NOTE: SEED 432-698; regulations.md §3.3 analysis 1, §4 scale.
 */
import { KATEGORI_PERMENDAGRI_86_2017 } from "../../../domain/capaian";
import type { Blok } from "../dokumen";
import type { KinerjaIndikator } from "../hitung/kinerja";
import { blokTeks, type Konteks, namaOpd, paragraf } from "../konteks";
import { barisNomorKolom, kepala, sel, tabel } from "../sel";
import { blokAkip } from "./bab-3-akip";
import { blokIkm } from "./bab-3-ikm";
import {
  barisCapaian,
  kalimatTargetRealisasi,
  KOLOM_CAPAIAN,
  namaSasaran,
  tabelCapaianIndikator,
} from "./capaian-util";

export function tabelSkala(): Blok {
  const bands = KATEGORI_PERMENDAGRI_86_2017.value.bands;
  return tabel(
    "tabel-skala",
    "Skala Nilai Peringkat Kinerja",
    [[kepala("No."), kepala("Interval Nilai Realisasi Kinerja"), kepala("Kriteria Penilaian Realisasi Kinerja")]],
    bands.map((b, i) => [
      sel(`${i + 1}.`, { rata: "tengah" }),
      sel(b.intervalTertulis, { rata: "tengah" }),
      sel(b.label, { rata: "tengah" }),
    ]),
    [1, 4, 4],
    { sumber: KATEGORI_PERMENDAGRI_86_2017.source.regulasi },
  );
}

export function subbab1(k: Konteks): Blok[] {
  const out: Blok[] = [
    {
      jenis: "judul",
      tingkat: 3,
      teks: `1. Membandingkan Antara Target dan Realisasi Kinerja Tahun ${k.s.tahun}`,
      id: "bab-3-a-1",
      daftarIsi: true,
    },
  ];
  out.push(...blokTeks(k, "iku-pengantar", ""));
  if (k.kinerja.length === 0) {
    out.push(paragraf([k.hilang.tandai("indikator", "indikator kinerja utama beserta target dan realisasinya")]));
    return out;
  }
  const sumber = [...new Set(k.kinerja.map((x) => x.indikator.sumberData).filter((x): x is string => !!x))].join("; ");
  out.push(
    paragraf([
      `Hasil pengukuran atas indikator kinerja utama ${namaOpd(k)} tahun ${k.s.tahun} disajikan pada `,
      { t: "ref", ke: "tabel-capaian" },
      ".",
    ]),
    tabel(
      "tabel-capaian",
      `Capaian Kinerja ${namaOpd(k)} Tahun ${k.s.tahun}`,
      [[...KOLOM_CAPAIAN, "Kategori"].map((x) => kepala(x)), barisNomorKolom(8)],
      k.kinerja.map((ki, i) => barisCapaian(k, ki, i + 1, true)),
      [0.8, 3.4, 3, 1.3, 1.7, 1.7, 1.6, 1.7],
      sumber ? { sumber } : {},
    ),
    paragraf([
      "Berdasarkan ",
      { t: "ref", ke: "tabel-capaian" },
      ", capaian kinerja tahun ",
      String(k.s.tahun),
      " dapat dirinci sebagai berikut:",
    ]),
    {
      jenis: "daftar",
      butir: k.kinerja.map((ki, i) => {
        const { isi, narasi } = k.narator.susun(`bab3.capaian.${ki.indikator.kode}`, kalimatTargetRealisasi(k, ki));
        return { label: `${String.fromCharCode(97 + i)}.`, isi, narasi };
      }),
    },
  );
  const sasaran = [...new Set(k.kinerja.map((x) => x.indikator.sasaranKode))];
  sasaran.forEach((kode, n) => {
    const list = k.kinerja.filter((x) => x.indikator.sasaranKode === kode);
    out.push({
      jenis: "judul",
      tingkat: 4,
      teks: `Sasaran ${n + 1}: ${namaSasaran(k, list[0]!.indikator)}`,
      id: `sasaran-${kode}`,
      daftarIsi: false,
    });
    out.push(...blokTeks(k, `sasaran:${kode}:pengantar`, ""));
    for (const ki of list) {
      if (ki.indikator.sumberRealisasi === "skm") out.push(...blokIkm(k, ki));
      else if (ki.indikator.sumberRealisasi === "lke-akip") out.push(...blokAkip(k, ki));
      else out.push(...blokUmum(k, ki));
    }
    out.push(...blokTeks(k, `sasaran:${kode}:penutup`, ""));
  });
  return out;
}

function blokUmum(k: Konteks, ki: KinerjaIndikator): Blok[] {
  return tabelCapaianIndikator(k, ki, `tabel-capaian-${ki.indikator.kode}`);
}
