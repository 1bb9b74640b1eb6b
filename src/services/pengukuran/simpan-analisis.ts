/** Per-sasaran analysis texts of a year: faktor pendukung, penghambat, solusi, rekomendasi (lists of items). */
import { listAnalisis, upsertAnalisis } from "../../storage/repositories/pengukuran-repository";
import { getSasaran, listSasaranOpd } from "../../storage/repositories/perencanaan-repository";
import { pastikanBolehDiubah } from "../alur/status-periode";
import { mutasi } from "../audit/mutasi";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import { samaData } from "../bersama/sama";
import type { ServiceContext } from "../context";
import { NotFoundError } from "../errors";

export interface AnalisisMasukan {
  sasaranId: string;
  tahun: number;
  faktorPendukung: string[];
  faktorPenghambat: string[];
  solusi: string[];
  rekomendasi: string[];
  sumber?: string | null;
}

const bersih = (xs: string[]) => xs.map((x) => x.trim()).filter(Boolean);

export async function simpanAnalisis(ctx: ServiceContext, lingkup: LingkupOpd, m: AnalisisMasukan) {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "pengukuran.ubah");
  if (!(await getSasaran(ctx.db, opdId, m.sasaranId))) throw new NotFoundError("Sasaran tidak ditemukan");
  const baru = {
    faktorPendukung: bersih(m.faktorPendukung),
    faktorPenghambat: bersih(m.faktorPenghambat),
    solusi: bersih(m.solusi),
    rekomendasi: bersih(m.rekomendasi),
    sumber: m.sumber ?? null,
  };
  const ada = (await listAnalisis(ctx.db, opdId, m.tahun)).find((a) => a.sasaranId === m.sasaranId);
  const lama = ada
    ? {
        faktorPendukung: ada.faktorPendukung,
        faktorPenghambat: ada.faktorPenghambat,
        solusi: ada.solusi,
        rekomendasi: ada.rekomendasi,
        sumber: ada.sumber,
      }
    : null;
  if (samaData(lama, baru)) return { diubah: false };
  return mutasi(ctx, { entity: "analisis_sasaran", action: ada ? "ubah" : "buat", pemdaId, opdId }, async (tx) => {
    await pastikanBolehDiubah(tx, { pemdaId, opdId, tahun: m.tahun, modul: "pengukuran" });
    await upsertAnalisis(tx, { pemdaId, opdId, sasaranId: m.sasaranId, tahun: m.tahun, ...baru });
    return { entityId: `${m.sasaranId}/${m.tahun}`, before: lama, after: baru, result: { diubah: true } };
  });
}

/** The analysis texts of every sasaran of a year (empty lists where none was written). */
export async function bacaAnalisis(ctx: ServiceContext, lingkup: LingkupOpd, tahun: number) {
  const { opdId } = await otorisasiOpd(ctx, lingkup, "pengukuran.baca");
  const [rows, sasaran] = await Promise.all([listAnalisis(ctx.db, opdId, tahun), listSasaranOpd(ctx.db, opdId)]);
  return sasaran.map((s) => {
    const a = rows.find((r) => r.sasaranId === s.id);
    return {
      sasaranId: s.id,
      sasaranKode: s.kode,
      sasaran: s.teks,
      faktorPendukung: a?.faktorPendukung ?? [],
      faktorPenghambat: a?.faktorPenghambat ?? [],
      solusi: a?.solusi ?? [],
      rekomendasi: a?.rekomendasi ?? [],
      sumber: a?.sumber ?? null,
    };
  });
}
