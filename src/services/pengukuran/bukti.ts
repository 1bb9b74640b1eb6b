/**
 * Evidence files of a realisasi (PDF, PNG, JPEG; at most 5 MB), stored in the database as bytea so that backups,
 * PGlite and PostgreSQL carry them without a separate file store (docs/decisions/0009-bukti-dalam-basis-data.md).
 * The type is checked from the file's magic bytes, not from its name. Lock: pengukuran of the year.
 */
import { createHash } from "node:crypto";
import { DomainError } from "../../domain/shared/errors";
import { cacatTeks } from "../../domain/shared/teks-aman";
import { getIndikator } from "../../storage/repositories/indikator-repository";
import { deleteBukti, getBukti, insertBukti } from "../../storage/repositories/pengukuran-repository";
import { pastikanBolehDiubah } from "../alur/status-periode";
import { mutasi } from "../audit/mutasi";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { NotFoundError } from "../errors";
import type { PeriodeRealisasi } from "./ubah-realisasi";

export const BATAS_BUKTI_BYTE = 5 * 1024 * 1024;

const JENIS: Array<{ mime: string; cocok: (b: Uint8Array) => boolean }> = [
  { mime: "application/pdf", cocok: (b) => b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46 },
  { mime: "image/png", cocok: (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 },
  { mime: "image/jpeg", cocok: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
];

/** MIME type from the first bytes; DomainError when not PDF/PNG/JPEG. */
export function jenisBerkas(isi: Uint8Array, nama: string): string {
  const j = JENIS.find((x) => x.cocok(isi));
  if (!j) {
    throw new DomainError("jenis_berkas_ditolak", `berkas "${nama}": hanya PDF, PNG atau JPEG yang diterima`, {
      field: "berkas",
    });
  }
  return j.mime;
}

export interface UnggahBukti {
  indikatorId: string;
  tahun: number;
  periode: PeriodeRealisasi;
  namaBerkas: string;
  isi: Uint8Array;
}

const PERIODE = ["tw1", "tw2", "tw3", "tw4", "tahunan"];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Authorises first, then validates the form fields (a multipart form is not validated by the route). */
export async function unggahBukti(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  m: Partial<UnggahBukti> & { tahun: number },
) {
  const { pemdaId, opdId, aktor } = await otorisasiOpd(ctx, lingkup, "pengukuran.ubah");
  if (!m.indikatorId || !UUID.test(m.indikatorId)) {
    throw new DomainError("indikator_wajib", "indikatorId: wajib diisi dengan id indikator", { field: "indikatorId" });
  }
  if (!m.periode || !PERIODE.includes(m.periode)) {
    throw new DomainError("periode_tidak_dikenal", `periode "${m.periode ?? ""}" tidak dikenal (tw1–tw4, tahunan)`, {
      field: "periode",
    });
  }
  if (!m.isi || m.namaBerkas === undefined)
    throw new DomainError("berkas_wajib", "berkas: wajib dilampirkan", { field: "berkas" });
  if (!(await getIndikator(ctx.db, opdId, m.indikatorId))) throw new NotFoundError("Indikator tidak ditemukan");
  const periode = m.periode as PeriodeRealisasi;
  const indikatorId = m.indikatorId;
  const isi = m.isi;
  // stored in a text column and in the audit entry (jsonb): PostgreSQL refuses a NUL there (a 500 otherwise)
  const cacatNama = cacatTeks(m.namaBerkas);
  if (cacatNama) throw new DomainError("teks_tidak_sah", `berkas: Nama berkas ${cacatNama}`, { field: "berkas" });
  const nama = m.namaBerkas.replace(/[\\/]/g, "_").trim().slice(0, 200) || "bukti";
  if (isi.byteLength === 0) throw new DomainError("berkas_kosong", `berkas "${nama}" kosong`, { field: "berkas" });
  if (isi.byteLength > BATAS_BUKTI_BYTE) {
    throw new DomainError(
      "berkas_terlalu_besar",
      `berkas "${nama}" ${(isi.byteLength / 1048576).toFixed(1)} MB melebihi batas 5 MB`,
      {
        field: "berkas",
      },
    );
  }
  const mime = jenisBerkas(isi, nama);
  const sha256 = createHash("sha256").update(isi).digest("hex");
  return mutasi(ctx, { entity: "bukti", action: "unggah", pemdaId, opdId }, async (tx) => {
    await pastikanBolehDiubah(tx, { pemdaId, opdId, tahun: m.tahun, modul: "pengukuran" });
    const row = await insertBukti(tx, {
      pemdaId,
      opdId,
      indikatorId,
      tahun: m.tahun,
      periode,
      namaBerkas: nama,
      mime,
      ukuran: isi.byteLength,
      sha256,
      isi,
      diunggahOleh: aktor.nama,
    });
    return { entityId: row.id, before: null, after: row, result: row };
  });
}

export async function unduhBukti(ctx: ServiceContext, lingkup: LingkupOpd, id: string) {
  const { opdId } = await otorisasiOpd(ctx, lingkup, "pengukuran.baca");
  const b = await getBukti(ctx.db, opdId, id);
  if (!b) throw new NotFoundError("Bukti tidak ditemukan");
  return b;
}

export async function hapusBukti(ctx: ServiceContext, lingkup: LingkupOpd, id: string) {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "pengukuran.ubah");
  const b = await getBukti(ctx.db, opdId, id);
  if (!b) throw new NotFoundError("Bukti tidak ditemukan");
  return mutasi(ctx, { entity: "bukti", action: "hapus", pemdaId, opdId }, async (tx) => {
    await pastikanBolehDiubah(tx, { pemdaId, opdId, tahun: b.tahun, modul: "pengukuran" });
    await deleteBukti(tx, id);
    const { isi: _i, ...info } = b;
    return { entityId: id, before: info, after: null, result: { id } };
  });
}
