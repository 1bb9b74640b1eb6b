/**
 * Place, date (letter number) and signing pejabat of the documents the LKjIP prints a signature for: the report
 * itself ("lkjip", under the kata pengantar), the budget appendix ("lampiran-anggaran") and the Inspektorat's AKIP
 * recap letter ("rekap-akip"). Without a chosen pejabat the Kepala OPD signs (for the recap: the Inspektorat's head).
 * Read with laporan.baca, saved with laporan.buat (audited; nothing written when nothing changed).
 */
import { parseTanggalIso } from "../../domain/format/tanggal";
import { DomainError } from "../../domain/shared/errors";
import {
  deletePenandatanganLaporan,
  listPenandatanganLaporan,
  type PenandatanganLaporanRow,
  upsertPenandatanganLaporan,
} from "../../storage/repositories/laporan-repository";
import { listOpd } from "../../storage/repositories/organisasi-repository";
import { getPejabat, listPejabat, type PejabatRow } from "../../storage/repositories/pejabat-repository";
import { DOKUMEN_PENANDATANGAN } from "../../storage/schema";
import { pastikanBolehDiubah } from "../alur/status-periode";
import { menjabatPadaTahun } from "../organisasi/masa-jabatan";
import { mutasi } from "../audit/mutasi";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import { samaData } from "../bersama/sama";
import type { ServiceContext } from "../context";
import type { Db } from "../../storage/database";

export type DokumenPenandatangan = (typeof DOKUMEN_PENANDATANGAN)[number];
export { DOKUMEN_PENANDATANGAN };

export const JUDUL_DOKUMEN: Record<DokumenPenandatangan, string> = {
  lkjip: "Laporan Kinerja (di bawah Kata Pengantar)",
  "lampiran-anggaran": "Lampiran Laporan Pengawasan Anggaran",
  "rekap-akip": "Surat rekapitulasi evaluasi AKIP (Inspektorat)",
};

export interface PenandatanganMasukan {
  tempat: string | null;
  tanggal: string | null;
  nomor?: string | null;
  pejabatId: string | null;
}

/** The Kepala OPD of an OPD in a year (the default signatory), or null. */
export function kepalaOpd(rows: readonly PejabatRow[], opdId: string, tahun: number): PejabatRow | null {
  return rows.find((p) => p.peran === "kepala-opd" && p.opdId === opdId && menjabatPadaTahun(p, tahun)) ?? null;
}

/** The head of the Pemda's Inspektorat in a year (default signatory of the AKIP recap), or null. */
export async function kepalaInspektorat(db: Db, pemdaId: string, tahun: number): Promise<PejabatRow | null> {
  const ins = (await listOpd(db, pemdaId)).find((o) => o.jenis === "inspektorat");
  return ins ? kepalaOpd(await listPejabat(db, pemdaId, ins.id), ins.id, tahun) : null;
}

/** "Drs. NAMA, M.Si" */
function namaGelar(p: PejabatRow): string {
  return `${p.gelarDepan ? `${p.gelarDepan} ` : ""}${p.nama}${p.gelarBelakang ? `, ${p.gelarBelakang}` : ""}`;
}

/**
 * Stored signatures of every document (null fields where nothing is stored) with the default signatory, and the
 * pejabat who may sign (the OPD's own and the Inspektorat's head).
 */
