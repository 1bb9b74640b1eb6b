/**
 * Ikhtisar Eksekutif: what the OPD set out to do (sasaran and IKU of the PK), the main results (the IKU table with
 * capaian and kategori, counted per kategori), the budget used, the obstacles met and the solutions recorded — every
 * figure computed by the same functions as Bab III and IV, plus the operator's own text ("ikhtisar") if any.
 * NOTE: regulations.md §3.3 (Ikhtisar Eksekutif: tujuan/sasaran, capaian utama, kendala, langkah); the SEED omits it.
 */
import { roundHalfUp } from "../../../domain/shared/decimal";
import type { Bagian, Blok } from "../dokumen";
import { blokTeks, kinerjaIku, type Konteks, namaOpd, paragraf } from "../konteks";
import { type BagianKalimat, v } from "../narasi";
import { barisNomorKolom, kepala, tabel } from "../sel";
import { persen, rupiahKalimat } from "../tampil";
import { ringkasSasaran } from "./bab-3-analisis";
import { barisCapaian, KOLOM_CAPAIAN } from "./capaian-util";

/** Distinct, non-empty lines in their first order (the same obstacle written under two sasaran is listed once). */
function unik(daftar: readonly string[]): string[] {
  return [...new Set(daftar.map((x) => x.trim()).filter(Boolean))];
}

export function bagianIkhtisar(k: Konteks): Bagian {
  const tahun = k.s.tahun;
  const blok: Blok[] = [
    { jenis: "judul", tingkat: 1, teks: "IKHTISAR EKSEKUTIF", id: "ikhtisar", daftarIsi: true, halamanBaru: true },
    ...blokTeks(k, "ikhtisar", "", "awal"),
  ];
  const sasaran = ringkasSasaran(k);
  blok.push(
    k.narator.paragraf("ikhtisar.pengantar", [
      `Laporan Kinerja ${namaOpd(k)} Tahun ${tahun} disusun sebagai pertanggungjawaban atas pelaksanaan Perjanjian `,
      `Kinerja tahun ${tahun}. Kinerja diukur pada `,
      v("jumlahSasaran", String(sasaran.length)),
      " sasaran strategis dengan ",
      v("jumlahIku", String(kinerjaIku(k).length)),
      " indikator kinerja utama.",
    ]),
  );
  if (k.kinerja.length === 0) {
    blok.push(paragraf([k.hilang.tandai("indikator", "indikator kinerja utama beserta target dan realisasinya")]));
  } else {
    blok.push(
      tabel(
        "tabel-ikhtisar",
        `Ringkasan Capaian Indikator Kinerja Utama Tahun ${tahun}`,
        [[...KOLOM_CAPAIAN, "Kategori"].map((x) => kepala(x)), barisNomorKolom(8)],
        k.kinerja.map((ki, i) => barisCapaian(k, ki, i + 1, true)),
        [0.8, 3.4, 3, 1.3, 1.7, 1.7, 1.6, 1.7],
        { bernomor: false, kecil: true },
      ),
    );
    blok.push(k.narator.paragraf("ikhtisar.kategori", kalimatKategori(k)));
  }
  const a = k.anggaran;
  if (a) {
    const b: BagianKalimat[] = [
      `Untuk mencapai sasaran tersebut, ${namaOpd(k)} merealisasikan anggaran sebesar `,
      v("realisasi", rupiahKalimat(a.pohon.totalRealisasi)),
      " dari pagu ",
      v("anggaran", rupiahKalimat(a.pohon.anggaran)),
    ];
    if (a.pohon.serapan) b.push(" atau ", v("serapan", persen(roundHalfUp(a.pohon.serapan, 2))));
    b.push(".");
    blok.push(k.narator.paragraf("ikhtisar.anggaran", b));
  }
  const kendala = unik(k.s.analisis.flatMap((x) => x.faktorPenghambat));
  if (kendala.length > 0) {
    blok.push(paragraf(["Kendala yang dihadapi dalam pencapaian kinerja:"]));
    blok.push({ jenis: "daftar", butir: kendala.map((x, i) => ({ label: `${i + 1}.`, isi: [x] })) });
  }
  const langkah = unik(k.s.analisis.flatMap((x) => x.solusi));
  if (langkah.length > 0) {
    blok.push(paragraf(["Langkah yang telah dan akan ditempuh:"]));
    blok.push({ jenis: "daftar", butir: langkah.map((x, i) => ({ label: `${i + 1}.`, isi: [x] })) });
  }
  blok.push(...blokTeks(k, "ikhtisar", "", "akhir"));
  return { id: "ikhtisar", orientasi: "potret", nomorHalaman: "romawi", bab: null, blok };
}

/** "Dari 2 indikator kinerja utama, 2 berkategori Sangat Tinggi." — counted from the computed kategori. */
function kalimatKategori(k: Konteks): BagianKalimat[] {
  const hitung = new Map<string, number>();
  let tanpa = 0;
  for (const ki of k.kinerja) {
    if (ki.kini.kategori === null) tanpa++;
    else hitung.set(ki.kini.kategori, (hitung.get(ki.kini.kategori) ?? 0) + 1);
  }
  // the same count as every other sentence: IKU when all are IKU, else "indikator kinerja" (IKU and the others)
  const semuaIku = kinerjaIku(k).length === k.kinerja.length;
  const b: BagianKalimat[] = [`Dari ${k.kinerja.length} indikator kinerja${semuaIku ? " utama" : ""}, `];
  [...hitung].forEach(([kategori, n], i) => {
    if (i > 0) b.push(i === hitung.size - 1 && tanpa === 0 ? " dan " : ", ");
    b.push(v(`jumlahKategori.${kategori}`, String(n)), ` berkategori ${kategori}`);
  });
  if (tanpa > 0) {
    if (hitung.size > 0) b.push(" dan ");
    b.push(v("jumlahTanpaCapaian", String(tanpa)), " belum dapat dihitung capaiannya");
  }
  b.push(".");
  return b;
}
