/**
 * The Pemda's recap of the AKIP evaluation of every OPD for a year, laid out as the Inspektorat's letter and its
 * lampiran: every OPD with its component values, the total and predikat computed from them (never the printed ones),
 * the ranking, and where a printed total or kategori was recorded and differs, a note saying so; with two charts
 * (total per OPD, number of OPD per predikat). Pure.
 * Ranking: by the 2-dp total, highest first; equal totals share a rank (1, 2, 2, 4).
 * NOTE: SEED 1853-1937 (letter Nomor 700/656/2023 and "REKAPITULASI EVALUASI SAKIP OPD SE- KABUPATEN BATU BARA TAHUN
 * 2023": No, DINAS / OPD, four KOMPONEN with BOBOT, TOTAL NILAI EVALUASI SAKIP, KATEGORI); regulations.md §2.4–§2.6.
 */
import { type HasilAkip, kerangkaDariKunci, KODE_PREDIKAT, type KodePredikat } from "../../domain/akip";
import { type Dec, dec, roundHalfUp } from "../../domain/shared/decimal";
import type { Blok, Dokumen, Sel } from "./dokumen";
import { hitungEvaluasi, type NilaiEvaluasi, type PenandatanganEvaluasi, ttdEvaluasi } from "./lhe";
import { nomoriDokumen } from "./penomoran";
import { angka, kepala, sel, tabel } from "./sel";
import { a2, tanggal } from "./tampil";

export interface OpdRekapSumber {
  nama: string;
  slug: string;
  /** null = not evaluated (yet): listed without values or rank. */
  nilai: NilaiEvaluasi | null;
  totalDicetak?: string | null;
  predikatDicetak?: string | null;
}

export interface SuratRekap {
  nomor?: string | null;
  sifat?: string | null;
  lampiran?: string | null;
  kepada?: string[] | null;
  /** Address line under the letterhead. */
  alamat?: string | null;
}

export interface SumberRekapAkip {
  pemda: { nama: string; ibukota?: string | null };
  tahun: number;
  kerangka: string;
  opd: readonly OpdRekapSumber[];
  surat?: SuratRekap | null;
  penandatangan?: PenandatanganEvaluasi | null;
  tempat?: string | null;
  tanggal?: string | null;
}

export interface BarisRekap {
  no: number;
  nama: string;
  slug: string;
  hasil: HasilAkip | null;
  /** Computed total, 2 dp half-up. */
  total: Dec | null;
  peringkat: number | null;
  /** Mode of the values: from the kriteria answers or component values only. */
  mode: NilaiEvaluasi["mode"] | null;
  totalDicetak: Dec | null;
  predikatDicetak: string | null;
  /** Human notes where the printed figures differ from the computed ones. */
  selisih: string[];
}

export interface HasilRekapAkip {
  dokumen: Dokumen;
  baris: BarisRekap[];
  /** Number of OPD per predikat (evaluated ones). */
  sebaran: Record<KodePredikat, number>;
  rataRata: Dec | null;
}

/** Computes every row (values, rank, printed-vs-computed notes) without building the document. */
export function hitungRekap(s: Pick<SumberRekapAkip, "kerangka" | "opd">): BarisRekap[] {
  const baris: BarisRekap[] = s.opd.map((o, i) => {
    const hasil = o.nilai ? hitungEvaluasi(s.kerangka, o.nilai) : null;
    const total = hasil ? roundHalfUp(hasil.total, 2) : null;
    const totalDicetak = o.totalDicetak ? dec(o.totalDicetak) : null;
    const selisih: string[] = [];
    if (hasil && total && totalDicetak && !totalDicetak.eq(total)) {
      selisih.push(`total tercetak ${a2(totalDicetak)}, dihitung ${a2(total)}`);
    }
    if (hasil && o.predikatDicetak && o.predikatDicetak.trim().toUpperCase() !== hasil.predikat.kode) {
      selisih.push(`kategori tercetak ${o.predikatDicetak.trim()}, dihitung ${hasil.predikat.kode}`);
    }
    return {
      no: i + 1,
      nama: o.nama,
      slug: o.slug,
      hasil,
      total,
      peringkat: null,
      mode: o.nilai?.mode ?? null,
      totalDicetak,
      predikatDicetak: o.predikatDicetak ?? null,
      selisih,
    };
  });
  const urut = baris.filter((b) => b.total !== null).sort((a, b) => b.total!.comparedTo(a.total!));
  urut.forEach((b, i) => {
    const sebelum = urut[i - 1];
    b.peringkat = sebelum && sebelum.total!.eq(b.total!) ? sebelum.peringkat : i + 1;
  });
  return baris;
}

