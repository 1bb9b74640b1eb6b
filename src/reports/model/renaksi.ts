/**
 * Rencana Aksi documents (issue #19): the quarterly Laporan Capaian Kinerja of an OPD (per PK: targets, realisasi,
 * capaian per triwulan and cumulative, early-warning flags, faktor penghambat/pendorong and langkah of the quarter)
 * and the Rencana Aksi document of one PK (quarterly targets and the actions with their budget per quarter).
 * Pure: the figures come computed from the read model (services/renaksi/baca-renaksi.ts over domain/renaksi);
 * every missing value is a "[Data belum tersedia: …]" placeholder, never a throw (hilang.ts).
 * NOTE: Permenpan RB 53/2014 (Rencana Aksi), regulations.md §4 (capaian).
 */
import { dec, sum } from "../../domain/shared/decimal";
import type { Blok, Dokumen, Inline, Sel } from "./dokumen";
import { DaftarHilang, type DataHilang } from "./hilang";
import { angka, barisNomorKolom, kepala, sel, selHilang, tabel } from "./sel";
import { rupiah, seperti } from "./tampil";

/** One quarter of an indicator as the read model gives it (machine strings, "80.5"; null = none). */
export interface TriwulanSumber {
  triwulan: number;
  target: string | null;
  realisasi: string | null;
  capaian: string | null;
  capaianKumulatif: string | null;
  anggaran: string;
  realisasiAnggaran: string | null;
  serapanKumulatif: string | null;
  faktorPenghambat: string;
  faktorPendorong: string;
  langkah: string;
  peringatan: { jenis: string; pesan: string }[];
}

export interface IndikatorSumber {
  nomor: string | null;
  sasaran: string;
  indikator: string;
  satuan: string;
  targetTahunan: string;
  rencana: {
    sifat: string;
    polaritas: string;
    targetTriwulan: (string | null)[];
    penanggungJawab: string;
  } | null;
  aksi: {
    tingkat: string;
    kodeDppa: string | null;
    uraian: string;
    anggaranTriwulan: string[];
    penanggungJawab: string;
  }[];
  jumlahAnggaran: string;
  triwulan: TriwulanSumber[];
  galat: string | null;
}

export interface PkSumberRenaksi {
  pkId: string;
  kode: string;
  jenis: string;
  level: string;
  pihakPertama: string;
  jabatan: string;
  indikator: IndikatorSumber[];
}

export interface SumberRenaksi {
  pemda: { nama: string };
  opd: { slug: string; nama: string };
  tahun: number;
  ambang: { label: string };
  statusTriwulan: { triwulan: number; status: string }[];
  pk: PkSumberRenaksi[];
}

export interface HasilDokumenRenaksi {
  dokumen: Dokumen;
  hilang: DataHilang[];
}

export const NAMA_TW = ["TW I", "TW II", "TW III", "TW IV"] as const;
const SIFAT: Record<string, string> = {
  tingkat: "tingkat",
  kumulatif: "kumulatif",
  "per-triwulan": "per triwulan",
  dokumen: "dokumen",
};
const LEVEL: Record<string, string> = {
  "kepala-opd": "Kepala OPD",
  "eselon-iii": "Eselon III",
  "eselon-iv": "Eselon IV",
};

/** A number cell from a machine string, shown with its own decimals; a non-number stays text. */
function nilai(x: string | null): Sel {
  if (x === null) return { isi: ["–"], rata: "tengah" };
  return /^-?\d+(\.\d+)?$/.test(x) ? angka(x, "desimal", seperti(x)) : sel(x, { rata: "tengah" });
}

function judulPk(p: PkSumberRenaksi): string {
  const siapa = [p.jabatan, p.pihakPertama].filter((x) => x.trim() !== "").join(" — ");
  return `PK ${LEVEL[p.level] ?? p.level} (${p.jenis})${siapa ? `: ${siapa}` : ""}`;
}

