/**
 * Bab IV Penutup: A. Kesimpulan (one generated statement per sasaran and the budget, then the operator's text) and
 * B. Langkah ke Depan (the solutions the analysis recorded).
 * NOTE: SEED 1029-1042; regulations.md §3.3 (Bab IV: simpulan umum and langkah di masa mendatang).
 */
import { roundHalfUp } from "../../../domain/shared/decimal";
import type { Bagian, Blok } from "../dokumen";
import { blokTeks, type Konteks, namaOpd, paragraf } from "../konteks";
import { type BagianKalimat, v } from "../narasi";
import { persen, rupiahKalimat } from "../tampil";
import { ringkasSasaran } from "./bab-3-analisis";
import { nilaiIndikator } from "./capaian-util";

export function bagianBab4(k: Konteks): Bagian {
  const blok: Blok[] = [
    { jenis: "judul", tingkat: 1, teks: "BAB IV PENUTUP", id: "bab-4", daftarIsi: true, halamanBaru: true },
    { jenis: "judul", tingkat: 2, teks: "A. Kesimpulan", id: "bab-4-a", daftarIsi: true },
  ];
  blok.push(...blokTeks(k, "kesimpulan", "", "awal"));
  const sasaran = ringkasSasaran(k);
  if (sasaran.length > 0) {
    blok.push(
      paragraf([
        `Pencapaian kinerja sasaran strategis ${namaOpd(k)} tahun ${k.s.tahun} dapat disimpulkan sebagai berikut:`,
      ]),
    );
    blok.push({
      jenis: "daftar",
      butir: sasaran.map((s, n) => {
        const b: BagianKalimat[] = [`Sasaran ${n + 1}, “${s.teks}”: `];
        s.kinerja.forEach((ki, j) => {
          const x = ki.kini;
          if (j > 0) b.push("; ");
          b.push(`indikator ${ki.indikator.nama} memperoleh realisasi `);
          b.push(
            v(
              `realisasi.${ki.indikator.kode}`,
              x.realisasi === null
                ? k.hilang.tandai(
                    `realisasi:${ki.indikator.kode}:${k.s.tahun}`,
                    `realisasi ${ki.indikator.nama} ${k.s.tahun}`,
                  )
                : nilaiIndikator(ki.indikator, x.realisasi, x.tahun),
            ),
          );
          if (x.capaian !== null)
            b.push(
              " dengan capaian ",
              v(`capaian.${ki.indikator.kode}`, persen(x.capaian)),
              " (kategori ",
              v(`kategori.${ki.indikator.kode}`, x.kategori ?? "–"),
              ")",
            );
        });
        b.push(".");
        const { isi, narasi } = k.narator.susun(`bab4.sasaran.${s.kode}`, b);
        return { label: `${n + 1}.`, isi, narasi };
      }),
    });
  } else blok.push(paragraf([k.hilang.tandai("indikator", "indikator kinerja utama beserta target dan realisasinya")]));
  const a = k.anggaran;
  if (a) {
    const b: BagianKalimat[] = [
      "Realisasi anggaran sebesar ",
      v("realisasi", rupiahKalimat(a.pohon.totalRealisasi)),
      " dari ",
      v("anggaran", rupiahKalimat(a.pohon.anggaran)),
    ];
    if (a.pohon.serapan) b.push(" (", v("serapan", persen(roundHalfUp(a.pohon.serapan, 2))), ")");
    b.push(".");
    blok.push(k.narator.paragraf("bab4.anggaran", b));
  }
  blok.push(...blokTeks(k, "kesimpulan", "", "akhir"));
  const solusi = k.s.analisis.flatMap((x) => x.solusi);
  if (solusi.length > 0) {
    blok.push({ jenis: "judul", tingkat: 2, teks: "B. Langkah ke Depan", id: "bab-4-b", daftarIsi: true });
    blok.push(
      paragraf(["Langkah perbaikan yang akan ditempuh pada tahun berikutnya, sesuai hasil analisis pada Bab III:"]),
    );
    blok.push({ jenis: "daftar", butir: solusi.map((x, i) => ({ label: `${i + 1}.`, isi: [x] })) });
  }
  return { id: "bab-4", orientasi: "potret", nomorHalaman: "arab", bab: 4, blok };
}