function suratPengantar(s: SumberRekapAkip, n: number): Blok[] {
  const surat = s.surat ?? {};
  const tempat = s.tempat ?? s.pemda.ibukota ?? null;
  const kop: Blok[] = [
    { jenis: "paragraf", isi: [{ t: "tebal", teks: `PEMERINTAH ${s.pemda.nama.toUpperCase()}` }], rata: "tengah" },
    { jenis: "paragraf", isi: [{ t: "tebal", teks: "INSPEKTORAT DAERAH" }], rata: "tengah" },
    ...(surat.alamat
      ? [{ jenis: "paragraf" as const, isi: [surat.alamat], rata: "tengah" as const, gaya: "kecil" as const }]
      : []),
    { jenis: "spasi", baris: 1 },
  ];
  const hal = `Laporan Hasil Evaluasi (LHE) AKIP Tahun ${s.tahun}`;
  const kepala: Sel[][] = [
    ["Nomor", surat.nomor ?? "…"],
    ["Sifat", surat.sifat ?? "Penting"],
    ["Lamp", surat.lampiran ?? `${n} berkas`],
    ["Hal", hal],
  ].map(([a, b]) => [sel(a!), sel(`: ${b!}`)]);
  return [
    ...kop,
    ...(tempat && s.tanggal
      ? [{ jenis: "paragraf" as const, isi: [`${tempat}, ${tanggal(s.tanggal)}`], rata: "kanan" as const }]
      : []),
    tabel("rekap-kepala-surat", "Kepala surat", [], kepala, [1.2, 8], { bernomor: false, tanpaGaris: true }),
    { jenis: "paragraf", isi: ["Kepada Yth."], rata: "kiri" },
    ...(surat.kepada ?? [`Sekretaris Daerah ${s.pemda.nama}`]).map((b): Blok => ({
      jenis: "paragraf",
      isi: [b],
      rata: "kiri",
    })),
    { jenis: "spasi", baris: 1 },
    {
      jenis: "paragraf",
      isi: [
        `Sehubungan telah dilaksanakan Evaluasi Akuntabilitas Kinerja Instansi Pemerintah Tahun ${s.tahun} pada ${n} OPD se-${s.pemda.nama} oleh Inspektorat Daerah ${s.pemda.nama}.`,
      ],
      rata: "rata",
      inden: true,
    },
    {
      jenis: "paragraf",
      isi: [
        `Berkenaan dengan hal tersebut di atas, terlampir kami sampaikan hasil rekapitulasi serta Laporan Hasil Evaluasi (LHE) Akuntabilitas Kinerja Instansi Pemerintah Tahun ${s.tahun} pada ${n} OPD se-${s.pemda.nama}.`,
      ],
      rata: "rata",
      inden: true,
    },
    {
      jenis: "paragraf",
      isi: [
        "Demikian hal ini disampaikan untuk dapat dipergunakan seperlunya dan atas kerja samanya diucapkan terima kasih.",
      ],
      rata: "rata",
      inden: true,
    },
    ttdEvaluasi(s.penandatangan, tempat, s.tanggal),
  ];
}

function tabelRekap(s: SumberRekapAkip, baris: BarisRekap[], tandaiMode: boolean): Blok {
  const kerangka = kerangkaDariKunci(s.kerangka).value;
  const nk = kerangka.komponen.length;
  const kepalaBaris: Sel[][] = [
    [
      kepala("No", 1, 2),
      kepala("Perangkat Daerah", 1, 2),
      kepala("Komponen", nk),
      kepala("Total Nilai Evaluasi SAKIP", 1, 2),
      kepala("Kategori", 1, 2),
      kepala("Peringkat", 1, 2),
      kepala("Keterangan", 1, 2),
    ],
    kerangka.komponen.map((k) => kepala(`${k.nama} (Bobot: ${k.bobot.replace(".", ",")})`)),
  ];
  const badan: Sel[][] = baris.map((b) => {
    const komponen = kerangka.komponen.map((k) => {
      const c = b.hasil?.komponen.find((x) => x.kunci === k.kunci);
      return c ? angka(c.nilai.toString(), "angka2") : sel("–", { rata: "tengah" });
    });
    const ket = [
      ...(tandaiMode && b.mode === "komponen" ? ["nilai komponen saja"] : []),
      ...(b.hasil ? [] : ["belum dievaluasi"]),
      ...b.selisih,
    ];
    return [
      sel(String(b.no), { rata: "tengah" }),
      sel(b.nama),
      ...komponen,
      b.total ? angka(b.total.toString(), "angka2", undefined, true) : sel("–", { rata: "tengah" }),
      sel(b.hasil?.predikat.kode ?? "–", { rata: "tengah" }),
      sel(b.peringkat === null ? "–" : String(b.peringkat), { rata: "tengah" }),
      sel(ket.join("; ")),
    ];
  });
  return tabel(
    "rekap-akip",
    `Rekapitulasi Evaluasi SAKIP OPD se-${s.pemda.nama} Tahun ${s.tahun}`,
    kepalaBaris,
    badan,
    [0.6, 5, ...kerangka.komponen.map(() => 1.6), 1.7, 1.3, 1.3, 3.2],
    {
      kecil: true,
      sumber: `Total dan kategori dihitung dari nilai komponen (${kerangkaDariKunci(s.kerangka).source.regulasi}); peringkat menurut total.`,
    },
  );
}