/** The quarterly Laporan Capaian Kinerja s.d. triwulan `tw` (1–4). */
export function bangunLaporanTriwulan(s: SumberRenaksi, tw: number): HasilDokumenRenaksi {
  const h = new DaftarHilang();
  const namaTw = NAMA_TW[tw - 1] ?? `TW ${tw}`;
  const status = s.statusTriwulan.find((x) => x.triwulan === tw)?.status ?? "draft";
  const blok: Blok[] = [
    {
      jenis: "paragraf",
      isi: [`LAPORAN CAPAIAN KINERJA ${namaTw.toUpperCase()} TAHUN ${s.tahun}`],
      rata: "tengah",
      gaya: "tebal",
    },
    { jenis: "paragraf", isi: [s.opd.nama.toUpperCase()], rata: "tengah", gaya: "tebal" },
    { jenis: "paragraf", isi: [s.pemda.nama], rata: "tengah" },
    {
      jenis: "paragraf",
      isi: [
        `Realisasi dan capaian s.d. ${namaTw} ${s.tahun} (status laporan triwulan: ${status}). Capaian per triwulan ` +
          `dan kumulatif dihitung dengan rumus capaian yang sama dengan pengukuran kinerja; peringatan dini memakai ` +
          `ambang ${s.ambang.label}.`,
      ],
      gaya: "kecil",
    },
  ];
  if (s.pk.length === 0) {
    blok.push({
      jenis: "paragraf",
      isi: [h.tandai(`pk:${s.opd.slug}:${s.tahun}`, `Perjanjian Kinerja ${s.opd.nama} tahun ${s.tahun}`)],
    });
  }
  const kolomTw = [1, 2, 3, 4];
  s.pk.forEach((p, ip) => {
    const id = `renaksi-tw-${ip + 1}`;
    blok.push({ jenis: "judul", tingkat: 2, teks: judulPk(p), id: `${id}-judul`, daftarIsi: false });
    if (p.indikator.length === 0) {
      blok.push({ jenis: "paragraf", isi: [h.tandai(`indikator:${p.pkId}`, `indikator PK ${p.kode}`)] });
      return;
    }
    const realisasiSel = (i: IndikatorSumber, q: TriwulanSumber): Sel => {
      if (q.triwulan > tw) return sel("–", { rata: "tengah" });
      if (q.realisasi === null)
        return selHilang(
          h.tandai(
            `realisasi:${p.pkId}:${i.indikator}:${q.triwulan}`,
            `realisasi ${NAMA_TW[q.triwulan - 1]} ${i.indikator}`,
            `realisasi ${NAMA_TW[q.triwulan - 1]}`,
          ),
        );
      return nilai(q.realisasi);
    };
    const tanpaRencana = (i: IndikatorSumber) =>
      selHilang(h.tandai(`rencana:${p.pkId}:${i.indikator}`, `Rencana Aksi ${i.indikator}`, "target triwulan"));
    // 1. targets and realisasi
    const badan1 = p.indikator.map((i, n) => [
      sel(i.nomor ?? String(n + 1), { rata: "tengah" }),
      sel(i.sasaran),
      sel(i.indikator),
      sel(i.satuan, { rata: "tengah" }),
      nilai(i.targetTahunan || null),
      sel(i.rencana ? (SIFAT[i.rencana.sifat] ?? i.rencana.sifat) : "–", { rata: "tengah" }),
      ...(i.rencana
        ? kolomTw.map((n) => nilai(i.rencana!.targetTriwulan[n - 1] ?? null))
        : [{ ...tanpaRencana(i), rentangKolom: 4 }]),
      ...kolomTw.map((n) => realisasiSel(i, i.triwulan[n - 1]!)),
    ]);
    blok.push(
      tabel(
        `${id}-target`,
        `Target dan Realisasi per Triwulan s.d. ${namaTw} ${s.tahun} — ${p.kode}`,
        [
          [
            kepala("No", undefined, 2),
            kepala("Sasaran", undefined, 2),
            kepala("Indikator Kinerja", undefined, 2),
            kepala("Satuan", undefined, 2),
            kepala("Target Tahunan", undefined, 2),
            kepala("Sifat Target", undefined, 2),
            kepala("Target Triwulan", 4),
            kepala("Realisasi Triwulan", 4),
          ],
          [...NAMA_TW.map((t) => kepala(t)), ...NAMA_TW.map((t) => kepala(t))],
          barisNomorKolom(14),
        ],
        badan1,
        [3, 11, 13, 6, 6, 7, 5, 5, 5, 5, 5, 5, 5, 5],
        { kecil: true, bernomor: false },
      ),
    );
    // 2. capaian per quarter and cumulative, with the flags of the quarter
    const capaianSel = (i: IndikatorSumber, q: TriwulanSumber, c: string | null): Sel => {
      if (q.triwulan > tw || q.realisasi === null) return sel("–", { rata: "tengah" });
      if (i.galat) return sel(i.galat);
      if (c === null) return sel("–", { rata: "tengah" });
      return angka(c, "persen");
    };
    const badan2 = p.indikator.map((i, n) => {
      const q = i.triwulan[tw - 1]!;
      const flag = q.realisasi === null ? [] : q.peringatan;
      return [
        sel(i.nomor ?? String(n + 1), { rata: "tengah" }),
        sel(i.indikator),
        ...kolomTw.map((m) => capaianSel(i, i.triwulan[m - 1]!, i.triwulan[m - 1]!.capaian)),
        ...kolomTw.map((m) => capaianSel(i, i.triwulan[m - 1]!, i.triwulan[m - 1]!.capaianKumulatif)),
        sel(q.serapanKumulatif === null || q.triwulan > tw ? "–" : `${seperti(q.serapanKumulatif)}%`, {
          rata: "tengah",
        }),
        sel(flag.length ? flag.map((w) => w.pesan).join("; ") : "–"),
      ];
    });
    blok.push(
      tabel(
        `${id}-capaian`,
        `Capaian per Triwulan dan Kumulatif s.d. ${namaTw} ${s.tahun} — ${p.kode}`,
        [
          [
            kepala("No", undefined, 2),
            kepala("Indikator Kinerja", undefined, 2),
            kepala("Capaian Triwulan (%)", 4),
            kepala("Capaian Kumulatif (%)", 4),
            kepala(`Serapan Anggaran s.d. ${namaTw}`, undefined, 2),
            kepala("Peringatan Dini", undefined, 2),
          ],
          [...NAMA_TW.map((t) => kepala(t)), ...NAMA_TW.map((t) => kepala(t))],
          barisNomorKolom(12),
        ],
        badan2,
        [3, 14, 7, 7, 7, 7, 7, 7, 7, 7, 7, 16],
        { kecil: true, bernomor: false },
      ),
    );
    // 3. the factors and steps of the quarter
    const teks = (x: string): Sel => sel(x.trim() === "" ? "–" : x);
    const badan3 = p.indikator.map((i, n) => {
      const q = i.triwulan[tw - 1]!;
      return [
        sel(i.nomor ?? String(n + 1), { rata: "tengah" }),
        sel(i.indikator),
        teks(q.faktorPenghambat),
        teks(q.faktorPendorong),
        teks(q.langkah),
      ];
    });
    blok.push(
      tabel(
        `${id}-faktor`,
        `Faktor Penghambat, Faktor Pendorong dan Langkah/Solusi ${namaTw} ${s.tahun} — ${p.kode}`,
        [
          [
            kepala("No"),
            kepala("Indikator Kinerja"),
            kepala("Faktor Penghambat"),
            kepala("Faktor Pendorong"),
            kepala("Langkah/Solusi"),
          ],
        ],
        badan3,
        [3, 17, 20, 20, 20],
        { kecil: true, bernomor: false },
      ),
    );
  });
  return {
    dokumen: {
      judul: `Laporan Capaian Kinerja ${namaTw} ${s.tahun} ${s.opd.nama}`,
      kaki: `Laporan Capaian Kinerja ${namaTw} ${s.tahun} ${s.opd.nama}`,
      bagian: [{ id: "laporan-triwulan", orientasi: "lanskap", nomorHalaman: "arab", bab: null, blok }],
    },
    hilang: h.semua(),
  };
}

