/**
 * Read model of the Rencana Aksi and its quarterly monitoring: per PK indicator the quarterly targets, actions and
 * budget, realisasi per quarter, capaian per quarter and cumulative (domain/renaksi), serapan of the actions and the
 * early-warning flags under the Pemda's thresholds (rule area "peringatan-renaksi").
 */
import type { HasilCapaian } from "../../domain/capaian/capaian-indikator";
import { anggaranTriwulanDariImpor, type RealisasiBulanAnggaran } from "../../domain/renaksi/anggaran-triwulan";
import { hitungCapaianTriwulan } from "../../domain/renaksi/capaian-triwulan";
import { periksaPeringatan, type Peringatan } from "../../domain/renaksi/peringatan";
import { periksaTargetTriwulan, type SifatTarget, TRIWULAN } from "../../domain/renaksi/triwulan";
import { type Dec, dec, roundHalfUp, sum, toFixed } from "../../domain/shared/decimal";
import { DomainError } from "../../domain/shared/errors";
import type { Db } from "../../storage/database";
import { bacaRealisasiSemua } from "../../storage/repositories/anggaran-repository";
import type { StatusTriwulan } from "../../storage/repositories/renaksi-repository";
import { getStatusPeriode } from "../../storage/repositories/status-periode-repository";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import { versiDari } from "../bersama/versi";
import type { ServiceContext } from "../context";
import { bacaPengaturanPemda } from "../pengaturan/pengaturan-pemda";
import { type DataRenaksiPk, kanonTriwulanDari, muatRenaksi } from "./muat-renaksi";

export interface AksiTampil {
  tingkat: "kegiatan" | "sub-kegiatan";
  kodeDppa: string | null;
  uraian: string;
  anggaranTriwulan: string[];
  penanggungJawab: string;
}

export interface TriwulanTampil {
  triwulan: number;
  target: string | null;
  realisasi: string | null;
  capaian: string | null;
  targetKumulatif: string | null;
  realisasiKumulatif: string | null;
  capaianKumulatif: string | null;
  dibawahTarget: boolean;
  anggaran: string;
  realisasiAnggaran: string | null;
  /** Where the budget realisation comes from: the imported DPA realisation (s.d. month 3n), typed, or none. */
  sumberRealisasiAnggaran: "impor-dpa" | "isian" | null;
  /** Cumulative budget realisation s.d. this quarter (Rp) behind the serapan. */
  realisasiAnggaranKumulatif: string | null;
  serapanKumulatif: string | null;
  faktorPenghambat: string;
  faktorPendorong: string;
  langkah: string;
  peringatan: Peringatan[];
}

export interface IndikatorRenaksiTampil {
  pkKinerjaId: string;
  kode: string;
  nomor: string | null;
  sasaran: string;
  indikator: string;
  satuan: string;
  targetTahunan: string;
  rencana: {
    sifat: SifatTarget;
    polaritas: "positif" | "negatif";
    rumusNegatif: "2t-r" | "t/r";
    targetTriwulan: (string | null)[];
    penanggungJawab: string;
  } | null;
  aksi: AksiTampil[];
  jumlahAnggaran: string;
  triwulan: TriwulanTampil[];
  /** A stored plan that no longer fits the PK's target (e.g. after a PK perubahan): the message, else null. */
  galat: string | null;
}

export interface PkRenaksiTampil {
  pkId: string;
  kode: string;
  jenis: "awal" | "perubahan";
  level: "kepala-opd" | "eselon-iii" | "eselon-iv";
  pihakPertama: string;
  jabatan: string;
  /** Version of this PK's plan (If-Match of the save). */
  versi: string;
  indikator: IndikatorRenaksiTampil[];
}

export interface RenaksiTampil {
  opd: { slug: string; nama: string };
  tahun: number;
  status: string;
  /** Per quarter: its state and the version of its realisasi (If-Match of the quarter's save). */
  statusTriwulan: { triwulan: number; status: StatusTriwulan; versi: string }[];
  ambang: { id: string; label: string; batasCapaianKumulatif: string; selisihSerapanCapaian: string };
  pk: PkRenaksiTampil[];
  /** Flags of every reported quarter of each indicator, by quarter (for the OPD page and the pimpinan). */
  peringatan: {
    pkId: string;
    pkKinerjaId: string;
    indikator: string;
    triwulan: number;
    pesan: string;
    jenis: string;
  }[];
}

