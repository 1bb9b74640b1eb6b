/**
 * The per-sasaran analysis texts of a year saved together (XLSX import): every changed sasaran in one audited
 * write, with the same rules as simpanAnalisis (sasaran of the OPD, items trimmed, lock: pengukuran of the year).
 */
import { DomainError } from "../../domain/shared/errors";
import { listAnalisis, upsertAnalisis } from "../../storage/repositories/pengukuran-repository";
import { listSasaranOpd } from "../../storage/repositories/perencanaan-repository";
import { pastikanBolehDiubah } from "../alur/status-periode";
import { mutasi } from "../audit/mutasi";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import { samaData } from "../bersama/sama";
import type { ServiceContext } from "../context";
import type { AnalisisMasukan } from "./simpan-analisis";

const bersih = (xs: string[]) => xs.map((x) => x.trim()).filter(Boolean);

/** Saves the analysis of several sasaran of `tahun` (one audit entry); unchanged sasaran are left alone. */
export async function simpanDaftarAnalisis(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  tahun: number,
  daftar: Array<Omit<AnalisisMasukan, "tahun">>,
): Promise<{ diubah: number }> {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "pengukuran.ubah");
  const sasaran = new Set((await listSasaranOpd(ctx.db, opdId)).map((s) => s.id));
  const ada = new Map((await listAnalisis(ctx.db, opdId, tahun)).map((a) => [a.sasaranId, a]));
  const ubah = daftar.flatMap((m, i) => {
    if (!sasaran.has(m.sasaranId)) {
      throw new DomainError("sasaran_tidak_ada", `Analisis baris ${i + 1}: sasaran tidak ditemukan`, { baris: i + 1 });
    }
    const a = ada.get(m.sasaranId);
    const lama = a
      ? {
          faktorPendukung: a.faktorPendukung,
          faktorPenghambat: a.faktorPenghambat,
          solusi: a.solusi,
          rekomendasi: a.rekomendasi,
          sumber: a.sumber,
        }
      : null;
    const baru = {
      faktorPendukung: bersih(m.faktorPendukung),
      faktorPenghambat: bersih(m.faktorPenghambat),
      solusi: bersih(m.solusi),
      rekomendasi: bersih(m.rekomendasi),
      sumber: m.sumber ?? lama?.sumber ?? null,
    };
    return samaData(lama, baru) ? [] : [{ sasaranId: m.sasaranId, lama, baru }];
  });
  if (!ubah.length) return { diubah: 0 };
  return mutasi(ctx, { entity: "analisis_sasaran", action: "simpan-daftar", pemdaId, opdId }, async (tx) => {
    await pastikanBolehDiubah(tx, { pemdaId, opdId, tahun, modul: "pengukuran" });
    for (const u of ubah) await upsertAnalisis(tx, { pemdaId, opdId, sasaranId: u.sasaranId, tahun, ...u.baru });
    return {
      entityId: `${opdId}/${tahun}`,
      before: ubah.map((u) => ({ sasaranId: u.sasaranId, ...u.lama })),
      after: ubah.map((u) => ({ sasaranId: u.sasaranId, ...u.baru })),
      result: { diubah: ubah.length },
    };
  });
}
