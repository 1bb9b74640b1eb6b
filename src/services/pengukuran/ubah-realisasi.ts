/**
 * Enters or changes the realisasi of an indicator for a year and period (triwulan or the year), with narrative and
 * source; one audit entry with before/after; capaian is recomputed on read. For an indicator linked to a result
 * ("skm"/"akip") the yearly value comes from that result when it exists and cannot be typed over (only narrative).
 * Lock: pengukuran of that year. Each cell (indicator, year, period) has a version, empty cells included (ADR 0016).
 */
import { alasanRealisasiDitolak } from "../../domain/capaian/rentang-realisasi";
import { DomainError } from "../../domain/shared/errors";
import { getIndikator } from "../../storage/repositories/indikator-repository";
import { listHasilAkip, listHasilSurvei } from "../../storage/repositories/hasil-tertaut-repository";
import {
  deleteRealisasi,
  listRealisasi,
  type RealisasiRow,
  upsertRealisasi,
} from "../../storage/repositories/pengukuran-repository";
import type { Db } from "../../storage/database";
import type { PERIODE_REALISASI } from "../../storage/schema";
import { pastikanBolehDiubah } from "../alur/status-periode";
import { mutasi } from "../audit/mutasi";
import { angkaMesinAtauNull } from "../bersama/angka";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import { samaData } from "../bersama/sama";
import { pastikanVersi, type SyaratVersi, tolakBilaBeda, versiDari } from "../bersama/versi";
import type { ServiceContext } from "../context";
import { NotFoundError } from "../errors";

export type PeriodeRealisasi = (typeof PERIODE_REALISASI)[number];

export interface RealisasiMasukan {
  indikatorId: string;
  tahun: number;
  periode: PeriodeRealisasi;
  /** "80,50" | "80.50" | null (no value: narrative only or remove). */
  nilai: string | null;
  narasi?: string;
  sumber?: string | null;
}

type IsiRealisasi = Pick<RealisasiRow, "nilai" | "narasi" | "sumber">;

const isi = (r: IsiRealisasi | undefined): IsiRealisasi | null =>
  r ? { nilai: r.nilai, narasi: r.narasi, sumber: r.sumber } : null;

/** The version of one realisasi cell as stored (an empty cell has VERSI_KOSONG). */
export function versiRealisasi(r: IsiRealisasi | undefined): string {
  return versiDari(isi(r));
}

async function bacaSel(db: Db, opdId: string, m: Pick<RealisasiMasukan, "indikatorId" | "tahun" | "periode">) {
  return (await listRealisasi(db, opdId)).find(
    (r) => r.indikatorId === m.indikatorId && r.tahun === m.tahun && r.periode === m.periode,
  );
}

/**
 * `versi`: the version of the cell the edit was based on (If-Match; `versi`/`versiRealisasi` of the measurement
 * read); checked again inside the write's transaction under the cell's lock.
 */
export async function ubahRealisasi(ctx: ServiceContext, lingkup: LingkupOpd, m: RealisasiMasukan, versi?: string) {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "pengukuran.ubah");
  const ind = await getIndikator(ctx.db, opdId, m.indikatorId);
  if (!ind) throw new NotFoundError("Indikator tidak ditemukan");
  if (!Number.isInteger(m.tahun) || m.tahun < 2000 || m.tahun > 2100) {
    throw new DomainError("tahun_tidak_valid", `tahun "${m.tahun}" tidak valid`, { field: "tahun" });
  }
  const nilai = angkaMesinAtauNull(m.nilai, `realisasi "${ind.nama}" ${m.tahun}`);
  const ditolak = nilai === null ? null : alasanRealisasiDitolak(ind, nilai);
  if (ditolak) {
    throw new DomainError("realisasi_tidak_wajar", `realisasi "${ind.nama}" ${m.tahun}: ${ditolak}`, {
      field: "nilai",
    });
  }
  if (nilai !== null && m.periode === "tahunan" && ind.sumberRealisasi !== "manual") {
    const tertaut =
      ind.sumberRealisasi === "skm"
        ? (await listHasilSurvei(ctx.db, [opdId])).some((h) => h.tahun === m.tahun)
        : (await listHasilAkip(ctx.db, [opdId])).some((h) => h.tahun === m.tahun && h.jenis === "hasil");
    if (tertaut) {
      const asal = ind.sumberRealisasi === "skm" ? "hasil survei kepuasan masyarakat" : "hasil evaluasi AKIP";
      throw new DomainError(
        "realisasi_tertaut",
        `realisasi "${ind.nama}" ${m.tahun} diambil dari ${asal}; ubah hasil tersebut, bukan mengetik ulang`,
        { field: "nilai" },
      );
    }
  }
  const lamaRow = await bacaSel(ctx.db, opdId, m);
  const lama = isi(lamaRow);
  const syarat = (db: Db): SyaratVersi<IsiRealisasi> => ({
    kunci: `realisasi:${opdId}:${m.indikatorId}:${m.tahun}:${m.periode}`,
    versi,
    uraian: `Realisasi "${ind.nama}" ${m.tahun} (${m.periode})`,
    baca: async () => isi(await bacaSel(db, opdId, m)),
  });
  tolakBilaBeda(syarat(ctx.db), lama);
  const baru = {
    nilai,
    narasi: (m.narasi ?? lamaRow?.narasi ?? "").trim(),
    sumber: m.sumber ?? lamaRow?.sumber ?? null,
  };
  const hapus = baru.nilai === null && baru.narasi === "";
  if (samaData(lama, hapus ? null : baru)) return { id: lamaRow?.id ?? null, diubah: false, versi: versiDari(lama) };
  return mutasi<{ id: string | null; diubah: boolean; versi: string }>(
    ctx,
    { entity: "realisasi", action: hapus ? "hapus" : lamaRow ? "ubah" : "buat", pemdaId, opdId },
    async (tx) => {
      await pastikanVersi(tx, syarat(tx));
      await pastikanBolehDiubah(tx, { pemdaId, opdId, tahun: m.tahun, modul: "pengukuran" });
      const entityId = `${m.indikatorId}/${m.tahun}/${m.periode}`;
      if (hapus) {
        if (lamaRow) await deleteRealisasi(tx, lamaRow.id);
        return { entityId, before: lama, after: null, result: { id: null, diubah: true, versi: versiDari(null) } };
      }
      const row = await upsertRealisasi(tx, {
        pemdaId,
        opdId,
        indikatorId: m.indikatorId,
        tahun: m.tahun,
        periode: m.periode,
        ...baru,
      });
      const tersimpan = await syarat(tx).baca();
      return { entityId, before: lama, after: baru, result: { id: row.id, diubah: true, versi: versiDari(tersimpan) } };
    },
  );
}
