/**
 * The LHE (Laporan Hasil Evaluasi AKIP) of one OPD and year: the scores per komponen (and per sub-komponen when the
 * kriteria were answered), the total and predikat with its interpretation, the evaluator's notes per komponen and per
 * kriteria, and the recommendations with owner, due date, status and tindak lanjut. Pure: the scores are computed
 * here from the answers (or the component values in component-only mode) by src/domain/akip, never taken as given.
 * NOTE: regulations.md §2.3–§2.6 (88/2021 values, roll-up, predikat; 12/2015 for older years); SEED 1853-1937
 * (the Inspektorat's letter and recap that an LHE accompanies).
 */
import {
  hitungNilaiKomponen,
  hitungNilaiLke,
  kerangkaDariKunci,
  type HasilAkip,
  type KerangkaLke,
} from "../../domain/akip";
import { DomainError } from "../../domain/shared/errors";
import type { Blok, Dokumen, Inline, Sel, TandaTangan } from "./dokumen";
import { nomoriDokumen } from "./penomoran";
import { angka, kepala, sel, tabel } from "./sel";
import { a2, nip, tanggal } from "./tampil";

export type Angka = string;

/** A signatory of a document from the evaluator's side (the Inspektur or the team leader). */
export interface PenandatanganEvaluasi {
  jabatan: string[];
  nama: string;
  pangkat?: string | null;
  nip?: string | null;
}

export interface RekomendasiLhe {
  uraian: string;
  /** Komponen key ("perencanaan" …) the recommendation belongs to, if any. */
  komponen?: string | null;
  penanggungJawab?: string | null;
  /** ISO date. */
  batasWaktu?: string | null;
  status: "terbuka" | "proses" | "selesai";
  tindakLanjut?: string | null;
  /** Year of the evaluation it came from (an open one carried over from last year shows it). */
  tahunAsal?: number | null;
}

/** The answers of an LKE (kriteria mode) or its four/five component values (component-only mode). */
export type NilaiEvaluasi =
  | { mode: "kriteria"; jawaban: Readonly<Record<string, string>> }
  | { mode: "komponen"; komponen: Readonly<Record<string, Angka>> };

export interface SumberLhe {
  pemda: { nama: string; ibukota?: string | null };
  opd: { nama: string; slug: string };
  tahun: number;
  /** "88/2021" | "12/2015". */
  kerangka: string;
  nilai: NilaiEvaluasi;
  /** Workflow state of the evaluation ("final" when locked); a draft LHE is marked as such. */
  status?: string | null;
  /** komponen key → the evaluator's note. */
  catatanKomponen?: Readonly<Record<string, string>>;
  /** kriteria code → the evaluator's note (only non-empty ones are printed). */
  catatanKriteria?: Readonly<Record<string, string>>;
  rekomendasi?: readonly RekomendasiLhe[];
  penandatangan?: PenandatanganEvaluasi | null;
  /** "Mangkai Baru" and an ISO date for the signature line. */
  tempat?: string | null;
  tanggal?: string | null;
}

export interface HasilLhe {
  dokumen: Dokumen;
  hasil: HasilAkip;
}

/** The computed result of an evaluation (kriteria answers or component values). */
export function hitungEvaluasi(kerangka: string, nilai: NilaiEvaluasi): HasilAkip {
  const k = kerangkaDariKunci(kerangka);
  return nilai.mode === "kriteria"
    ? hitungNilaiLke(nilai.jawaban, { kerangka: k })
    : hitungNilaiKomponen(nilai.komponen, { kerangka: k });
}

const LABEL_STATUS: Record<RekomendasiLhe["status"], string> = {
  terbuka: "Belum ditindaklanjuti",
  proses: "Dalam proses",
  selesai: "Selesai",
};

export function labelStatusRekomendasi(s: RekomendasiLhe["status"]): string {
  return LABEL_STATUS[s];
}

function p(isi: Inline[] | string, opsi: { rata?: "kiri" | "tengah" | "kanan" | "rata"; tebal?: boolean } = {}): Blok {
  return {
    jenis: "paragraf",
    isi: typeof isi === "string" ? [isi] : isi,
    rata: opsi.rata ?? "rata",
    ...(opsi.tebal ? { gaya: "tebal" as const } : {}),
  };
}

/** The signature block of the evaluator (or a placeholder line when none is set). */
export function ttdEvaluasi(
  t: PenandatanganEvaluasi | null | undefined,
  tempat: string | null | undefined,
  tgl: string | null | undefined,
): TandaTangan {
  const tempatTanggal: Inline[] = [
    tempat && tgl ? `${tempat}, ${tanggal(tgl)}` : { t: "hilang", teks: "tempat dan tanggal penandatanganan" },
  ];
  return {
    jenis: "tanda-tangan",
    tempatTanggal,
    posisiTanggal: "kanan",
    kolom: [
      t
        ? {
            sebutan: "",
            jabatan: t.jabatan,
            nama: [{ t: "tebal", teks: t.nama }],
            ...(t.pangkat ? { pangkat: t.pangkat } : {}),
            ...(t.nip ? { nip: [`NIP. ${nip(t.nip)}`] } : {}),
          }
        : { sebutan: "", jabatan: ["Inspektur"], nama: [{ t: "hilang", teks: "nama penandatangan" }] },
    ],
  };
}

