/**
 * SKM results (skm.baca): per layanan, per unsur (NRR), per period and per OPD (respondent-weighted: Σ pooled), and
 * per Pemda over the OPDs' periods with the same kode; mutu A–D, the weakest unsur, demographics and the sample
 * progress against the population. Figures are computed from the database's count and Σ per unsur by domain/skm
 * with the Pemda's rule versions (opsiIkmPemda). NOTE: regulations.md §1.5–§1.8.
 */
import { formatAngka } from "../../domain/format/angka";
import { KODE_UNSUR, type KodeUnsur, UNSUR } from "../../domain/ikm/unsur";
import { gabungJumlah, hitungHasilSkm, type JumlahSkm, jumlahKosong, kemajuanSampel } from "../../domain/skm";
import { toFixed } from "../../domain/shared/decimal";
import type { OpsiIkm } from "../../domain/ikm";
import {
  type BarisJumlah,
  demografi,
  jumlahPerLayanan,
  listLayanan,
  listPeriodeKodePemda,
  listPopulasi,
} from "../../storage/repositories/skm-repository";
import { listOpd } from "../../storage/repositories/organisasi-repository";
import { type LingkupOpd, otorisasiOpd, otorisasiPemda } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { NotFoundError } from "../errors";
import { periodeDto, type PeriodeSkmDto } from "./layanan";
import { opsiIkmPemda } from "./opsi-ikm";
import { layananOpd, periodeOpd } from "./umum";

export interface AngkaSkm {
  nilai: string;
  tampil: string;
}

export interface RingkasIkm {
  responden: number;
  ikm: AngkaSkm & { rinci: string };
  mutu: { mutu: string; kinerja: string };
  unsurTerlemah: { kode: KodeUnsur; nama: string };
  unsur: Array<{
    kode: KodeUnsur;
    nama: string;
    jumlah: number;
    nrr: AngkaSkm & { rinci: string };
    nrrTertimbang: string;
    /** NRR × 25, 2 dp: the unsur on the 25–100 scale. */
    nilaiKonversi: AngkaSkm;
    mutu: { mutu: string; kinerja: string };
  }>;
}

const angka = (nilai: string, desimal = 2): AngkaSkm => ({ nilai, tampil: formatAngka(nilai, { desimal }) });

function jumlahDari(b: BarisJumlah): JumlahSkm {
  return {
    responden: b.responden,
    jumlah: Object.fromEntries(KODE_UNSUR.map((k, i) => [k, b.jumlah[i] ?? 0])) as Record<KodeUnsur, number>,
  };
}

/** IKM summary of a Σ group; null without respondents. */
export function ringkasIkm(j: JumlahSkm, opsi: OpsiIkm): RingkasIkm | null {
  const h = hitungHasilSkm(j, opsi);
  if (!h) return null;
  const i = h.ikm;
  return {
    responden: j.responden,
    ikm: { ...angka(i.ikmTampil), rinci: i.ikmRinci },
    mutu: { mutu: i.mutu.mutu, kinerja: i.mutu.kinerja },
    unsurTerlemah: { kode: h.unsurTerlemah, nama: UNSUR[h.unsurTerlemah].nama },
    unsur: i.unsur.map((u) => ({
      kode: u.kode,
      nama: u.nama,
      jumlah: j.jumlah[u.kode],
      nrr: { ...angka(u.nrrTampil), rinci: toFixed(u.nrr, 6) },
      nrrTertimbang: u.nrrTertimbangTampil,
      nilaiKonversi: angka(toFixed(u.nrrDipakai.times(25), 2)),
      mutu: { mutu: u.mutu.mutu, kinerja: u.mutu.kinerja },
    })),
  };
}

export interface HasilLayananSkm {
  kode: string;
  nama: string;
  populasi: number | null;
  sampel: { minimum: number; responden: number; kekurangan: number; memenuhi: boolean } | null;
  hasil: RingkasIkm | null;
}

export interface HasilSkmOpd {
  pemda: { slug: string; nama: string };
  opd: { slug: string; nama: string };
  periode: PeriodeSkmDto;
  metode: { bobot: string; pembulatan: string; mutu: string } | null;
  /** The OPD (or the one layanan asked for): respondent-weighted over its layanan. */
  total: RingkasIkm | null;
  layanan: HasilLayananSkm[];
  demografi: Record<"jenisKelamin" | "pendidikan" | "pekerjaan" | "umur", { nilai: string | null; jumlah: number }[]>;
}

function metodeDari(j: JumlahSkm, opsi: OpsiIkm) {
  const h = hitungHasilSkm(j, opsi);
  return h ? { bobot: h.ikm.metode.bobot, pembulatan: h.ikm.metode.pembulatan, mutu: h.ikm.metode.mutu } : null;
}