const f2 = (h: HasilCapaian | null) => (h ? toFixed(h.capaianDibulatkan, 2) : null);
const s = (d: Dec | null) => (d ? d.toString() : null);

/** The plan of one PK in canonical form (what its version is the hash of). */
export function kanonRencanaPk(d: DataRenaksiPk): unknown {
  return d.baris.map((b) => {
    const t = d.target.get(b.id);
    return {
      id: b.id,
      rencana: t ? [t.sifat, t.polaritas, t.rumusNegatif, t.targetTriwulan, t.penanggungJawab] : null,
      aksi: (d.aksi.get(b.id) ?? []).map((a) => [
        a.tingkat,
        a.kodeDppa,
        a.uraian,
        a.anggaranTriwulan,
        a.penanggungJawab,
      ]),
    };
  });
}

export function bentukIndikator(
  d: DataRenaksiPk,
  ambang: { batasCapaianKumulatif: string; selisihSerapanCapaian: string },
  /** The OPD's imported DPA realisation of the year (every month); empty = typed figures only. */
  realisasiDpa: readonly RealisasiBulanAnggaran[] = [],
): IndikatorRenaksiTampil[] {
  return d.baris.map((b) => {
    const t = d.target.get(b.id);
    const aksi = d.aksi.get(b.id) ?? [];
    const real = d.realisasi.get(b.id) ?? [];
    const anggaranTw = TRIWULAN.map((n) => sum(aksi.map((a) => dec(a.anggaranTriwulan[n - 1] ?? "0"))));
    const jumlah = sum(anggaranTw);
    let galat: string | null = null;
    let baris: ReturnType<typeof hitungCapaianTriwulan> | null = null;
    if (t) {
      try {
        const target = periksaTargetTriwulan({
          indikator: b.indikator,
          sifat: t.sifat,
          targetTahunan: b.targetTeks ?? "",
          triwulan: [0, 1, 2, 3].map((i) => t.targetTriwulan[i] ?? null) as [
            string | null,
            string | null,
            string | null,
            string | null,
          ],
        });
        baris = hitungCapaianTriwulan({
          indikator: b.indikator,
          target,
          realisasi: TRIWULAN.map((n) => {
            const r = real.find((x) => x.triwulan === n)?.nilai;
            return r === null || r === undefined ? null : dec(r);
          }) as [Dec | null, Dec | null, Dec | null, Dec | null],
          polaritas: t.polaritas,
          rumusNegatif: t.rumusNegatif,
        });
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        galat = e.message;
      }
    }
    let realAnggaranKum: Dec | null = dec(0);
    const dariDpa = anggaranTriwulanDariImpor(
      aksi.map((a) => a.kodeDppa),
      realisasiDpa,
    );
    return {
      pkKinerjaId: b.id,
      kode: b.kode,
      nomor: b.nomor,
      sasaran: b.sasaran,
      indikator: b.indikator,
      satuan: b.satuan,
      targetTahunan: b.targetTeks ?? "",
      rencana: t
        ? {
            sifat: t.sifat,
            polaritas: t.polaritas,
            rumusNegatif: t.rumusNegatif,
            targetTriwulan: [0, 1, 2, 3].map((i) => t.targetTriwulan[i] ?? null),
            penanggungJawab: t.penanggungJawab,
          }
        : null,
      aksi: aksi.map((a) => ({
        tingkat: a.tingkat,
        kodeDppa: a.kodeDppa,
        uraian: a.uraian,
        anggaranTriwulan: a.anggaranTriwulan,
        penanggungJawab: a.penanggungJawab,
      })),
      jumlahAnggaran: jumlah.toFixed(2),
      galat,
      triwulan: TRIWULAN.map((n) => {
        const r = real.find((x) => x.triwulan === n);
        const c = baris?.[n - 1] ?? null;
        const dpa = dariDpa[n - 1]!;
        const diketik = r?.realisasiAnggaran ?? null;
        realAnggaranKum =
          dpa.kumulatif ?? (realAnggaranKum !== null && diketik !== null ? realAnggaranKum.plus(diketik) : null);
        const sumberAnggaran = dpa.kumulatif !== null ? "impor-dpa" : diketik !== null ? "isian" : null;
        const serapan =
          realAnggaranKum !== null && jumlah.greaterThan(0)
            ? roundHalfUp(realAnggaranKum.div(jumlah).times(100), 2)
            : null;
        const capKum = c?.capaianKumulatif ? c.capaianKumulatif.capaianDibulatkan : null;
        return {
          triwulan: n,
          target: s(c?.target ?? null),
          realisasi: r?.nilai ?? null,
          capaian: f2(c?.capaian ?? null),
          targetKumulatif: s(c?.targetKumulatif ?? null),
          realisasiKumulatif: s(c?.realisasiKumulatif ?? null),
          capaianKumulatif: f2(c?.capaianKumulatif ?? null),
          dibawahTarget: c?.dibawahTarget ?? false,
          anggaran: anggaranTw[n - 1]!.toFixed(2),
          realisasiAnggaran: dpa.kumulatif !== null ? (dpa.triwulanIni?.toFixed(2) ?? null) : diketik,
          sumberRealisasiAnggaran: sumberAnggaran,
          realisasiAnggaranKumulatif: realAnggaranKum ? realAnggaranKum.toFixed(2) : null,
          serapanKumulatif: serapan ? serapan.toFixed(2) : null,
          faktorPenghambat: r?.faktorPenghambat ?? "",
          faktorPendorong: r?.faktorPendorong ?? "",
          langkah: r?.langkah ?? "",
          peringatan: periksaPeringatan(
            { indikator: b.indikator, capaianKumulatif: capKum, serapanKumulatif: serapan },
            ambang,
          ),
        };
      }),
    };
  });
}