export async function bacaPenandatangan(ctx: ServiceContext, lingkup: LingkupOpd, tahun: number) {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "laporan.baca");
  const [rows, sendiri, inspektur] = await Promise.all([
    listPenandatanganLaporan(ctx.db, { opdId, tahun }),
    listPejabat(ctx.db, pemdaId, opdId),
    kepalaInspektorat(ctx.db, pemdaId, tahun),
  ]);
  const kepala = kepalaOpd(sendiri, opdId, tahun);
  const bawaan: Record<DokumenPenandatangan, PejabatRow | null> = {
    lkjip: kepala,
    "lampiran-anggaran": kepala,
    "rekap-akip": inspektur,
  };
  const pilihan = [...sendiri, ...(inspektur && !sendiri.some((p) => p.id === inspektur.id) ? [inspektur] : [])];
  return {
    dokumen: DOKUMEN_PENANDATANGAN.map((dokumen) => {
      const r = rows.find((x) => x.dokumen === dokumen);
      return {
        dokumen,
        judul: JUDUL_DOKUMEN[dokumen],
        tempat: r?.tempat ?? null,
        tanggal: r?.tanggal ?? null,
        nomor: r?.nomor ?? null,
        pejabatId: r?.pejabatId ?? null,
        bawaanPejabatId: bawaan[dokumen]?.id ?? null,
        diubahOleh: r?.diubahOleh ?? null,
        diubahPada: r?.diubahPada.toISOString() ?? null,
      };
    }),
    pejabat: pilihan.map((p) => ({ id: p.id, nama: namaGelar(p), jabatan: p.jabatan, nip: p.nip })),
  };
}

type Isi = Pick<PenandatanganLaporanRow, "tempat" | "tanggal" | "nomor" | "pejabatId">;

/** Saves the signature of one document; all fields empty removes it (the document then shows the placeholder). */
export async function simpanPenandatangan(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  tahun: number,
  dokumen: DokumenPenandatangan,
  m: PenandatanganMasukan,
): Promise<{ diubah: boolean }> {
  const { pemdaId, opdId, aktor } = await otorisasiOpd(ctx, lingkup, "laporan.buat");
  const tanggal = m.tanggal?.trim() ? m.tanggal.trim() : null;
  if (tanggal) parseTanggalIso(tanggal, "tanggal");
  if (m.pejabatId) {
    // Only the pejabat the form offers may sign: the OPD's own and the Inspektorat's head — never another OPD's.
    const [sendiri, inspektur] = await Promise.all([
      listPejabat(ctx.db, pemdaId, opdId),
      kepalaInspektorat(ctx.db, pemdaId, tahun),
    ]);
    const boleh = sendiri.some((p) => p.id === m.pejabatId) || inspektur?.id === m.pejabatId;
    if (!boleh) {
      const ada = await getPejabat(ctx.db, pemdaId, m.pejabatId);
      throw new DomainError(
        "pejabat_tidak_boleh",
        ada
          ? `pejabatId: ${ada.nama} bukan pejabat perangkat daerah ini atau kepala Inspektorat, sehingga tidak dapat menandatangani`
          : `pejabatId: pejabat "${m.pejabatId}" tidak ditemukan`,
        { field: "pejabatId", value: m.pejabatId },
      );
    }
  }
  const baru: Isi = {
    tempat: m.tempat?.trim() || null,
    tanggal,
    nomor: m.nomor?.trim() || null,
    pejabatId: m.pejabatId || null,
  };
  const kosong = Object.values(baru).every((x) => x === null);
  const k = { opdId, tahun };
  const ada = (await listPenandatanganLaporan(ctx.db, k)).find((r) => r.dokumen === dokumen);
  const lama: Isi | null = ada
    ? { tempat: ada.tempat, tanggal: ada.tanggal, nomor: ada.nomor, pejabatId: ada.pejabatId }
    : null;
  if (samaData(lama, kosong ? null : baru)) return { diubah: false };
  const action = kosong ? "hapus" : ada ? "ubah" : "buat";
  return mutasi(ctx, { entity: "laporan_penandatangan", action, pemdaId, opdId }, async (tx) => {
    await pastikanBolehDiubah(tx, { pemdaId, opdId, tahun, modul: "laporan" });
    if (kosong) await deletePenandatanganLaporan(tx, k, dokumen);
    else
      await upsertPenandatanganLaporan(tx, {
        pemdaId,
        ...k,
        dokumen,
        ...baru,
        diubahOleh: aktor.nama,
        diubahPada: ctx.now(),
      });
    return { entityId: `${tahun}/${dokumen}`, before: lama, after: kosong ? null : baru, result: { diubah: true } };
  });
}