function tabelKomponen(h: HasilAkip, catatan: Readonly<Record<string, string>>): Blok {
  const badan: Sel[][] = h.komponen.map((c, i) => [
    sel(`${i + 1}.`, { rata: "tengah" }),
    sel(c.nama),
    angka(c.bobot.toString(), "angka2"),
    angka(c.nilai.toString(), "angka2", c.nilaiTampil.replace(".", ",")),
    angka(c.persenBobot, "persen"),
    sel(catatan[c.kunci] ?? ""),
  ]);
  badan.push([
    sel("Nilai Akuntabilitas Kinerja", { rentangKolom: 2, rata: "tengah", tebal: true }),
    angka("100", "angka2", undefined, true),
    angka(h.total.toString(), "angka2", a2(h.totalTampil), true),
    sel(""),
    sel(""),
  ]);
  badan.push([
    sel("Predikat", { rentangKolom: 2, rata: "tengah", tebal: true }),
    sel(`${h.predikat.kode} (${h.predikat.label})`, { rentangKolom: 4, tebal: true }),
  ]);
  return tabel(
    "lhe-komponen",
    "Nilai per Komponen",
    [[kepala("No."), kepala("Komponen"), kepala("Bobot"), kepala("Nilai"), kepala("% Bobot"), kepala("Catatan")]],
    badan,
    [0.7, 4, 1.3, 1.3, 1.4, 5],
  );
}

function tabelSubKomponen(h: HasilAkip, kerangka: KerangkaLke): Blok {
  const badan: Sel[][] = [];
  for (const c of h.komponen) {
    badan.push([sel(`${c.kode}. ${c.nama}`, { rentangKolom: 5, tebal: true })]);
    for (const s of c.subKomponen) {
      const nama = kerangka.komponen.find((k) => k.kode === c.kode)?.subKomponen.find((x) => x.kode === s.kode);
      badan.push([
        sel(s.kode, { rata: "tengah" }),
        sel(nama?.nama ?? s.nama),
        angka(s.bobot.toString(), "angka2"),
        sel(s.rataRataHuruf, { rata: "tengah" }),
        angka(s.nilai.toString(), "angka2", a2(s.nilaiTampil)),
      ]);
    }
  }
  return tabel(
    "lhe-sub-komponen",
    "Nilai per Sub-komponen",
    [[kepala("Kode"), kepala("Sub-komponen"), kepala("Bobot"), kepala("Rata-rata"), kepala("Nilai")]],
    badan,
    [1, 8, 1.3, 1.4, 1.3],
    { kecil: true },
  );
}

function tabelRekomendasi(r: readonly RekomendasiLhe[], h: HasilAkip): Blok {
  return tabel(
    "lhe-rekomendasi",
    "Rekomendasi dan Tindak Lanjut",
    [
      [
        kepala("No."),
        kepala("Rekomendasi"),
        kepala("Komponen"),
        kepala("Penanggung Jawab"),
        kepala("Batas Waktu"),
        kepala("Status"),
        kepala("Tindak Lanjut"),
      ],
    ],
    r.map((x, i) => [
      sel(`${i + 1}.`, { rata: "tengah" }),
      sel(x.tahunAsal ? `${x.uraian} (rekomendasi ${x.tahunAsal})` : x.uraian),
      sel(h.komponen.find((c) => c.kunci === x.komponen)?.nama ?? "–"),
      sel(x.penanggungJawab ?? "–"),
      sel(x.batasWaktu ? tanggal(x.batasWaktu) : "–", { rata: "tengah" }),
      sel(LABEL_STATUS[x.status], { rata: "tengah" }),
      sel(x.tindakLanjut ?? "–"),
    ]),
    [0.7, 5, 2.2, 2.4, 2, 2, 3.5],
    { kecil: true },
  );
}

