/**
 * The DPA tree of an OPD and year with its roll-ups (anggaran, realisasi per class, serapan, sisa at every node),
 * for the UI and the API. Requires anggaran.baca.
 */
import { bacaSasaran, bulanRealisasi, tahunAnggaran } from "../../storage/repositories/anggaran-repository";
import { authorize } from "../akses/authorize";
import { bacaStatusPeriode } from "../alur/status-periode";
import type { ServiceContext } from "../context";
import { bacaPohonTersimpan } from "./data";
import { type NilaiDto, nilaiDto, type NodeDto, pohonDto } from "./dto";
import { type LingkupAnggaran, resolveLingkup } from "./lingkup";

export interface PohonAnggaranDto {
  pemda: { slug: string; nama: string };
  opd: { slug: string; nama: string };
  tahun: number;
  /** True when a DPA tree is stored for the OPD and year. */
  ada: boolean;
  /** Years with a DPA tree for this OPD, newest first. */
  tahunTersedia: number[];
  /** Month of the realisasi shown (latest ≤ the asked month); null when none. */
  bulan: number | null;
  bulanTersedia: number[];
  statusPeriode: string;
  total: NilaiDto;
  program: NodeDto[];
}

export async function bacaPohonAnggaran(
  ctx: ServiceContext,
  o: LingkupAnggaran & { bulan?: number | undefined },
): Promise<PohonAnggaranDto> {
  const l = await resolveLingkup(ctx, o);
  authorize(ctx, "anggaran.baca", { pemdaId: l.pemda.id, opdId: l.opd.id });
  const { nodes, pohon, bulan } = await bacaPohonTersimpan(ctx.db, l.kunci, o.bulan);
  const sasaran = await bacaSasaran(ctx.db, l.kunci);
  const perKode = new Map<string, string[]>();
  for (const s of sasaran) perKode.set(s.kode, [...(perKode.get(s.kode) ?? []), s.sasaranKode]);
  const byKode = new Map(nodes.map((n) => [n.kode, n]));
  return {
    pemda: { slug: l.pemda.slug, nama: l.pemda.nama },
    opd: { slug: l.opd.slug, nama: l.opd.nama },
    tahun: l.tahun,
    ada: nodes.length > 0,
    tahunTersedia: await tahunAnggaran(ctx.db, l.opd.id),
    bulan,
    bulanTersedia: await bulanRealisasi(ctx.db, l.kunci),
    statusPeriode: await bacaStatusPeriode(ctx, { ...l.kunci, modul: "anggaran" }),
    total: nilaiDto(pohon),
    program: pohonDto(pohon, (kode) => ({
      sumberDana: byKode.get(kode)?.sumberDana ?? null,
      sasaran: perKode.get(kode) ?? [],
    })),
  };
}