/** Builds the recap letter with its lampiran (table and charts). */
export function bangunRekapAkip(s: SumberRekapAkip): HasilRekapAkip {
  const baris = hitungRekap(s);
  const dinilai = baris.filter((b) => b.hasil !== null);
  const sebaran = Object.fromEntries(KODE_PREDIKAT.map((k) => [k, 0])) as Record<KodePredikat, number>;
  for (const b of dinilai) sebaran[b.hasil!.predikat.kode] += 1;
  const rataRata =
    dinilai.length > 0 ? roundHalfUp(dinilai.reduce((a, b) => a.plus(b.total!), dec(0)).div(dinilai.length), 2) : null;
  const berbeda = baris.filter((b) => b.selisih.length > 0);
  const kerangka = kerangkaDariKunci(s.kerangka).value;
  const semuaKomponen = dinilai.length > 0 && dinilai.every((b) => b.mode === "komponen");
  const lampiran: Blok[] = [
    { jenis: "paragraf", isi: [`Lampiran Surat Inspektorat Daerah ${s.pemda.nama}`], rata: "kiri", gaya: "kecil" },
    {
      jenis: "paragraf",
      isi: [`Nomor: ${s.surat?.nomor ?? "…"} — Laporan Hasil Evaluasi (LHE) AKIP Tahun ${s.tahun}`],
      rata: "kiri",
      gaya: "kecil",
    },
    tabelRekap(s, baris, !semuaKomponen),
    {
      jenis: "paragraf",
      isi: [
        `${dinilai.length} dari ${baris.length} OPD telah dievaluasi` +
          (rataRata ? `; rata-rata nilai ${a2(rataRata)}.` : ".") +
          (semuaKomponen
            ? " Seluruh nilai tahun ini dicatat dalam mode nilai komponen saja (tanpa jawaban per kriteria)."
            : "") +
          (berbeda.length > 0
            ? ` Pada ${berbeda.length} OPD, total atau kategori yang tercetak berbeda dari hasil perhitungan (lihat kolom Keterangan).`
            : ""),
      ],
      rata: "rata",
    },
    {
      jenis: "gambar",
      id: "grafik-rekap-komponen",
      judul: `Rata-rata Nilai Komponen OPD Tahun ${s.tahun} (% dari bobot)`,
      grafik: {
        jenis: "batang",
        judul: `Rata-rata Nilai Komponen ${s.tahun} (% bobot)`,
        kategori: kerangka.komponen.map((k) => k.nama.split(" ")[0] ?? k.nama),
        sumbuNilai: "% bobot",
        seri: [
          {
            nama: "Rata-rata",
            nilai: kerangka.komponen.map((k) => {
              const xs = dinilai.map((b) => b.hasil!.komponen.find((c) => c.kunci === k.kunci)!.nilai);
              if (xs.length === 0) return null;
              const rata = xs.reduce((a, x) => a.plus(x), dec(0)).div(xs.length);
              return roundHalfUp(rata.div(k.bobot).times(100), 2).toString();
            }),
          },
        ],
        desimal: 2,
      },
    },
    {
      jenis: "gambar",
      id: "grafik-rekap-predikat",
      judul: `Jumlah OPD per Kategori Tahun ${s.tahun}`,
      grafik: {
        jenis: "batang",
        judul: `Jumlah OPD per Kategori ${s.tahun}`,
        kategori: [...KODE_PREDIKAT],
        sumbuNilai: "Jumlah OPD",
        seri: [{ nama: "OPD", nilai: KODE_PREDIKAT.map((k) => String(sebaran[k])) }],
        desimal: 0,
      },
    },
  ];
  const dokumen: Dokumen = {
    judul: `Rekapitulasi Evaluasi AKIP OPD se-${s.pemda.nama} Tahun ${s.tahun}`,
    kaki: `Rekap Evaluasi AKIP ${s.pemda.nama} ${s.tahun}`,
    bagian: [
      { id: "surat", orientasi: "potret", nomorHalaman: "tidak", bab: null, blok: suratPengantar(s, baris.length) },
      { id: "lampiran", orientasi: "lanskap", nomorHalaman: "arab", mulaiUlang: true, bab: 1, blok: lampiran },
    ],
  };
  nomoriDokumen(dokumen);
  return { dokumen, baris, sebaran, rataRata };
}
