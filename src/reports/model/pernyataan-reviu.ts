/**
 * The APIP's "Pernyataan Telah Direviu" of an OPD's LKjIP for one year (issue 14): the standard statement of
 * Permenpan RB 53/2014 Lampiran III (regulations.md §3.4), what was reviewed (the LKjIP, the modules and how many rows
 * of each), the data validator's counts (galat/peringatan/info, ADR 0027), and the Inspektur's signature. When galat
 * remain, the statement does not claim the report is reliable: it says how many galat the data shows and lists them.
 * Pure: the findings come from src/domain/reviu (periksaDataOpd), the signatory from the service.
 */
import type { HasilPeriksaData, Keparahan, Temuan } from "../../domain/reviu";
import type { Blok, Dokumen, Inline, Sel } from "./dokumen";
import { type PenandatanganEvaluasi, ttdEvaluasi } from "./lhe";
import { nomoriDokumen } from "./penomoran";
import { angka, kepala, sel, tabel } from "./sel";

export interface SumberPernyataanReviu {
  pemda: { nama: string };
  opd: { nama: string; slug: string };
  tahun: number;
  hasil: HasilPeriksaData;
  penandatangan?: PenandatanganEvaluasi | null;
  tempat?: string | null;
  /** ISO date of the signature. */
  tanggal?: string | null;
}

export const LABEL_KEPARAHAN: Record<Keparahan, string> = {
  galat: "Galat",
  peringatan: "Peringatan",
  info: "Info",
};

const LABEL_MODUL: Record<string, string> = {
  perencanaan: "Perencanaan",
  pk: "Perjanjian Kinerja",
  pengukuran: "Pengukuran Kinerja",
  anggaran: "Anggaran",
  profil: "Profil",
  laporan: "Laporan",
};

/** "Kami telah mereviu …" — the first paragraph of the statement, §3.4. */
export function kalimatPembuka(opd: string, tahun: number): string {
  return (
    `Kami telah mereviu Laporan Kinerja ${opd} untuk tahun anggaran ${tahun} sesuai Pedoman Reviu atas Laporan ` +
    `Kinerja. Substansi informasi yang dimuat dalam Laporan Kinerja menjadi tanggung jawab manajemen ${opd}.`
  );
}

export const KALIMAT_TUJUAN =
  "Reviu bertujuan untuk memberikan keyakinan terbatas laporan kinerja telah disajikan secara akurat, andal, dan valid.";

/** The standard conclusion of §3.4; printed only when the data shows no galat. */
export const KALIMAT_SIMPULAN_BERSIH =
  "Berdasarkan reviu kami, tidak terdapat kondisi atau hal-hal yang menimbulkan perbedaan dalam meyakini " +
  "keandalan informasi yang disajikan di dalam laporan kinerja ini.";

/** The conclusion when galat remain: says what the data shows instead of the standard sentence. */
export function kalimatSimpulanGalat(galat: number): string {
  return (
    `Berdasarkan reviu kami, data laporan kinerja ini masih memuat ${galat} galat (rincian pada tabel galat di ` +
    `bawah). Sampai galat tersebut diperbaiki, kami belum dapat meyakini keandalan informasi yang disajikan di ` +
    `dalam laporan kinerja ini.`
  );
}

function p(isi: Inline[] | string, rata: "kiri" | "tengah" | "rata" = "rata"): Blok {
  return { jenis: "paragraf", isi: typeof isi === "string" ? [isi] : isi, rata };
}

function tempatTemuan(t: Temuan): string {
  const l = t.lokasi;
  return [l.modul ? (LABEL_MODUL[l.modul] ?? l.modul) : null, l.tabel, l.barisTabel, l.kolom]
    .filter((x, i, a): x is string => !!x && a.indexOf(x) === i)
    .join(", ");
}

