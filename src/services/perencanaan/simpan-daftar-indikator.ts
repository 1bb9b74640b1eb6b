/**
 * The definitions of several Renstra indicators saved at once (the XLSX "indikator" table): every row validated
 * first, naming the row; then the changed and new definitions written in one audited write. Targets are not touched
 * here (table "target"). Lock: perencanaan of the Renstra's first year, as for one indicator (simpan-indikator.ts).
 */
import { DomainError } from "../../domain/shared/errors";
import type { POLARITAS, RUMUS_NEGATIF, SUMBER_REALISASI } from "../../storage/schema";
import { listIndikator, upsertIndikator } from "../../storage/repositories/indikator-repository";
import { listUnitKerja } from "../../storage/repositories/organisasi-profil-repository";
import { pastikanBolehDiubah } from "../alur/status-periode";
import { mutasi } from "../audit/mutasi";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import { samaData } from "../bersama/sama";
import type { ServiceContext } from "../context";
import { bacaRenstraMasukan } from "./simpan-renstra";

export interface DefinisiIndikatorMasukan {
  kode: string;
  sasaranKode: string;
  nama: string;
  iku: boolean;
  definisiOperasional: string;
  formula: string;
  satuan: string;
  polaritas: (typeof POLARITAS)[number];
  rumusNegatif: (typeof RUMUS_NEGATIF)[number];
  sumberData: string;
  unitKode: string | null;
  sumberRealisasi: (typeof SUMBER_REALISASI)[number];
  urutan: number;
}

export async function simpanDaftarIndikator(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  renstraTahunAwal: number,
  daftar: DefinisiIndikatorMasukan[],
): Promise<{ diubah: number }> {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "perencanaan.ubah");
  const renstra = await bacaRenstraMasukan(ctx, opdId, renstraTahunAwal);
  if (!renstra)
    throw new DomainError("renstra_tidak_ada", `Renstra ${renstraTahunAwal} belum ada`, { field: "renstra" });
  const [units, lama] = await Promise.all([listUnitKerja(ctx.db, opdId), listIndikator(ctx.db, opdId)]);
  const sasaranId = new Map(renstra.sasaran.map((s) => [s.kode, s.id]));
  const sasaranRenstra = new Set(renstra.sasaran.map((s) => s.id));
  const kodeDipakai = new Set<string>();
  const baru = daftar.map((m, i) => {
    const pre = `indikator baris ${i + 1}`;
    const tolak = (kode: string, pesan: string, field: string): never => {
      throw new DomainError(kode, `${pre}: ${pesan}`, { baris: i + 1, field });
    };
    for (const w of ["kode", "nama", "satuan"] as const) if (!m[w].trim()) tolak(`${w}_wajib`, `${w} wajib diisi`, w);
    const kode = m.kode.trim();
    if (kodeDipakai.has(kode)) tolak("kode_ganda", `kode "${kode}" ganda`, "kode");
    kodeDipakai.add(kode);
    const sId = sasaranId.get(m.sasaranKode.trim());
    if (!sId) tolak("sasaran_tidak_ada", `sasaran "${m.sasaranKode}" tidak ada dalam Renstra`, "sasaranKode");
    // An indicator kode is unique per OPD: refuse taking over one that belongs to another Renstra period.
    const ada = lama.find((x) => x.kode === kode);
    if (ada && !sasaranRenstra.has(ada.sasaranId))
      tolak("kode_renstra_lain", `kode "${kode}" sudah dipakai indikator Renstra periode lain`, "kode");
    const unitId = m.unitKode ? units.find((u) => u.kode === m.unitKode)?.id : null;
    if (unitId === undefined) tolak("unit_tidak_ada", `unit "${m.unitKode}" tidak ada`, "unitKode");
    return {
      sasaranId: sId!,
      kode,
      nama: m.nama.trim(),
      iku: m.iku,
      definisiOperasional: m.definisiOperasional.trim(),
      formula: m.formula.trim(),
      satuan: m.satuan.trim(),
      polaritas: m.polaritas,
      rumusNegatif: m.rumusNegatif,
      sumberData: m.sumberData.trim(),
      unitId: unitId ?? null,
      sumberRealisasi: m.sumberRealisasi,
      urutan: m.urutan,
    };
  });
  const bentuk = (r: (typeof lama)[number]) => {
    const { id: _i, pemdaId: _p, opdId: _o, ...rest } = r;
    return rest;
  };
  const berubah = baru.filter((b) => {
    const ada = lama.find((x) => x.kode === b.kode);
    return !ada || !samaData(bentuk(ada), b);
  });
  if (berubah.length === 0) return { diubah: 0 };
  return mutasi(ctx, { entity: "indikator", action: "simpan-daftar", pemdaId, opdId }, async (tx) => {
    await pastikanBolehDiubah(tx, { pemdaId, opdId, tahun: renstraTahunAwal, modul: "perencanaan" });
    for (const b of berubah) await upsertIndikator(tx, { pemdaId, opdId, ...b });
    return {
      entityId: `${opdId}/renstra-${renstraTahunAwal}`,
      before: berubah.map((b) => {
        const ada = lama.find((x) => x.kode === b.kode);
        return ada ? bentuk(ada) : null;
      }),
      after: berubah,
      result: { diubah: berubah.length },
    };
  });
}