/** The Rencana Aksi document of one PK: per indicator its quarterly targets, then its actions with budget per quarter. */
export function bangunDokumenRencanaAksi(s: SumberRenaksi, pk: PkSumberRenaksi): HasilDokumenRenaksi {
  const h = new DaftarHilang();
  const blok: Blok[] = [
    { jenis: "paragraf", isi: [`RENCANA AKSI TAHUN ${s.tahun}`], rata: "tengah", gaya: "tebal" },
    { jenis: "paragraf", isi: [s.opd.nama.toUpperCase()], rata: "tengah", gaya: "tebal" },
    { jenis: "paragraf", isi: [judulPk(pk)], rata: "tengah" },
  ];
  const badan: Sel[][] = [];
  pk.indikator.forEach((i, n) => {
    const baris = Math.max(1, i.aksi.length);
    const rentang = baris > 1 ? { rentangBaris: baris } : {};
    const tw: Sel[] = i.rencana
      ? [0, 1, 2, 3].map((k) => ({ ...nilai(i.rencana!.targetTriwulan[k] ?? null), ...rentang }))
      : [
          {
            ...selHilang(
              h.tandai(`rencana:${pk.pkId}:${i.indikator}`, `Rencana Aksi ${i.indikator}`, "target triwulan"),
            ),
            ...rentang,
            rentangKolom: 4,
          },
        ];
    const depan: Sel[] = [
      sel(i.nomor ?? String(n + 1), { rata: "tengah", ...rentang }),
      sel(i.indikator, rentang),
      sel(i.satuan, { rata: "tengah", ...rentang }),
      { ...nilai(i.targetTahunan || null), ...rentang },
      ...tw,
    ];
    const pj = (x: string): Inline => (x.trim() === "" ? "–" : x);
    if (i.aksi.length === 0) {
      badan.push([
        ...depan,
        selHilang(h.tandai(`aksi:${pk.pkId}:${i.indikator}`, `aksi ${i.indikator}`, "aksi")),
        ...[0, 1, 2, 3].map(() => sel("–", { rata: "tengah" })),
        sel(pj(i.rencana?.penanggungJawab ?? "")),
      ]);
      return;
    }
    i.aksi.forEach((a, k) => {
      badan.push([
        ...(k === 0 ? depan : []),
        sel(`${a.kodeDppa ? `${a.kodeDppa} ` : ""}${a.uraian}`),
        ...[0, 1, 2, 3].map((m) => angka(a.anggaranTriwulan[m] ?? "0", "rupiah", rupiah(a.anggaranTriwulan[m] ?? "0"))),
        sel(pj(a.penanggungJawab || (i.rencana?.penanggungJawab ?? ""))),
      ]);
    });
  });
  if (badan.length === 0) {
    blok.push({ jenis: "paragraf", isi: [h.tandai(`indikator:${pk.pkId}`, `indikator PK ${pk.kode}`)] });
  } else {
    blok.push(
      tabel(
        "rencana-aksi",
        `Rencana Aksi ${pk.kode} Tahun ${s.tahun}`,
        [
          [
            kepala("No", undefined, 2),
            kepala("Indikator Kinerja", undefined, 2),
            kepala("Satuan", undefined, 2),
            kepala("Target Tahunan", undefined, 2),
            kepala("Target Triwulan", 4),
            kepala("Kegiatan/Sub-kegiatan (Aksi)", undefined, 2),
            kepala("Anggaran per Triwulan (Rp)", 4),
            kepala("Penanggung Jawab", undefined, 2),
          ],
          [...NAMA_TW.map((t) => kepala(t)), ...NAMA_TW.map((t) => kepala(t))],
          barisNomorKolom(14),
        ],
        badan,
        [3, 13, 6, 6, 5, 5, 5, 5, 15, 8, 8, 8, 8, 9],
        { kecil: true, bernomor: false },
      ),
    );
    blok.push({
      jenis: "paragraf",
      isi: [`Jumlah anggaran aksi: Rp ${rupiah(sum(pk.indikator.map((i) => dec(i.jumlahAnggaran))))}`],
      gaya: "kecil",
    });
  }
  return {
    dokumen: {
      judul: `Rencana Aksi ${pk.kode} ${s.tahun} ${s.opd.nama}`,
      kaki: `Rencana Aksi ${s.opd.nama} ${s.tahun}`,
      bagian: [{ id: "rencana-aksi", orientasi: "lanskap", nomorHalaman: "arab", bab: null, blok }],
    },
    hilang: h.semua(),
  };
}