/** "2 sasaran strategis, 2 indikator kinerja …" — what the validator read, in one sentence. */
export function kalimatDiperiksa(h: Pick<HasilPeriksaData, "diperiksa">): string {
  const d = h.diperiksa;
  return (
    `Data yang direviu: ${d.sasaran} sasaran strategis, ${d.indikator} indikator kinerja (target, realisasi, ` +
    `capaian dan bukti), ${d.pk} perjanjian kinerja, ${d.subKegiatan} sub-kegiatan DPA (anggaran dan realisasi) ` +
    `dan ${d.desa} desa/kelurahan (profil).`
  );
}

function tabelHasil(h: HasilPeriksaData): Blok {
  const badan: Sel[][] = (["galat", "peringatan", "info"] as const).map((k) => [
    sel(LABEL_KEPARAHAN[k]),
    angka(h.ringkasan[k], "bulat"),
  ]);
  return tabel(
    "pernyataan-hasil",
    "Hasil Pemeriksaan Data",
    [[kepala("Keparahan"), kepala("Jumlah Temuan")]],
    badan,
    [6, 3],
    { kecil: true },
  );
}

function tabelGalat(galat: readonly Temuan[]): Blok {
  return tabel(
    "pernyataan-galat",
    "Galat yang Belum Diperbaiki",
    [[kepala("No."), kepala("Temuan"), kepala("Letak")]],
    galat.map((t, i) => [sel(`${i + 1}.`, { rata: "tengah" }), sel(t.pesan), sel(tempatTemuan(t) || "–")]),
    [0.8, 8, 4],
    { kecil: true },
  );
}

/** Builds the statement document. */
export function bangunPernyataanReviu(s: SumberPernyataanReviu): Dokumen {
  const h = s.hasil;
  const galat = h.temuan.filter((t) => t.keparahan === "galat");
  const blok: Blok[] = [
    p([{ t: "tebal", teks: "PERNYATAAN TELAH DIREVIU" }], "tengah"),
    p([{ t: "tebal", teks: `${s.opd.nama.toUpperCase()} TAHUN ANGGARAN ${s.tahun}` }], "tengah"),
    p(kalimatPembuka(s.opd.nama, s.tahun)),
    p(KALIMAT_TUJUAN),
    p([
      `Reviu dilaksanakan atas Laporan Kinerja Instansi Pemerintah (LKjIP) ${s.opd.nama} Tahun ${s.tahun} ` +
        `dan data yang mendasarinya pada modul perencanaan, perjanjian kinerja, pengukuran kinerja, anggaran dan ` +
        `profil, dengan memeriksa kelengkapan, kewajaran dan konsistensi data. ${kalimatDiperiksa(h)} ` +
        `Jumlah temuan pemeriksaan data disajikan pada `,
      { t: "ref", ke: "pernyataan-hasil" },
      ".",
    ]),
    tabelHasil(h),
  ];
  if (galat.length === 0) {
    blok.push(p(KALIMAT_SIMPULAN_BERSIH));
    if (h.ringkasan.peringatan + h.ringkasan.info > 0)
      blok.push(
        p(
          `Pemeriksaan data mencatat ${h.ringkasan.peringatan} peringatan dan ${h.ringkasan.info} info yang tidak ` +
            `memengaruhi simpulan ini; rinciannya tersedia pada hasil reviu data di aplikasi SAKIP.`,
        ),
      );
  } else {
    blok.push(p(kalimatSimpulanGalat(galat.length)), tabelGalat(galat));
  }
  blok.push(ttdEvaluasi(s.penandatangan, s.tempat, s.tanggal));
  const dokumen: Dokumen = {
    judul: `Pernyataan Telah Direviu LKjIP ${s.opd.nama} Tahun ${s.tahun}`,
    kaki: `Pernyataan Telah Direviu ${s.opd.nama} ${s.tahun}`,
    bagian: [{ id: "pernyataan", orientasi: "potret", nomorHalaman: "arab", mulaiUlang: true, bab: 1, blok }],
  };
  nomoriDokumen(dokumen);
  return dokumen;
}