export async function susunRenaksi(
  db: Db,
  pemdaId: string,
  opd: { id: string; slug: string; nama: string },
  tahun: number,
): Promise<RenaksiTampil> {
  const [data, pengaturan, status, realisasiDpa] = await Promise.all([
    muatRenaksi(db, pemdaId, opd.id, tahun),
    bacaPengaturanPemda(db, pemdaId),
    getStatusPeriode(db, { pemdaId, opdId: opd.id, tahun, modul: "renaksi" }),
    bacaRealisasiSemua(db, { pemdaId, opdId: opd.id, tahun }),
  ]);
  const versiAmbang = pengaturan.aturan("peringatan-renaksi", tahun);
  const pk = data.pk.map((d) => ({
    pkId: d.pk.id,
    kode: d.pk.kode,
    jenis: d.pk.jenis,
    level: d.pk.level,
    pihakPertama: d.pihakPertama,
    jabatan: d.jabatan,
    versi: versiDari(kanonRencanaPk(d)),
    indikator: bentukIndikator(d, versiAmbang.value, realisasiDpa),
  }));
  const peringatan: RenaksiTampil["peringatan"] = [];
  for (const p of pk) {
    for (const i of p.indikator) {
      for (const q of i.triwulan) {
        if (q.realisasi === null) continue;
        for (const w of q.peringatan) {
          peringatan.push({
            pkId: p.pkId,
            pkKinerjaId: i.pkKinerjaId,
            indikator: i.indikator,
            triwulan: q.triwulan,
            pesan: w.pesan,
            jenis: w.jenis,
          });
        }
      }
    }
  }
  return {
    opd: { slug: opd.slug, nama: opd.nama },
    tahun,
    status,
    statusTriwulan: TRIWULAN.map((n) => ({
      triwulan: n,
      status: data.statusTriwulan.get(n) ?? "draft",
      versi: versiDari(kanonTriwulanDari(data, n)),
    })),
    ambang: { id: versiAmbang.id, label: versiAmbang.label, ...versiAmbang.value },
    pk,
    peringatan,
  };
}

export async function bacaRenaksi(ctx: ServiceContext, lingkup: LingkupOpd, tahun: number): Promise<RenaksiTampil> {
  const { pemdaId, opd } = await otorisasiOpd(ctx, lingkup, "renaksi.baca");
  return susunRenaksi(ctx.db, pemdaId, opd, tahun);
}