/** Builds the LHE document of one OPD and year. Throws DomainError when the answers do not score. */
export function bangunLhe(s: SumberLhe): HasilLhe {
  const kerangka = kerangkaDariKunci(s.kerangka);
  const h = hitungEvaluasi(s.kerangka, s.nilai);
  const catatanKomponen = s.catatanKomponen ?? {};
  const rekomendasi = s.rekomendasi ?? [];
  const catatanKriteria = Object.entries(s.catatanKriteria ?? {}).filter(([, v]) => v.trim() !== "");
  const draf = s.status !== undefined && s.status !== null && s.status !== "final";
  const blok: Blok[] = [
    p([{ t: "tebal", teks: "LAPORAN HASIL EVALUASI" }], { rata: "tengah" }),
    p([{ t: "tebal", teks: "AKUNTABILITAS KINERJA INSTANSI PEMERINTAH" }], { rata: "tengah" }),
    p([{ t: "tebal", teks: `${s.opd.nama.toUpperCase()} TAHUN ${s.tahun}` }], { rata: "tengah" }),
    ...(draf ? [p([{ t: "miring", teks: `Draf — status evaluasi: ${s.status}` }], { rata: "tengah" })] : []),
    { jenis: "spasi", baris: 1 },
    { jenis: "judul", tingkat: 2, teks: "A. Dasar dan Ruang Lingkup", id: "lhe-dasar", daftarIsi: false },
    p(
      `Evaluasi atas Akuntabilitas Kinerja Instansi Pemerintah (AKIP) ${s.opd.nama} Tahun ${s.tahun} dilaksanakan oleh ` +
        `Inspektorat ${s.pemda.nama} berdasarkan ${kerangka.source.regulasi}` +
        (s.nilai.mode === "kriteria"
          ? `, atas ${kerangka.value.komponen.reduce((n, k) => n + k.subKomponen.reduce((m, x) => m + x.kriteria.length, 0), 0)} kriteria dalam ${kerangka.value.komponen.length} komponen.`
          : `. Evaluasi ini dicatat dalam mode nilai komponen saja: hanya nilai ${kerangka.value.komponen.length} komponen yang tersedia, tanpa jawaban per kriteria.`),
    ),
    { jenis: "judul", tingkat: 2, teks: "B. Hasil Evaluasi", id: "lhe-hasil", daftarIsi: false },
    p([
      `Nilai akuntabilitas kinerja ${s.opd.nama} Tahun ${s.tahun} adalah `,
      { t: "tebal", teks: a2(h.totalTampil) },
      ` dengan predikat `,
      { t: "tebal", teks: `"${h.predikat.kode}" (${h.predikat.label})` },
      `, dengan rincian per komponen pada `,
      { t: "ref", ke: "lhe-komponen" },
      ".",
    ]),
    tabelKomponen(h, catatanKomponen),
    p(`Interpretasi predikat ${h.predikat.kode}: ${h.predikat.interpretasi}`),
  ];
  if (s.nilai.mode === "kriteria") {
    blok.push(
      p(["Nilai per sub-komponen disajikan pada ", { t: "ref", ke: "lhe-sub-komponen" }, "."]),
      tabelSubKomponen(h, kerangka.value),
    );
  }
  blok.push({ jenis: "judul", tingkat: 2, teks: "C. Catatan Evaluator", id: "lhe-catatan", daftarIsi: false });
  const catKomp = h.komponen.filter((c) => (catatanKomponen[c.kunci] ?? "").trim() !== "");
  if (catKomp.length === 0 && catatanKriteria.length === 0) {
    blok.push(p("Tidak ada catatan evaluator."));
  } else {
    if (catKomp.length > 0) {
      blok.push({
        jenis: "daftar",
        butir: catKomp.map((c, i) => ({
          label: `${i + 1}.`,
          isi: [{ t: "tebal", teks: `${c.nama}: ` }, catatanKomponen[c.kunci]!],
        })),
      });
    }
    if (catatanKriteria.length > 0) {
      blok.push(p("Catatan per kriteria:"), {
        jenis: "daftar",
        butir: catatanKriteria.map(([kode, teks]) => ({ label: `${kode}`, isi: [teks] })),
      });
    }
  }
  blok.push({ jenis: "judul", tingkat: 2, teks: "D. Rekomendasi", id: "lhe-rekomendasi-judul", daftarIsi: false });
  if (rekomendasi.length === 0) blok.push(p("Tidak ada rekomendasi."));
  else
    blok.push(
      p([
        "Rekomendasi perbaikan dan status tindak lanjutnya disajikan pada ",
        { t: "ref", ke: "lhe-rekomendasi" },
        ".",
      ]),
      tabelRekomendasi(rekomendasi, h),
    );
  blok.push(
    p(
      "Demikian laporan hasil evaluasi ini disampaikan untuk ditindaklanjuti dalam rangka peningkatan akuntabilitas kinerja.",
    ),
    ttdEvaluasi(s.penandatangan, s.tempat, s.tanggal),
  );
  const dokumen: Dokumen = {
    judul: `Laporan Hasil Evaluasi AKIP ${s.opd.nama} Tahun ${s.tahun}`,
    kaki: `LHE AKIP ${s.opd.nama} ${s.tahun}`,
    bagian: [{ id: "lhe", orientasi: "potret", nomorHalaman: "arab", mulaiUlang: true, bab: 1, blok }],
  };
  nomoriDokumen(dokumen);
  return { dokumen, hasil: h };
}

/** Throws a DomainError naming the OPD when an evaluation cannot be scored (for callers that show it as 4xx). */
export function pastikanDapatDinilai(opd: string, kerangka: string, nilai: NilaiEvaluasi): HasilAkip {
  try {
    return hitungEvaluasi(kerangka, nilai);
  } catch (e) {
    if (e instanceof DomainError) throw new DomainError(e.code, `${opd}: ${e.message}`, e.details);
    throw e;
  }
}
