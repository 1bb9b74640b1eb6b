/** Read model of an OPD's organisation profile: identity, units as a tree, pejabat, texts, desa with totals. */
import { listDesa, listUnitKerja, type UnitKerjaRow } from "../../storage/repositories/organisasi-profil-repository";
import { listPejabat, type PejabatRow } from "../../storage/repositories/pejabat-repository";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { totalDesa, type TotalDesa } from "./desa";
import { type ProfilOpdTeks, bacaProfilTeks } from "./simpan-profil-opd";
import { bentukDesa } from "./simpan-desa";

export interface SimpulUnit {
  id: string;
  kode: string;
  nama: string;
  jenis: UnitKerjaRow["jenis"];
  anak: SimpulUnit[];
}

export interface ProfilOpd extends ProfilOpdTeks {
  opd: { slug: string; nama: string; jenis: string; kode: string | null };
  pemda: { slug: string; nama: string; provinsi: string; kepalaDaerah: PejabatRow | null };
  unit: SimpulUnit[];
  pejabat: Array<PejabatRow & { unitKode: string | null }>;
  desa: Array<ReturnType<typeof bentukDesa> & { id: string; penduduk: number | null }>;
  totalDesa: TotalDesa;
}

export function pohonUnit(units: readonly UnitKerjaRow[]): SimpulUnit[] {
  const simpul = new Map(
    units.map((u) => [u.id, { id: u.id, kode: u.kode, nama: u.nama, jenis: u.jenis, anak: [] as SimpulUnit[] }]),
  );
  const akar: SimpulUnit[] = [];
  for (const u of units) {
    const s = simpul.get(u.id)!;
    const induk = u.indukId ? simpul.get(u.indukId) : undefined;
    if (induk) induk.anak.push(s);
    else akar.push(s);
  }
  return akar;
}

/** Kepala OPD first, then eselon II, III, IV, then the rest. */
function urutPejabat(p: Pick<PejabatRow, "peran" | "eselon">): number {
  if (p.peran === "kepala-opd") return 0;
  return { II: 1, III: 2, IV: 3 }[p.eselon ?? "IV"] ?? 4;
}

export async function bacaProfilOpd(ctx: ServiceContext, lingkup: LingkupOpd): Promise<ProfilOpd> {
  const { pemda, opd, pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "organisasi.baca");
  const [units, pejabat, kepala, desa, teks] = await Promise.all([
    listUnitKerja(ctx.db, opdId),
    listPejabat(ctx.db, pemdaId, opdId),
    listPejabat(ctx.db, pemdaId, null),
    listDesa(ctx.db, opdId),
    bacaProfilTeks(ctx, opdId),
  ]);
  const kodeUnit = new Map(units.map((u) => [u.id, u.kode]));
  const desaBentuk = desa.map((d) => ({
    id: d.id,
    ...bentukDesa(d),
    penduduk: d.pendudukL === null || d.pendudukP === null ? null : d.pendudukL + d.pendudukP,
  }));
  return {
    ...teks,
    opd: { slug: opd.slug, nama: opd.nama, jenis: opd.jenis, kode: opd.kode },
    pemda: {
      slug: pemda.slug,
      nama: pemda.nama,
      provinsi: pemda.provinsi,
      kepalaDaerah: kepala.find((p) => p.peran === "kepala-daerah" && !p.selesai) ?? null,
    },
    unit: pohonUnit(units),
    pejabat: pejabat
      .map((p) => ({ ...p, unitKode: p.unitId ? (kodeUnit.get(p.unitId) ?? null) : null }))
      .sort((a, b) => urutPejabat(a) - urutPejabat(b) || a.kode.localeCompare(b.kode)),
    desa: desaBentuk,
    totalDesa: totalDesa(desaBentuk),
  };
}