/** Results of one OPD period, all layanan or one (`layananKode`). */
export async function hasilSkmOpd(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  periodeKode: string,
  layananKode?: string,
  /** demografi: false skips the profile counts (the IKM alone; the bench compares it with the plain aggregate). */
  opsiBaca: { demografi?: boolean } = {},
): Promise<HasilSkmOpd> {
  const { pemda, opd, pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "skm.baca");
  const p = await periodeOpd(ctx, opdId, periodeKode);
  const satu = layananKode ? await layananOpd(ctx, pemdaId, opdId, layananKode) : null;
  const [opsi, semuaLayanan, baris, populasi, demo] = await Promise.all([
    opsiIkmPemda(ctx.db, pemdaId, p.mulai),
    listLayanan(ctx.db, opdId),
    jumlahPerLayanan(ctx.db, [p.id]),
    listPopulasi(ctx.db, [p.id]),
    opsiBaca.demografi === false
      ? Promise.resolve({ jenisKelamin: [], pendidikan: [], pekerjaan: [], umur: [] })
      : demografi(ctx.db, [p.id], satu?.id ?? null),
  ]);
  const daftar = satu ? [satu] : semuaLayanan;
  const layanan = daftar.map((l): HasilLayananSkm & { j: JumlahSkm } => {
    const b = baris.find((x) => x.layananId === l.id);
    const j = b ? jumlahDari(b) : jumlahKosong();
    const pop = populasi.find((x) => x.layananId === l.id)?.populasi ?? null;
    const s = kemajuanSampel(pop, j.responden);
    return {
      kode: l.kode,
      nama: l.nama,
      populasi: pop,
      sampel: s
        ? {
            minimum: s.sampelMinimum,
            responden: j.responden,
            kekurangan: s.kekurangan ?? 0,
            memenuhi: s.memenuhi ?? false,
          }
        : null,
      hasil: ringkasIkm(j, opsi),
      j,
    };
  });
  const total = gabungJumlah(layanan.map((l) => l.j));
  return {
    pemda: { slug: pemda.slug, nama: pemda.nama },
    opd: { slug: opd.slug, nama: opd.nama },
    periode: periodeDto(p),
    metode: metodeDari(total, opsi),
    total: ringkasIkm(total, opsi),
    layanan: layanan.map(({ j: _j, ...l }) => l),
    demografi: demo,
  };
}

export interface HasilSkmPemda {
  pemda: { slug: string; nama: string };
  periodeKode: string;
  metode: { bobot: string; pembulatan: string; mutu: string } | null;
  total: RingkasIkm | null;
  opd: Array<{ slug: string; nama: string; periode: PeriodeSkmDto; hasil: RingkasIkm | null }>;
}

/** The Pemda over every OPD period with this kode (respondent-weighted); needs Pemda-wide skm.baca. */
export async function hasilSkmPemda(
  ctx: ServiceContext,
  pemdaSlug: string,
  periodeKode: string,
): Promise<HasilSkmPemda> {
  const { pemda, pemdaId } = await otorisasiPemda(ctx, pemdaSlug, "skm.baca");
  const periode = await listPeriodeKodePemda(ctx.db, pemdaId, periodeKode.trim());
  if (!periode.length) throw new NotFoundError(`tidak ada perangkat daerah dengan periode SKM "${periodeKode}"`);
  const [opsi, baris, opds] = await Promise.all([
    // periods sharing a kode cover the same year; the first one's start picks the rule version
    opsiIkmPemda(ctx.db, pemdaId, periode[0]!.mulai),
    jumlahPerLayanan(
      ctx.db,
      periode.map((p) => p.id),
    ),
    listOpd(ctx.db, pemdaId),
  ]);
  const perOpd = periode.map((p) => {
    const j = gabungJumlah(baris.filter((b) => b.periodeId === p.id).map(jumlahDari));
    const o = opds.find((x) => x.id === p.opdId);
    return { slug: o?.slug ?? "", nama: o?.nama ?? "", periode: periodeDto(p), hasil: ringkasIkm(j, opsi), j };
  });
  perOpd.sort((a, b) => a.nama.localeCompare(b.nama, "id"));
  const total = gabungJumlah(perOpd.map((o) => o.j));
  return {
    pemda: { slug: pemda.slug, nama: pemda.nama },
    periodeKode,
    metode: metodeDari(total, opsi),
    total: ringkasIkm(total, opsi),
    opd: perOpd.map(({ j: _j, ...o }) => o),
  };
}
